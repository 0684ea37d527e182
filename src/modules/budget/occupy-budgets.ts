import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { budgetsForShares } from './applicable-budgets.ts';
import { type BudgetSubject, type SharedBudgetSubject, sharedSubjectOf } from './budget-types.ts';
import { assertRequestAmount } from './check-budgets.ts';
import { budgetEntries } from './schema.ts';
import { type BudgetSource, lockSource, netOccupation } from './source-occupation.ts';
import { makeRoomForOrders } from './request-room.ts';

export type { BudgetSource } from './source-occupation.ts';

type NewEntry = typeof budgetEntries.$inferInsert;

/**
 * 预算占用 at submission: the source occupies its amount on every budget that applies to the
 * subject. Idempotent per source: calling again leaves one occupation of the current amount per
 * budget (a changed amount is released and occupied anew; budgets that no longer apply, e.g.
 * after the project changed, are released).
 */
export async function occupyBudgets(
  tx: Tx,
  subject: BudgetSubject & { sourceType: 'travel_request' | 'order'; sourceId: string },
): Promise<void> {
  await occupyBudgetShares(tx, { ...sharedSubjectOf(subject), sourceType: subject.sourceType, sourceId: subject.sourceId });
}

/**
 * The same for a request split into shares: each budget ends up occupied by the sum of the shares
 * it bears (so a change of travellers, bearer, dates or amount moves the occupation with it). An
 * order (sourceType 'order') occupies the same way, with the travel request it was booked under as
 * `parentSourceId`; a request's own occupation then makes room for its orders' (request-room.ts).
 */
export async function occupyBudgetShares(
  tx: Tx,
  subject: SharedBudgetSubject & { sourceType: 'travel_request' | 'order'; sourceId: string; parentSourceId?: string | null },
): Promise<void> {
  for (const share of subject.shares) assertRequestAmount(share.amountFen);
  const source: BudgetSource = { tenantId: subject.tenantId, sourceType: subject.sourceType, sourceId: subject.sourceId };
  await lockSource(tx, source);
  const applicable = await budgetsForShares(tx, subject);
  // The source's own occupation; the part a request moved aside for its orders is kept apart.
  const current = await netOccupation(tx, source, 'base');
  const entry = (budgetId: string, kind: 'occupied' | 'released', amountFen: number): NewEntry => ({
    tenantId: subject.tenantId,
    id: newId(),
    budgetId,
    sourceType: subject.sourceType,
    sourceId: subject.sourceId,
    kind,
    amountFen,
    parentSourceId: subject.parentSourceId ?? null,
  });
  const entries: NewEntry[] = [];
  const applies = new Set(applicable.filter((b) => b.requestFen > 0).map((b) => b.id));
  for (const [budgetId, net] of current) if (!applies.has(budgetId)) entries.push(entry(budgetId, 'released', -net));
  for (const b of applicable) {
    const net = current.get(b.id) ?? 0;
    if (!applies.has(b.id) || net === b.requestFen) continue;
    if (net !== 0) entries.push(entry(b.id, 'released', -net));
    entries.push(entry(b.id, 'occupied', b.requestFen));
  }
  if (entries.length > 0) await tx.insert(budgetEntries).values(entries);
  if (subject.sourceType === 'travel_request') await makeRoomForOrders(tx, subject.tenantId, subject.sourceId);
}

/**
 * Releases whatever the source still occupies (on rejection, withdrawal, cancellation): per budget,
 * an entry that brings its own occupation to zero and one that undoes the room it had made for its
 * orders (cause 'order'), so that its net occupation is zero. Idempotent.
 */
export async function releaseBudgets(tx: Tx, args: BudgetSource): Promise<void> {
  await lockSource(tx, args);
  const [base, moved] = await Promise.all([netOccupation(tx, args, 'base'), netOccupation(tx, args, 'replacement')]);
  const entry = (budgetId: string, amountFen: number, cause: 'order' | null): NewEntry => ({
    tenantId: args.tenantId,
    id: newId(),
    budgetId,
    sourceType: args.sourceType,
    sourceId: args.sourceId,
    kind: amountFen < 0 ? 'released' : 'occupied',
    amountFen,
    cause,
  });
  const entries = [...[...base].map(([b, net]) => entry(b, -net, null)), ...[...moved].map(([b, net]) => entry(b, -net, 'order'))];
  if (entries.length > 0) await tx.insert(budgetEntries).values(entries);
}
