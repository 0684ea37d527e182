import { accountSentences } from './account-sentences.ts';
import { authSentences } from './auth-sentences.ts';
import { ingestSentences } from './ingest-sentences.ts';
import { orgSentences } from './org-sentences.ts';
import { policyBudgetSentences } from './policy-budget-sentences.ts';
import { supplierSentences } from './supplier-sentences.ts';
import { travelApprovalSentences } from './travel-approval-sentences.ts';
import { orderSentences } from './order-sentences.ts';
import type { SentenceTable } from './types.ts';
import { simulatorWhatIfSentences } from './simulator-whatif-sentences.ts';
import { webhookSentences } from './webhook-sentences.ts';
import { ticketSentences } from './ticket-sentences.ts';

/**
 * Every audit action's sentence. A feature that writes a new action adds its entry to its area's
 * table (or a new table merged here); an action without one still reads as a generic sentence.
 */
export const auditSentences: SentenceTable = {
  ...authSentences,
  ...accountSentences,
  ...orgSentences,
  ...policyBudgetSentences,
  ...travelApprovalSentences,
  ...supplierSentences,
  ...ingestSentences,
  ...orderSentences,
  ...webhookSentences,
  ...simulatorWhatIfSentences,
  ...ticketSentences,
};
