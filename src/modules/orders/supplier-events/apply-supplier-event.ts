import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { systemActor } from '../../access/index.ts';
import type { ApplyOutcome, EventApplier, StoredSupplierEvent } from '../../ingest/index.ts';
import { ORDER_STATUSES, transition, type OrderEvent } from '../lifecycle/index.ts';
import { moveOrder, noteOnOrder, type OrderPatch } from '../move-order.ts';
import type { OrderChangeHook, OrderRow, OrderWork } from '../order-types.ts';
import { orders } from '../schema.ts';
import { parseTrackingCode } from '../tracking-code/tracking-code.ts';
import { EVENT_MEANING } from './event-mapping.ts';

const fenOf = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);

/** Whether the order already stands where this event leads (a second report of the same fact). */
const alreadyThere = (order: OrderRow, event: OrderEvent): boolean =>
  ORDER_STATUSES.some((from) => {
    const t = transition(order.category, from, event);
    return t.ok && t.to === order.status && from !== order.status;
  });

class Refused extends Error {
  readonly reason: 'illegal_transition' | 'invalid_data';
  constructor(reason: 'illegal_transition' | 'invalid_data', message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The move a meaning asks for, with what the event's data sets on the order; null: news only. */
function moveOf(
  order: OrderRow,
  event: StoredSupplierEvent,
): { event: OrderEvent; patch: OrderPatch; data: Record<string, unknown> } | null {
  const { meaning } = EVENT_MEANING[event.type];
  const data = event.data ?? {};
  const ref = event.bookingRef ? { supplierBookingRef: event.bookingRef } : {};
  switch (meaning.kind) {
    case 'note':
      return null;
    case 'move': {
      const finalFare = event.type === 'car.completed' ? fenOf(data.finalFareFen) : null;
      return {
        event: meaning.event,
        patch: { ...(meaning.event === 'issue' ? ref : {}), ...(finalFare !== null ? { amountFen: finalFare } : {}) },
        data: {},
      };
    }
    case 'issue_or_note':
      if (meaning.noteIn.includes(order.status)) return null;
      return { event: 'issue', patch: ref, data: {} };
    case 'cancel': {
      const issued = order.issuedAt !== null;
      const paid = order.amountFen + order.changeFeeFen;
      const refundFen = issued ? Math.min(fenOf(data.refundFen) ?? paid, paid) : 0;
      const feeFen = issued ? (fenOf(data.feeFen) ?? 0) : 0;
      return { event: 'cancel', patch: issued ? { refundFen, refundFeeFen: feeFen } : {}, data: { bySupplier: true, refundFen, feeFen } };
    }
    case 'refund': {
      if (order.status === 'refunded') return null;
      const refundFen = fenOf(data.refundFen);
      if (refundFen === null) throw new Refused('invalid_data', `${event.type} without a whole, non-negative refundFen`);
      const feeFen = fenOf(data.feeFen) ?? 0;
      if (refundFen > order.amountFen + order.changeFeeFen)
        throw new Refused('invalid_data', 'refundFen is more than was paid for the order');
      return { event: 'refund', patch: { refundFen, refundFeeFen: feeFen }, data: { refundFen, feeFen } };
    }
  }
}

async function applyTo(work: OrderWork, order: OrderRow, event: StoredSupplierEvent): Promise<void> {
  const { categories } = EVENT_MEANING[event.type];
  const about = {
    supplierEventId: event.eventId,
    eventType: event.type,
    supplierCode: event.supplierCode,
    occurredAt: event.occurredAt,
    ...(event.bookingRef ? { bookingRef: event.bookingRef } : {}),
    eventData: event.data ?? {},
  };
  if (!categories.includes(order.category))
    throw new Refused('illegal_transition', `${event.type} does not concern a ${order.category} order (${order.trackingCode})`);
  const move = moveOf(order, event);
  if (move === null || alreadyThere(order, move.event)) {
    await noteOnOrder(work, order, 'order.supplier_update', about, `supplier event ${event.type}`);
    return;
  }
  const t = transition(order.category, order.status, move.event);
  if (!t.ok)
    throw new Refused(
      'illegal_transition',
      `${event.type}: order ${order.trackingCode} is ${order.status}, which allows ${t.allowed.join(', ') || 'nothing'}`,
    );
  await moveOrder(work, order.id, { event: move.event, patch: move.patch, data: { ...about, ...move.data } });
}

/**
 * A supplier keeps writing the order reference it was first given after a change (改签): an
 * event about the new booking (its bookingRef) of a changed order belongs to the chain's order
 * that holds that booking — the child, or a later one.
 */
async function changedInto(tx: Tx, order: OrderRow, bookingRef: string | undefined): Promise<OrderRow> {
  if (order.status !== 'changed' || !bookingRef || bookingRef === order.supplierBookingRef) return order;
  const [child] = await tx
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.tenantId, order.tenantId),
        eq(orders.originalOrderId, order.originalOrderId ?? order.id),
        eq(orders.supplierBookingRef, bookingRef),
      ),
    )
    .for('update');
  return child ?? order;
}

/**
 * The ingest contract (EventApplier): applies one stored supplier event to its order, found by
 * tracking code (orderRef) in any tenant — the transaction is a system-scope one. Every event is
 * on the order's timeline: as the state change it causes, as news ('order.supplier_update': a
 * delay, a departure, a second report of a fact already known), or — when refused — as news that
 * says so. Unknown codes → dead 'unknown_order'; an event the order's state machine refuses →
 * dead 'illegal_transition'; unusable data → dead 'invalid_data'.
 */
export function supplierEventApplier(options: { onOrderChange?: OrderChangeHook } = {}): EventApplier<Tx> {
  return async (tx, event): Promise<ApplyOutcome> => {
    const parsed = parseTrackingCode(event.orderRef);
    const [named] = parsed === null ? [] : await tx.select().from(orders).where(eq(orders.trackingCode, parsed.code)).for('update');
    const order = named ? await changedInto(tx, named, event.bookingRef) : undefined;
    if (!order) return { kind: 'dead', reason: 'unknown_order', message: `No order has the tracking code ${event.orderRef}` };
    const at = new Date(event.occurredAt);
    const work: OrderWork = {
      tx,
      tenantId: order.tenantId,
      now: Number.isNaN(at.getTime()) ? new Date() : at,
      actor: systemActor(`供应商 ${event.supplierCode}`),
      subjects: {},
      timers: [],
      ...(options.onOrderChange ? { onOrderChange: options.onOrderChange } : {}),
    };
    try {
      await applyTo(work, order, event);
      return { kind: 'applied', tenantId: order.tenantId, orderId: order.id };
    } catch (error) {
      const refused =
        error instanceof Refused
          ? error
          : error instanceof AppError && error.code === 'ORDER_ILLEGAL_TRANSITION'
            ? new Refused('illegal_transition', error.message)
            : error instanceof AppError && error.code === 'VALIDATION_FAILED'
              ? new Refused('invalid_data', error.message)
              : null;
      if (refused === null) throw error;
      // Refused before anything was written: the event is still on the timeline, saying so.
      await noteOnOrder(
        work,
        order,
        'order.supplier_update',
        {
          supplierEventId: event.eventId,
          eventType: event.type,
          supplierCode: event.supplierCode,
          refused: refused.reason,
        },
        `supplier event ${event.type} refused (${refused.reason})`,
      );
      return { kind: 'dead', reason: refused.reason, message: refused.message };
    }
  };
}

/** The applier without a change hook. */
export const applySupplierEvent: EventApplier<Tx> = supplierEventApplier();
