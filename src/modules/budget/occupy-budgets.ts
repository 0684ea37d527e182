import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { applicableBudgets } from './applicable-budgets.ts';
import type { BudgetSubject } from './budget-types.ts';
import { assertRequestAmount } from './check-budgets.ts';
import { budgetEntries } from './schema.ts';

export interface BudgetSource {
  tenantId: string;
  sourceType: 'travel_request';
  sourceId: string;
}

/** Serialises occupations and releases of one source (a resubmission racing a cancellation). */
async function lockSource(tx: Tx, source: BudgetSource): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`budget:${source.tenantId}:${source.sourceType}:${source.sourceId}`}, 0))`,
  );
}

/** What the source occupies now, per budget (occupied less released), leaving out budgets at zero. */
async function netOccupation(tx: Tx, source: BudgetSource): Promise<Map<string, number>> {
  const rows = await tx
    .select({ budgetId: budgetEntries.budgetId, net: sql<number>`sum(${budgetEntries.amountFen})::float8`.mapWith(Number) })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, source.tenantId),
        eq(budgetEntries.sourceType, source.sourceType),
        eq(budgetEntries.sourceId, source.sourceId),
        inArray(budgetEntries.kind, ['occupied', 'released']),
      ),
    )
    .groupBy(budgetEntries.budgetId);
  return new Map(rows.filter((r) => r.net !== 0).map((r) => [r.budgetId, r.net]));
}

type NewEntry = typeof budgetEntries.$inferInsert;

/**
 * 预算占用 at submission: the source occupies its amount on every budget that applies to the
 * subject. Idempotent per source: calling again leaves one occupation of the current amount per
 * budget (a changed amount is released and occupied anew; budgets that no longer apply, e.g.
 * after the project changed, are released).
 */
export async function occupyBudgets(tx: Tx, subject: BudgetSubject & { sourceType: 'travel_request'; sourceId: string }): Promise<void> {
  assertRequestAmount(subject.amountFen);
  const source: BudgetSource = { tenantId: subject.tenantId, sourceType: subject.sourceType, sourceId: subject.sourceId };
  await lockSource(tx, source);
  const applicable = await applicableBudgets(tx, subject);
  const current = await netOccupation(tx, source);
  const entry = (budgetId: string, kind: 'occupied' | 'released', amountFen: number): NewEntry => ({
    tenantId: subject.tenantId,
    id: newId(),
    budgetId,
    sourceType: subject.sourceType,
    sourceId: subject.sourceId,
    kind,
    amountFen,
  });
  const entries: NewEntry[] = [];
  const applies = new Set(applicable.map((b) => b.id));
  for (const [budgetId, net] of current) if (!applies.has(budgetId)) entries.push(entry(budgetId, 'released', -net));
  for (const b of applicable) {
    const net = current.get(b.id) ?? 0;
    if (net === subject.amountFen) continue;
    if (net !== 0) entries.push(entry(b.id, 'released', -net));
    if (subject.amountFen !== 0) entries.push(entry(b.id, 'occupied', subject.amountFen));
  }
  if (entries.length > 0) await tx.insert(budgetEntries).values(entries);
}

/**
 * Releases whatever the source still occupies (on rejection, withdrawal, cancellation): one
 * negative 'released' entry per budget, so that its net occupation is zero. Idempotent.
 */
export async function releaseBudgets(tx: Tx, args: { tenantId: string; sourceType: 'travel_request'; sourceId: string }): Promise<void> {
  await lockSource(tx, args);
  const current = await netOccupation(tx, args);
  if (current.size === 0) return;
  await tx.insert(budgetEntries).values(
    [...current].map(([budgetId, net]) => ({
      tenantId: args.tenantId,
      id: newId(),
      budgetId,
      sourceType: args.sourceType,
      sourceId: args.sourceId,
      kind: 'released' as const,
      amountFen: -net,
    })),
  );
}
