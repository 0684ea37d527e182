import { validationFailed } from '../../platform/errors/app-error.ts';
import { moveOrder } from './move-order.ts';
import { loadOrder } from './order-rows.ts';
import type { OrderRow, OrderWork } from './order-types.ts';

/**
 * The moves of an order's lifecycle as the booking flow, support and the supplier events make
 * them; each goes through the category's state machine (move-order.ts) and is refused when the
 * order's status does not allow it (ORDER_ILLEGAL_TRANSITION).
 */

/** Approved by hand (support) or by the approval (order-approval.ts follows it). */
export const approveOrder = (work: OrderWork, id: string, data: Record<string, unknown> = {}) =>
  moveOrder(work, id, { event: 'approve', data });

export const rejectOrder = (work: OrderWork, id: string, data: Record<string, unknown> = {}) =>
  moveOrder(work, id, { event: 'reject', data });

/** 预订中: the supplier holds the offer (hold id) and, once booked, knows the booking by its reference. */
export const startBooking = (work: OrderWork, id: string, refs: { holdId: string | null; bookingRef?: string | null }) =>
  moveOrder(work, id, {
    event: 'start_booking',
    patch: { holdId: refs.holdId, ...(refs.bookingRef ? { supplierBookingRef: refs.bookingRef } : {}) },
    data: { holdId: refs.holdId },
  });

/** The booking's reference once the supplier has it (book after hold); no state change, no timeline entry of its own. */
export { recordBookingRef } from './booking-ref.ts';

/** 出票延迟: a flag on the booking (lifecycle/machines.ts). */
export const markTicketingDelayed = (work: OrderWork, id: string, data: { expectedBy?: string | null } = {}) =>
  moveOrder(work, id, { event: 'delay_ticketing', data });

/** 出票 / 确认: the supplier issued the ticket or confirmed the stay or the car; the amount becomes spend. */
export const issueOrder = (
  work: OrderWork,
  id: string,
  facts: { bookingRef?: string | null; confirmation?: string | null; ticketNumbers?: string[]; amountFen?: number } = {},
) =>
  moveOrder(work, id, {
    event: 'issue',
    patch: {
      ...(facts.bookingRef ? { supplierBookingRef: facts.bookingRef } : {}),
      ...(facts.amountFen !== undefined ? { amountFen: wholeFen(facts.amountFen, 'amountFen') } : {}),
    },
    data: { confirmation: facts.confirmation ?? null, ticketNumbers: facts.ticketNumbers ?? [] },
  });

/** 预订失败 / 出票失败. */
export const failOrder = (work: OrderWork, id: string, reason: string) => moveOrder(work, id, { event: 'fail', data: { reason } });

/**
 * 取消: before issue it costs nothing; after issue (the airline or the supplier cancelled) the
 * refund it carries comes back (all of it unless said otherwise: an involuntary cancellation).
 */
export async function cancelOrder(
  work: OrderWork,
  id: string,
  args: { reason: string | null; refundFen?: number; feeFen?: number; bySupplier?: boolean },
): Promise<OrderRow> {
  const order = await loadOrder(work.tx, work.tenantId, id);
  const issued = order.issuedAt !== null;
  const refundFen = issued ? wholeFen(args.refundFen ?? order.amountFen + order.changeFeeFen, 'refundFen') : 0;
  const feeFen = issued ? wholeFen(args.feeFen ?? 0, 'feeFen') : 0;
  return moveOrder(work, id, {
    event: 'cancel',
    patch: issued ? { refundFen: Math.min(refundFen, order.amountFen + order.changeFeeFen), refundFeeFen: feeFen } : {},
    data: { reason: args.reason, bySupplier: args.bySupplier ?? false, ...(issued ? { refundFen, feeFen } : {}) },
  });
}

/** 退票 / 退订: the supplier returns refundFen and keeps feeFen; what was paid less the refund stays spent. */
export async function refundOrder(
  work: OrderWork,
  id: string,
  args: { refundFen: number; feeFen: number; reason?: string | null },
): Promise<OrderRow> {
  const order = await loadOrder(work.tx, work.tenantId, id);
  const refundFen = wholeFen(args.refundFen, 'refundFen');
  const feeFen = wholeFen(args.feeFen, 'feeFen');
  if (refundFen > order.amountFen + order.changeFeeFen)
    throw validationFailed([{ path: 'refundFen', message: 'more than was paid for the order' }]);
  return moveOrder(work, id, {
    event: 'refund',
    patch: { refundFen, refundFeeFen: feeFen },
    data: { refundFen, feeFen, reason: args.reason ?? null },
  });
}

export type ServiceEvent = 'check_in' | 'check_out' | 'no_show' | 'overbook' | 'driver_arrive' | 'driver_no_show' | 'complete';

/** The service under way: checked in / out, no-show, overbooked, the driver arrived or did not, flown / travelled / completed. */
export const recordServiceEvent = (work: OrderWork, id: string, event: ServiceEvent, data: Record<string, unknown> = {}) =>
  moveOrder(work, id, { event, data });

function wholeFen(v: number, path: string): number {
  if (!Number.isSafeInteger(v) || v < 0) throw validationFailed([{ path, message: 'must be whole, non-negative fen' }]);
  return v;
}
