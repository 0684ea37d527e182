import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { selectBudgetViews } from '../budget-view.ts';
import type { BudgetView } from '../budget-types.ts';
import { budgets } from '../schema.ts';
import { systemActor, type Actor } from '../../access/index.ts';
import { notifyInApp } from '../../notify/index.ts';
import { recordChange } from '../../timeline/index.ts';

/** The highest warning line use has reached (exactly, in integers), or null below every line. */
export function reachedLine(view: Pick<BudgetView, 'occupiedFen' | 'spentFen' | 'amountFen' | 'warnAtPercent'>): number | null {
  const used = BigInt(view.occupiedFen + view.spentFen);
  const amount = BigInt(view.amountFen);
  let reached: number | null = null;
  for (const p of view.warnAtPercent) if (used * 100n >= BigInt(p) * amount && (reached === null || p > reached)) reached = p;
  return reached;
}

/**
 * 预警线: after the use of these budgets changed, tells each budget's owner (负责人, an in-app
 * notification 'budget_warning') when use has crossed a warning line upwards, once per crossing:
 * the budget remembers the highest line notified, forgets lines use fell back below, and so
 * notifies again when use crosses a line anew. The conditional update makes two transactions that
 * see the same crossing notify once. In the caller's transaction.
 */
export async function noticeWarningLines(
  tx: Tx,
  tenantId: string,
  budgetIds: readonly string[],
  actor: Actor = systemActor('系统'),
): Promise<void> {
  if (budgetIds.length === 0) return;
  const ids = [...new Set(budgetIds)];
  const [views, states] = await Promise.all([
    selectBudgetViews(tx, and(eq(budgets.tenantId, tenantId), inArray(budgets.id, ids))),
    tx
      .select({ id: budgets.id, warned: budgets.warnedAtPercent })
      .from(budgets)
      .where(and(eq(budgets.tenantId, tenantId), inArray(budgets.id, ids))),
  ]);
  const warned = new Map(states.map((s) => [s.id, s.warned]));
  for (const view of views) {
    const line = reachedLine(view);
    const before = warned.get(view.id) ?? null;
    if (line === before) continue;
    const where = and(eq(budgets.tenantId, tenantId), eq(budgets.id, view.id));
    if (line === null || (before !== null && line < before)) {
      // Fell below a line: forget it, so that crossing it again is told again.
      await tx.update(budgets).set({ warnedAtPercent: line }).where(where);
      continue;
    }
    const crossed = await tx
      .update(budgets)
      .set({ warnedAtPercent: line })
      .where(and(where, sql`coalesce(${budgets.warnedAtPercent}, 0) < ${line}`))
      .returning({ id: budgets.id });
    if (crossed.length === 0) continue;
    const data = {
      budgetId: view.id,
      title: `${view.scopeName} ${view.periodLabel}`,
      titleEn: `${view.scopeName} ${view.periodLabelEn}`,
      warnAtPercent: line,
      usedPercent: view.usedPercent,
      percentLabel: view.percentLabel,
      amountFen: view.amountFen,
      remainingFen: view.remainingFen,
    };
    if (view.ownerId !== null) {
      await notifyInApp(tx, {
        tenantId,
        recipientIds: [view.ownerId],
        template: 'budget_warning',
        data,
        link: `/budgets?budget=${view.id}`,
      });
    }
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'budget',
      entityId: view.id,
      type: 'budget.warning_line_crossed',
      summary: `Budget ${view.scopeName} ${view.periodLabelEn} reached its ${line}% warning line (${view.percentLabel.en})`,
      data: { ...data, ownerId: view.ownerId, notified: view.ownerId !== null },
    });
  }
}
