import type { Tx } from '../../../platform/db/database.ts';
import { approvalCategories, type ApprovalCategory } from '../engine/index.ts';
import { activeFlows } from './read-flows.ts';

/** The categories of what is approved today (expense claims are not built yet). */
const inUse: readonly ApprovalCategory[] = approvalCategories.filter((c) => c !== 'expense');

/**
 * Categories no active flow can apply to: no flow lacks a category condition or names the category
 * (a request of such a category is approved without anyone looking, or refused when the policy asks for approval).
 */
export async function categoriesWithoutFlow(tx: Tx, tenantId: string): Promise<ApprovalCategory[]> {
  const flows = await activeFlows(tx, tenantId);
  const covers = (category: ApprovalCategory) =>
    flows.some((f) => f.conditions.every((c) => c.kind !== 'category_in' || c.categories.includes(category)));
  return inUse.filter((c) => !covers(c));
}
