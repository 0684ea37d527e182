import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { budgetAdjustments, budgets } from '../schema.ts';
import { selectAdjustmentViews, touchingBudget } from './adjustment-rows.ts';
import type { AdjustmentView } from './adjustment-types.ts';
import { approvalViewOf, findInstance, type ApprovalView, type ApprovalViewer } from '../../approval/index.ts';

/** A budget's adjustments (pending and decided, either side of a transfer), newest first. */
export async function listBudgetAdjustments(db: Db, tenantIds: readonly string[], budgetId: string): Promise<{ items: AdjustmentView[] }> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [budget] = await tx.select({ id: budgets.id }).from(budgets).where(eq(budgets.id, budgetId));
    if (!budget) throw notFound('budget');
    return { items: await selectAdjustmentViews(tx, touchingBudget(tenantIds, budgetId)) };
  });
}

/** One adjustment with its approval as the viewer sees it (the approval panel: stages, who decided, what the viewer may do). */
export async function getBudgetAdjustment(
  db: Db,
  args: { tenantIds: readonly string[]; id: string; viewer: ApprovalViewer; now?: Date },
): Promise<AdjustmentView & { approval: ApprovalView | null }> {
  return inTenantScope(db, args.tenantIds, async (tx) => {
    const [found] = await selectAdjustmentViews(tx, and(eq(budgetAdjustments.id, args.id)));
    if (!found) throw notFound('budget adjustment');
    const [row] = await tx
      .select({ tenantId: budgetAdjustments.tenantId })
      .from(budgetAdjustments)
      .where(eq(budgetAdjustments.id, args.id));
    const tenantId = row?.tenantId ?? '';
    const stored = found.approvalInstanceId === null ? null : await findInstance(tx, tenantId, found.approvalInstanceId);
    const approval = stored ? await approvalViewOf(tx, tenantId, stored.instance, args.viewer, args.now ?? new Date()) : null;
    return { ...found, approval };
  });
}
