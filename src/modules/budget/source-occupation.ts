import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { budgetEntries } from './schema.ts';

export interface BudgetSource {
  tenantId: string;
  sourceType: 'travel_request' | 'order';
  sourceId: string;
}

/** Serialises occupations and releases of one source (a resubmission racing a cancellation). */
export async function lockSource(tx: Tx, source: BudgetSource): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`budget:${source.tenantId}:${source.sourceType}:${source.sourceId}`}, 0))`,
  );
}

/**
 * Which part of a source's occupation: all of it; its own ('base': what the source itself asked
 * for); or the part moved aside for the orders booked under it ('replacement', cause 'order').
 */
export type OccupationPart = 'all' | 'base' | 'replacement';

/** What the source occupies now, per budget (occupied less released), leaving out budgets at zero. */
export async function netOccupation(tx: Tx, source: BudgetSource, part: OccupationPart = 'all'): Promise<Map<string, number>> {
  const byPart =
    part === 'all'
      ? undefined
      : part === 'base'
        ? or(isNull(budgetEntries.cause), ne(budgetEntries.cause, 'order'))
        : eq(budgetEntries.cause, 'order');
  const rows = await tx
    .select({ budgetId: budgetEntries.budgetId, net: sql<number>`sum(${budgetEntries.amountFen})::float8`.mapWith(Number) })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, source.tenantId),
        eq(budgetEntries.sourceType, source.sourceType),
        eq(budgetEntries.sourceId, source.sourceId),
        inArray(budgetEntries.kind, ['occupied', 'released']),
        byPart,
      ),
    )
    .groupBy(budgetEntries.budgetId);
  return new Map(rows.filter((r) => r.net !== 0).map((r) => [r.budgetId, r.net]));
}
