import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { budgetEntries, budgetSettlements } from './schema.ts';
import { type BudgetSource, lockSource, netOccupation } from './source-occupation.ts';

/** Whether the source has been settled (its occupation replaced by actual spend once and for all). */
export async function isSettled(tx: Tx, source: BudgetSource): Promise<boolean> {
  const rows = await tx
    .select({ id: budgetSettlements.sourceId })
    .from(budgetSettlements)
    .where(
      and(
        eq(budgetSettlements.tenantId, source.tenantId),
        eq(budgetSettlements.sourceType, source.sourceType),
        eq(budgetSettlements.sourceId, source.sourceId),
      ),
    );
  return rows.length > 0;
}

/** What the orders booked under a travel request occupy now, per budget. */
export async function childOrderOccupation(tx: Tx, tenantId: string, requestId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ budgetId: budgetEntries.budgetId, net: sql<number>`sum(${budgetEntries.amountFen})::float8`.mapWith(Number) })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, tenantId),
        eq(budgetEntries.sourceType, 'order'),
        eq(budgetEntries.parentSourceId, requestId),
        inArray(budgetEntries.kind, ['occupied', 'released']),
      ),
    )
    .groupBy(budgetEntries.budgetId);
  return new Map(rows.filter((r) => r.net !== 0).map((r) => [r.budgetId, r.net]));
}

/**
 * An order's amount replaces its share of its travel request's occupation: on every budget, the
 * request keeps occupying only what its orders have not yet taken — max(0, its own occupation −
 * its orders') — so a budget bears max(estimate, orders), never both. The part moved aside is kept
 * as entries of the request with cause 'order' (the request's own occupation stays readable
 * beside it); this brings that part to what the orders occupy now: booked orders take room,
 * refunds and cancellations give it back. Idempotent; nothing after the request is settled.
 */
export async function makeRoomForOrders(tx: Tx, tenantId: string, requestId: string): Promise<void> {
  const source: BudgetSource = { tenantId, sourceType: 'travel_request', sourceId: requestId };
  await lockSource(tx, source);
  if (await isSettled(tx, source)) return;
  const [base, moved, orders] = await Promise.all([
    netOccupation(tx, source, 'base'),
    netOccupation(tx, source, 'replacement'),
    childOrderOccupation(tx, tenantId, requestId),
  ]);
  const entries: (typeof budgetEntries.$inferInsert)[] = [];
  for (const budgetId of new Set([...base.keys(), ...moved.keys(), ...orders.keys()])) {
    const target = -Math.min(Math.max(base.get(budgetId) ?? 0, 0), Math.max(orders.get(budgetId) ?? 0, 0));
    const delta = target - (moved.get(budgetId) ?? 0);
    if (delta === 0) continue;
    entries.push({
      tenantId,
      id: newId(),
      budgetId,
      sourceType: 'travel_request',
      sourceId: requestId,
      kind: delta < 0 ? 'released' : 'occupied',
      amountFen: delta,
      cause: 'order',
    });
  }
  if (entries.length > 0) await tx.insert(budgetEntries).values(entries);
}
