import type { AuditLabellers } from './modules/audit/index.ts';
import { authAuditLabellers } from './modules/auth/index.ts';
import { budgetAdjustmentLabels, budgetLabels } from './modules/budget/index.ts';
import { orderAuditLabels } from './modules/orders/index.ts';
import { orgAuditLabellers } from './modules/org/index.ts';
import { policyLabels } from './modules/policy/index.ts';
import { tenantLabels } from './modules/tenancy/index.ts';
import { ticketAuditLabels } from './modules/tickets/index.ts';
import { travelRequestLabels } from './modules/travel/index.ts';
import { importBatchLabels } from './modules/whatif/index.ts';
import { webhookAuditLabellers } from './modules/webhooks/index.ts';

/**
 * How the audit log names the entities its entries point to, by entity type: each owning module
 * offers a labeller; the audit module knows them only through this registry. Approval events are
 * recorded on their subject (a travel request, a budget adjustment), so they are named by the subject's labeller.
 */
export const auditLabellers: AuditLabellers = {
  ...orgAuditLabellers,
  ...authAuditLabellers,
  ...webhookAuditLabellers,
  tenant: tenantLabels,
  policy: policyLabels,
  budget: budgetLabels,
  budget_adjustment: budgetAdjustmentLabels,
  travel_request: travelRequestLabels,
  order: orderAuditLabels,
  ticket: ticketAuditLabels,
  imported_booking_batch: importBatchLabels,
};
