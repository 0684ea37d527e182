import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import type { BudgetSubject, SharedBudgetSubject } from '../budget-types.ts';
import { occupyBudgets as occupy, occupyBudgetShares as occupyShares, releaseBudgets as release } from '../occupy-budgets.ts';
import { budgetEntries } from '../schema.ts';
import { noticeWarningLines } from './warning-lines.ts';

type Source = { tenantId: string; sourceType: 'travel_request' | 'order'; sourceId: string; parentSourceId?: string | null };

/** The budgets a source has ever touched. */
export async function budgetsOfSource(tx: Tx, source: Source): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: budgetEntries.budgetId })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, source.tenantId),
        eq(budgetEntries.sourceType, source.sourceType),
        eq(budgetEntries.sourceId, source.sourceId),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * 预算占用 (occupy-budgets.ts), then the warning lines of every budget the source touches: a
 * submission that takes a budget over a line tells its owner. What other modules call.
 */
export async function occupyBudgets(tx: Tx, subject: BudgetSubject & Source): Promise<void> {
  await occupy(tx, subject);
  await noticeWarningLines(tx, subject.tenantId, await budgetsOfSource(tx, subject));
}

/** The same for a request split into shares (occupyBudgetShares), with the warning lines. */
export async function occupyBudgetShares(tx: Tx, subject: SharedBudgetSubject & Source): Promise<void> {
  await occupyShares(tx, subject);
  await noticeWarningLines(tx, subject.tenantId, await budgetsOfSource(tx, subject));
}

/** Releases the source's occupation (occupy-budgets.ts); budgets that fall below a line forget it. */
export async function releaseBudgets(tx: Tx, source: Source): Promise<void> {
  await release(tx, source);
  await noticeWarningLines(tx, source.tenantId, await budgetsOfSource(tx, source));
}
