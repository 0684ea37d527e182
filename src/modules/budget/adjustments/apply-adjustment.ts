import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { formatFen } from '../../../platform/format/money.ts';
import { newId } from '../../../platform/ids.ts';
import type { BudgetView } from '../budget-types.ts';
import { selectBudgetViews } from '../budget-view.ts';
import { noticeWarningLines } from '../ledger/warning-lines.ts';
import { budgetAdjustments, budgetEntries, budgets } from '../schema.ts';
import type { AdjustmentRow } from './adjustment-rows.ts';
import type { Actor } from '../../access/index.ts';
import { recordChange } from '../../timeline/index.ts';

/**
 * Locks the budgets (FOR UPDATE, in id order: two transfers between the same budgets in opposite
 * directions cannot deadlock) and returns their views. The lock conflicts with the occupation's
 * FOR NO KEY UPDATE too, so a decrease and a submission on one budget take turns.
 */
export async function lockBudgets(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, BudgetView>> {
  const where = and(eq(budgets.tenantId, tenantId), inArray(budgets.id, [...ids]));
  await tx.select({ id: budgets.id }).from(budgets).where(where).orderBy(asc(budgets.id)).for('update');
  return new Map((await selectBudgetViews(tx, where)).map((v) => [v.id, v]));
}

/** Refuses taking amountFen off a budget whose remainder (amount − used − occupied) is smaller. */
export function requireRoom(view: BudgetView, amountFen: number): void {
  if (view.remainingFen >= amountFen) return;
  throw new AppError(
    'BUDGET_BELOW_USED',
    `${view.scopeName} ${view.periodLabelEn} has ${formatFen(Math.max(0, view.remainingFen))} left; ${formatFen(amountFen)} cannot be taken off it`,
    {
      budgetId: view.id,
      amountFen: view.amountFen,
      usedFen: view.occupiedFen + view.spentFen,
      remainingFen: view.remainingFen,
      requestedFen: amountFen,
      errors: [{ path: 'amountFen', message: `at most ${Math.max(0, view.remainingFen)} fen can be taken off this budget` }],
    },
  );
}

/**
 * Applies an approved adjustment: with the budgets locked, checks again that a decrease or the
 * transfer's source keeps at least what is used and occupied (BUDGET_BELOW_USED otherwise, and
 * nothing changes), then writes its 'adjusted' entries — the budget's own amount stays — marks it
 * applied, and records the change on each budget's timeline. Warning lines follow.
 */
export async function applyAdjustment(tx: Tx, args: { row: AdjustmentRow; actor: Actor; now: Date }): Promise<void> {
  const { row, actor, now } = args;
  const { tenantId } = row;
  if (row.status === 'applied') return;
  const ids = row.targetBudgetId ? [row.budgetId, row.targetBudgetId] : [row.budgetId];
  const views = await lockBudgets(tx, tenantId, ids);
  const source = views.get(row.budgetId);
  const target = row.targetBudgetId ? views.get(row.targetBudgetId) : undefined;
  if (!source || (row.targetBudgetId && !target)) throw new Error(`budget of adjustment ${row.id} is gone`);
  const amount = Number(row.amountFen);
  if (row.kind !== 'increase') requireRoom(source, amount);
  const entry = (budgetId: string, amountFen: number) => ({
    tenantId,
    id: newId(),
    budgetId,
    sourceType: 'adjustment' as const,
    sourceId: row.id,
    kind: 'adjusted' as const,
    amountFen,
  });
  const entries = [entry(row.budgetId, row.kind === 'increase' ? amount : -amount)];
  if (target) entries.push(entry(target.id, amount));
  await tx.insert(budgetEntries).values(entries);
  await tx
    .update(budgetAdjustments)
    .set({ status: 'applied', decidedAt: now, updatedAt: sql`now()` })
    .where(and(eq(budgetAdjustments.tenantId, tenantId), eq(budgetAdjustments.id, row.id)));
  for (const e of entries) {
    const view = views.get(e.budgetId);
    if (!view) continue;
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'budget',
      entityId: e.budgetId,
      type: 'budget.adjusted',
      summary: `Budget ${view.scopeName} ${view.periodLabelEn}: ${row.kind} ${row.code} ${e.amountFen > 0 ? '+' : ''}${formatFen(e.amountFen)} applied`,
      data: {
        adjustmentId: row.id,
        code: row.code,
        kind: row.kind,
        amountFen: e.amountFen,
        reason: row.reason,
        amountBeforeFen: view.amountFen,
        amountAfterFen: view.amountFen + e.amountFen,
      },
      at: now,
    });
  }
  await noticeWarningLines(tx, tenantId, ids, actor);
}
