import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { validationFailed, type FieldError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { budgetEntries, budgets, budgetSettlements } from '../schema.ts';
import { budgetsOfSource } from './occupation.ts';
import { noticeWarningLines } from './warning-lines.ts';

/** What a source actually spent on one budget (from its orders), in fen. */
export interface ActualSpend {
  budgetId: string;
  amountFen: number;
}

/**
 * Where settlement learns a completed trip's actual spend, per budget. The composition root gives
 * one (src/actual-spend.ts); the booking module will answer from the request's orders.
 */
export type ActualSpendSource = (
  tx: Tx,
  source: { tenantId: string; sourceType: 'travel_request'; sourceId: string },
) => Promise<readonly ActualSpend[]>;

type SettledSource = 'travel_request' | 'order';

export interface Settlement {
  /** False when the source had been settled before: nothing was written. */
  settled: boolean;
  releasedFen: number;
  spentFen: number;
  /** Per budget: occupation released and spend recorded. */
  lines: { budgetId: string; releasedFen: number; spentFen: number }[];
}

function checkSpend(spend: readonly ActualSpend[]): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  spend.forEach((s, i) => {
    if (!Number.isSafeInteger(s.amountFen) || s.amountFen < 0)
      errors.push({ path: `actualSpend[${i}].amountFen`, message: 'must be whole, non-negative fen' });
    if (seen.has(s.budgetId)) errors.push({ path: `actualSpend[${i}].budgetId`, message: 'listed twice' });
    seen.add(s.budgetId);
  });
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * 结算: a completed trip's occupation is replaced by its actual spend. Every budget it still
 * occupies — itself or through the orders booked under it (their entries name it as parent) — gets
 * a 'released' entry for the occupation (per source) and, where the source spent something on it,
 * a 'spent' entry (both with cause 'settlement'); an order booked without a request settles alone
 * the same way (sourceType 'order'); the budget_settlements row makes it once only —
 * a second call (the sweep retried, a completion repeated) writes nothing and says settled: false.
 * Spend on a budget the source did not occupy is recorded too (an order charged elsewhere). In the
 * caller's transaction; the warning lines of the budgets follow.
 */
export async function settleBudgets(
  tx: Tx,
  args: { tenantId: string; sourceType: SettledSource; sourceId: string; actualSpend: readonly ActualSpend[] },
): Promise<Settlement> {
  const { tenantId, sourceType, sourceId } = args;
  checkSpend(args.actualSpend);
  const spend = args.actualSpend.filter((s) => s.amountFen !== 0);
  // The key serialises settlements of one source: a concurrent second one waits here, then finds the row.
  const claimed = await tx
    .insert(budgetSettlements)
    .values({ tenantId, sourceType, sourceId, releasedFen: 0, spentFen: 0 })
    .onConflictDoNothing()
    .returning({ sourceId: budgetSettlements.sourceId });
  if (claimed.length === 0) return { settled: false, releasedFen: 0, spentFen: 0, lines: [] };

  if (spend.length > 0) {
    const known = await tx
      .select({ id: budgets.id })
      .from(budgets)
      .where(
        and(
          eq(budgets.tenantId, tenantId),
          inArray(
            budgets.id,
            spend.map((s) => s.budgetId),
          ),
        ),
      );
    const ids = new Set(known.map((k) => k.id));
    const missing = spend.findIndex((s) => !ids.has(s.budgetId));
    if (missing >= 0) throw validationFailed([{ path: `actualSpend[${missing}].budgetId`, message: 'no such budget' }]);
  }
  const ownEntries = and(eq(budgetEntries.sourceType, sourceType), eq(budgetEntries.sourceId, sourceId));
  const childEntries =
    sourceType === 'travel_request' ? and(eq(budgetEntries.sourceType, 'order'), eq(budgetEntries.parentSourceId, sourceId)) : undefined;
  const occupied = await tx
    .select({
      sourceType: budgetEntries.sourceType,
      sourceId: budgetEntries.sourceId,
      budgetId: budgetEntries.budgetId,
      net: sql<number>`sum(${budgetEntries.amountFen})::float8`.mapWith(Number),
    })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, tenantId),
        childEntries === undefined ? ownEntries : or(ownEntries, childEntries),
        inArray(budgetEntries.kind, ['occupied', 'released']),
      ),
    )
    .groupBy(budgetEntries.sourceType, budgetEntries.sourceId, budgetEntries.budgetId);
  const lines = new Map<string, { budgetId: string; releasedFen: number; spentFen: number }>();
  const line = (budgetId: string) => {
    const found = lines.get(budgetId);
    if (found) return found;
    const made = { budgetId, releasedFen: 0, spentFen: 0 };
    lines.set(budgetId, made);
    return made;
  };
  const cause = 'settlement' as const;
  const entries: (typeof budgetEntries.$inferInsert)[] = [];
  for (const o of occupied) {
    if (o.net === 0 || o.sourceType === 'adjustment') continue;
    line(o.budgetId).releasedFen += o.net;
    entries.push({
      tenantId,
      id: newId(),
      budgetId: o.budgetId,
      sourceType: o.sourceType,
      sourceId: o.sourceId,
      kind: 'released',
      amountFen: -o.net,
      cause,
    });
  }
  for (const s of spend) {
    line(s.budgetId).spentFen = s.amountFen;
    entries.push({ tenantId, id: newId(), budgetId: s.budgetId, sourceType, sourceId, kind: 'spent', amountFen: s.amountFen, cause });
  }
  if (entries.length > 0) await tx.insert(budgetEntries).values(entries);
  const releasedFen = [...lines.values()].reduce((n, l) => n + l.releasedFen, 0);
  const spentFen = [...lines.values()].reduce((n, l) => n + l.spentFen, 0);
  await tx
    .update(budgetSettlements)
    .set({ releasedFen, spentFen })
    .where(
      and(eq(budgetSettlements.tenantId, tenantId), eq(budgetSettlements.sourceType, sourceType), eq(budgetSettlements.sourceId, sourceId)),
    );
  await noticeWarningLines(tx, tenantId, [...new Set([...lines.keys(), ...(await budgetsOfSource(tx, args))])]);
  return { settled: true, releasedFen, spentFen, lines: [...lines.values()] };
}
