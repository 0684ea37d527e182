import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import { type ActualSpend, type BudgetShare, chargeOrder, occupationOfOrders, settleOrderBudgets } from '../budget/index.ts';
import { isTerminal } from './lifecycle/index.ts';
import type { OrderRow } from './order-types.ts';
import { orders } from './schema.ts';

/**
 * What an order costs the enterprise now, in fen:
 * - nothing when it never went through (rejected, failed) or was cancelled before issue;
 * - nothing once changed (改签): its cost moved to the child order, which carries the new fare in full
 *   plus the change fee (a cheaper new fare is the difference coming back);
 * - otherwise its amount plus change fee less what was refunded (a refund keeps the fee as spend).
 * A personal-payment order costs the enterprise nothing but what it pays besides (none): 0.
 */
export function costNow(order: Pick<OrderRow, 'status' | 'issuedAt' | 'amountFen' | 'changeFeeFen' | 'refundFen' | 'paymentMode'>): number {
  if (order.paymentMode === 'personal') return 0;
  if (order.status === 'rejected' || order.status === 'failed' || order.status === 'changed') return 0;
  if (order.status === 'cancelled' && order.issuedAt === null) return 0;
  return Math.max(0, order.amountFen + order.changeFeeFen - order.refundFen);
}

/** The cost split across the travellers (remainder fen on the first), each charged to the order's bearer (费用归属), as travel requests split theirs. */
export function budgetSharesOf(
  order: Pick<OrderRow, 'bearerKind' | 'bearerId' | 'projectId'>,
  travellerIds: readonly string[],
  fen: number,
): BudgetShare[] {
  const n = travellerIds.length;
  const each = n === 0 ? 0 : Math.floor(fen / n);
  return travellerIds.map((employeeId, i) => ({
    employeeId,
    departmentId: order.bearerKind === 'department' ? order.bearerId : null,
    projectId: order.bearerKind === 'project' ? order.bearerId : order.projectId,
    costCentreId: order.bearerKind === 'cost_centre' ? order.bearerId : null,
    amountFen: each + (i === 0 ? fen - each * n : 0),
  }));
}

/**
 * After any change of the order: its budgets hold its cost now (budget chargeOrder: in its travel
 * request's room when it has one), and an order that stands alone is settled when it ends — its
 * occupation becomes actual spend if it was issued. Orders under a request settle with the request.
 */
export async function followMoney(tx: Tx, order: OrderRow, travellerIds: readonly string[]): Promise<void> {
  const charged = await chargeOrder(tx, {
    tenantId: order.tenantId,
    orderId: order.id,
    travelRequestId: order.travelRequestId,
    date: chinaDateOf(order.serviceStartAt),
    shares: budgetSharesOf(order, travellerIds, costNow(order)),
  });
  if (charged === 'alone' && isTerminal(order.category, order.status))
    await settleOrderBudgets(tx, { tenantId: order.tenantId, orderId: order.id, issued: order.issuedAt !== null });
}

/**
 * The actual-spend source of travel's settlement (src/actual-spend.ts): what the request's issued
 * orders cost, per budget charged — their occupation now (amount and fees less refunds), read in
 * the settlement's transaction before it releases them.
 */
export async function actualSpendOfOrders(
  tx: Tx,
  source: { tenantId: string; sourceType: 'travel_request'; sourceId: string },
): Promise<ActualSpend[]> {
  const issued = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, source.tenantId), eq(orders.travelRequestId, source.sourceId), isNotNull(orders.issuedAt)));
  const spend = await occupationOfOrders(
    tx,
    source.tenantId,
    issued.map((o) => o.id),
  );
  return [...spend].filter(([, fen]) => fen > 0).map(([budgetId, amountFen]) => ({ budgetId, amountFen }));
}
