import type { AuditLabellers } from './modules/audit/index.ts';
import { budgetLabels } from './modules/budget/index.ts';
import { orgAuditLabellers } from './modules/org/index.ts';
import { policyLabels } from './modules/policy/index.ts';
import { travelRequestLabels } from './modules/travel/index.ts';

/**
 * How the audit log names the entities its entries point to, by entity type: each owning module
 * offers a labeller; the audit module knows them only through this registry. Approval events are
 * recorded on their subject (a travel request), so they are named by the subject's labeller.
 */
export const auditLabellers: AuditLabellers = {
  ...orgAuditLabellers,
  policy: policyLabels,
  budget: budgetLabels,
  travel_request: travelRequestLabels,
};
