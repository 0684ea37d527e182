import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import type { BudgetShare } from '../budget-types.ts';
import { isSettled, makeRoomForOrders } from '../request-room.ts';
import { budgetEntries } from '../schema.ts';
import { netOccupation } from '../source-occupation.ts';
import { occupyBudgetShares } from './occupation.ts';
import { noticeWarningLines } from './warning-lines.ts';
import { type Settlement, settleBudgets } from './settle-budgets.ts';

export interface OrderCharge {
  tenantId: string;
  orderId: string;
  /** The travel request it was booked under; null: a standalone order charges its bearer's budgets alone. */
  travelRequestId: string | null;
  /** China date that picks the budget periods (the service's start). */
  date: string;
  /** Each traveller's share of what the order costs now (0 when it costs nothing any more). */
  shares: BudgetShare[];
}

/**
 * What an order holds on the budgets (预算占用 by an order): its cost now, on the budgets of its
 * cost bearer (the same ones a request's share would be charged to); under a travel request, the
 * request's own occupation makes room for it (request-room.ts), so the order's amount replaces its
 * share of the request's occupation. Called after every change of the order's cost (booked,
 * changed, refunded, cancelled); idempotent. The answer: 'settled' when the order's money has
 * been settled (its own settlement, or its request's) and nothing moves any more; 'with_request'
 * when it is charged in its request's room (it settles with the request); 'alone' when it stands
 * alone (no request, or booked after its request settled: it settles itself when it ends).
 */
export async function chargeOrder(tx: Tx, charge: OrderCharge): Promise<'settled' | 'with_request' | 'alone'> {
  const { tenantId, orderId } = charge;
  const own = { tenantId, sourceType: 'order' as const, sourceId: orderId };
  if (await isSettled(tx, own)) return 'settled';
  const parent = charge.travelRequestId;
  if (await settledWithRequest(tx, tenantId, orderId, parent)) return 'settled';
  const parentSettled = parent !== null && (await isSettled(tx, { tenantId, sourceType: 'travel_request', sourceId: parent }));
  // Booked after its request was settled: it stands alone and settles itself when it ends.
  const parentSourceId = parent !== null && !parentSettled ? parent : null;
  await occupyBudgetShares(tx, {
    tenantId,
    date: charge.date,
    shares: charge.shares,
    sourceType: 'order',
    sourceId: orderId,
    parentSourceId,
  });
  if (parentSourceId !== null) {
    await makeRoomForOrders(tx, tenantId, parentSourceId);
    await noticeWarningLines(tx, tenantId, [
      ...(await netOccupation(tx, { tenantId, sourceType: 'travel_request', sourceId: parentSourceId })).keys(),
    ]);
    return 'with_request';
  }
  return 'alone';
}

/** Whether the order's budgets are settled with its travel request (it named the request as parent when the request settled). */
export async function settledWithRequest(tx: Tx, tenantId: string, orderId: string, travelRequestId: string | null): Promise<boolean> {
  if (travelRequestId === null) return false;
  if (!(await isSettled(tx, { tenantId, sourceType: 'travel_request', sourceId: travelRequestId }))) return false;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, tenantId),
        eq(budgetEntries.sourceType, 'order'),
        eq(budgetEntries.sourceId, orderId),
        eq(budgetEntries.parentSourceId, travelRequestId),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/**
 * 结算 of an order that stands alone (no request, or booked after its request settled), when it
 * ends: its occupation is released and, when it was issued, recorded as actual spend on the same
 * budgets. Once only (see settleBudgets).
 */
export async function settleOrderBudgets(tx: Tx, args: { tenantId: string; orderId: string; issued: boolean }): Promise<Settlement> {
  const own = { tenantId: args.tenantId, sourceType: 'order' as const, sourceId: args.orderId };
  const occupied = await netOccupation(tx, own);
  const actualSpend = args.issued
    ? [...occupied].filter(([, fen]) => fen > 0).map(([budgetId, amountFen]) => ({ budgetId, amountFen }))
    : [];
  return settleBudgets(tx, { ...own, actualSpend });
}

/** What these orders occupy now, summed per budget: a request's actual spend is its issued orders' occupation. */
export async function occupationOfOrders(tx: Tx, tenantId: string, orderIds: readonly string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await tx
    .select({ budgetId: budgetEntries.budgetId, net: sql<number>`sum(${budgetEntries.amountFen})::float8`.mapWith(Number) })
    .from(budgetEntries)
    .where(
      and(
        eq(budgetEntries.tenantId, tenantId),
        eq(budgetEntries.sourceType, 'order'),
        inArray(budgetEntries.sourceId, [...orderIds]),
        inArray(budgetEntries.kind, ['occupied', 'released']),
      ),
    )
    .groupBy(budgetEntries.budgetId);
  return new Map(rows.filter((r) => r.net !== 0).map((r) => [r.budgetId, r.net]));
}
