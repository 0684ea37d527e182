import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordChange } from '../timeline/index.ts';
import { ISSUED_STATE, type OrderEvent, transition } from './lifecycle/index.ts';
import { followMoney } from './order-money.ts';
import { loadOrder, travellersOf } from './order-rows.ts';
import type { OrderRow, OrderWork } from './order-types.ts';
import { orders } from './schema.ts';

/** Columns a move may set besides the status (refs, money, the supplier's facts). */
export type OrderPatch = Partial<
  Pick<
    OrderRow,
    | 'supplierBookingRef'
    | 'holdId'
    | 'approvalInstanceId'
    | 'amountFen'
    | 'changeFeeFen'
    | 'refundFen'
    | 'refundFeeFen'
    | 'serviceStartAt'
    | 'serviceEndAt'
  >
>;

export interface Move {
  event: OrderEvent;
  patch?: OrderPatch;
  /** Timeline event type; default 'order.<new status>' ('order.ticketing_delayed' for the flag). */
  type?: string;
  /** What the timeline and audit keep beside from/to (the supplier event, a reason …). */
  data?: Record<string, unknown>;
}

/** ORDER_ILLEGAL_TRANSITION, naming the status, the move and what the status allows. */
export function illegalTransition(
  order: Pick<OrderRow, 'trackingCode' | 'status' | 'category'>,
  event: OrderEvent,
  allowed: string[],
): AppError {
  return new AppError(
    'ORDER_ILLEGAL_TRANSITION',
    `Order ${order.trackingCode} (${order.category}) is ${order.status}: '${event}' is not possible`,
    {
      status: order.status,
      event,
      allowed,
    },
  );
}

/**
 * Moves an order through its category's state machine, in the work's transaction: the row (status,
 * patch, issue time, the ticketing-delayed flag, version), a timeline event with its audit entry,
 * the budgets (order-money.ts) and the change hook. An illegal move is refused
 * (ORDER_ILLEGAL_TRANSITION) and changes nothing. Returns the order as it is now.
 */
export async function moveOrder(work: OrderWork, orderId: string, move: Move): Promise<OrderRow> {
  const { tx, tenantId, now } = work;
  const order = await loadOrder(tx, tenantId, orderId, true);
  const t = transition(order.category, order.status, move.event);
  if (!t.ok) throw illegalTransition(order, move.event, t.allowed);
  const issuing = t.to === ISSUED_STATE[order.category] && order.issuedAt === null;
  const [moved] = await tx
    .update(orders)
    .set({
      ...move.patch,
      status: t.to,
      ...(issuing ? { issuedAt: now } : {}),
      ...(move.event === 'delay_ticketing' ? { ticketingDelayed: true } : move.event === 'issue' ? { ticketingDelayed: false } : {}),
      version: sql`${orders.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)))
    .returning();
  if (!moved) throw new Error('order vanished while locked');
  const type = move.type ?? (move.event === 'delay_ticketing' ? 'order.ticketing_delayed' : `order.${t.to}`);
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'order',
    entityId: orderId,
    type,
    summary: `Order ${order.trackingCode}: ${order.status} → ${t.to}`,
    data: { code: order.trackingCode, category: order.category, from: order.status, to: t.to, ...move.data },
    at: now,
  });
  const travellers = (await travellersOf(tx, tenantId, [orderId])).get(orderId) ?? [];
  await followMoney(
    tx,
    moved,
    travellers.map((r) => r.employeeId),
  );
  await work.onOrderChange?.(tx, {
    tenantId,
    orderId,
    trackingCode: order.trackingCode,
    category: order.category,
    from: order.status,
    to: t.to,
    type,
    at: now,
  });
  return moved;
}

/** A timeline entry that changes no state (a supplier's news: a flight delayed, departed …), with its audit entry and the hook. */
export async function noteOnOrder(
  work: OrderWork,
  order: OrderRow,
  type: string,
  data: Record<string, unknown>,
  summary: string,
): Promise<void> {
  await recordChange(work.tx, {
    tenantId: order.tenantId,
    actor: work.actor,
    entityType: 'order',
    entityId: order.id,
    type,
    summary: `Order ${order.trackingCode}: ${summary}`,
    data: { code: order.trackingCode, category: order.category, ...data },
    at: work.now,
  });
  await work.onOrderChange?.(work.tx, {
    tenantId: order.tenantId,
    orderId: order.id,
    trackingCode: order.trackingCode,
    category: order.category,
    from: order.status,
    to: order.status,
    type,
    at: work.now,
  });
}
