import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { budgetAdjustments, budgets } from '../schema.ts';
import { selectAdjustmentViews, touchingBudget } from './adjustment-rows.ts';
import type { AdjustmentView } from './adjustment-types.ts';

/** A budget's adjustments (pending and decided, either side of a transfer), newest first. */
export async function listBudgetAdjustments(db: Db, tenantIds: readonly string[], budgetId: string): Promise<{ items: AdjustmentView[] }> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [budget] = await tx.select({ id: budgets.id }).from(budgets).where(eq(budgets.id, budgetId));
    if (!budget) throw notFound('budget');
    return { items: await selectAdjustmentViews(tx, touchingBudget(tenantIds, budgetId)) };
  });
}

export async function getBudgetAdjustment(db: Db, tenantIds: readonly string[], id: string): Promise<AdjustmentView> {
  const [found] = await inTenantScope(db, tenantIds, (tx) => selectAdjustmentViews(tx, and(eq(budgetAdjustments.id, id))));
  if (!found) throw notFound('budget adjustment');
  return found;
}
