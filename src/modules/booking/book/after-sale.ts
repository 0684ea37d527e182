import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, validationFailed } from '../../../platform/errors/app-error.ts';
import { runApprovalWork } from '../../approval/index.ts';
import { cancelOrder, changeOrder, loadOrder, loadVisibleOrder, refundOrder, type OrderRow } from '../../orders/index.ts';
import type { Offer } from '../../suppliers/index.ts';
import { searchOptions } from '../search/search-options.ts';
import type { SearchRequest } from '../search/search-types.ts';
import type { Booker, BookingDeps } from './booking-deps.ts';
import { serviceOf } from './place-order.ts';

/** The order, if the caller may act on it: their own (booked by or for them), or any with order.manage (support). */
async function actionable(deps: BookingDeps, booker: Booker, orderId: string): Promise<OrderRow> {
  return runApprovalWork(deps.approvals, { tenantId: booker.tenantId, actor: booker.actor }, (w) =>
    loadVisibleOrder(
      w.tx,
      booker.tenantId,
      { employeeId: booker.employeeId, canReadAll: booker.canManage },
      { id: orderId },
      { approvers: false },
    ),
  );
}

const ISSUED = new Set(['ticketed', 'confirmed']);

/** The reference the supplier knows the booking by: the tracking code it was first given, the chain's original order's after a change. */
async function supplierOrderRef(deps: BookingDeps, order: OrderRow): Promise<string> {
  if (order.originalOrderId === null || order.originalOrderId === order.id) return order.trackingCode;
  const original = await inTenantScope(deps.db, [order.tenantId], (tx) => loadOrder(tx, order.tenantId, order.originalOrderId ?? order.id));
  return original.trackingCode;
}
const work = (booker: Booker) => ({ tenantId: booker.tenantId, actor: booker.actor });

/**
 * 取消: an order not issued yet is cancelled (its supplier booking, if any, cancelled first); an
 * issued one is refunded instead (退票 / 退订, refund()).
 */
export async function cancelBooking(deps: BookingDeps, booker: Booker, orderId: string, reason: string | null): Promise<OrderRow> {
  const order = await actionable(deps, booker, orderId);
  if (ISSUED.has(order.status)) return refundBooking(deps, booker, orderId, reason);
  if (order.supplierBookingRef !== null)
    await deps.gateway.cancel(order.category, order.supplierCode, {
      bookingRef: order.supplierBookingRef,
      orderRef: await supplierOrderRef(deps, order),
      idempotencyKey: `${order.id}:cancel`,
    });
  return runApprovalWork(deps.approvals, work(booker), (w) =>
    cancelOrder({ ...w, onOrderChange: deps.onOrderChange }, orderId, { reason }),
  );
}

/** 退票 / 退订: the supplier cancels the issued booking and says what comes back and what it keeps. */
export async function refundBooking(deps: BookingDeps, booker: Booker, orderId: string, reason: string | null): Promise<OrderRow> {
  const order = await actionable(deps, booker, orderId);
  if (!ISSUED.has(order.status) || order.supplierBookingRef === null)
    throw new AppError('ORDER_ILLEGAL_TRANSITION', `Only an issued order can be refunded; this one is ${order.status}`, {
      status: order.status,
    });
  const result = await deps.gateway.cancel(order.category, order.supplierCode, {
    bookingRef: order.supplierBookingRef,
    orderRef: await supplierOrderRef(deps, order),
    idempotencyKey: `${order.id}:refund`,
  });
  return runApprovalWork(deps.approvals, work(booker), (w) =>
    refundOrder({ ...w, onOrderChange: deps.onOrderChange }, orderId, { refundFen: result.refundFen, feeFen: result.feeFen, reason }),
  );
}

/**
 * 改签: a new option from a fresh search of the same category (same traveller), moved to by the
 * supplier; the order becomes 'changed' and a child order carries the new itinerary with the fare
 * difference and the change fee. Returns [parent, child].
 */
export async function changeBooking(
  deps: BookingDeps,
  booker: Booker,
  orderId: string,
  req: { search: SearchRequest; offerId: string; reason?: { code?: string; text?: string } },
  now = new Date(),
): Promise<[OrderRow, OrderRow]> {
  const order = await actionable(deps, booker, orderId);
  if (order.supplierBookingRef === null || !ISSUED.has(order.status))
    throw new AppError('ORDER_ILLEGAL_TRANSITION', `Only an issued order can be changed; this one is ${order.status}`, {
      status: order.status,
    });
  if (req.search.category !== order.category)
    throw validationFailed([{ path: 'search.category', message: `a change stays in its category (${order.category})` }]);
  const answer = await searchOptions(deps.db, {
    ...req.search,
    showBlocked: true,
    gateway: deps.gateway,
    tenantId: booker.tenantId,
    caller: { employeeId: booker.employeeId, canBookSelf: booker.canBookSelf, canBookOthers: booker.canBookOthers || booker.canManage },
    now,
  });
  const chosen = answer.options.find((o) => o.offer.supplierCode === order.supplierCode && o.offer.offerId === req.offerId);
  if (!chosen)
    throw new AppError('OFFER_UNAVAILABLE', 'The new option is not on sale with this order’s supplier: search again', {
      offerId: req.offerId,
    });
  if (!chosen.bookable) throw new AppError('POLICY_BLOCKED', 'The travel policy blocks this option');
  const changed = await deps.gateway.change(order.category, order.supplierCode, {
    bookingRef: order.supplierBookingRef,
    newOfferId: chosen.offer.offerId,
    orderRef: await supplierOrderRef(deps, order),
    idempotencyKey: `${order.id}:change:${chosen.offer.offerId}`,
  });
  const offer: Offer = chosen.offer;
  const service = serviceOf(offer);
  return runApprovalWork(deps.approvals, work(booker), (w) =>
    changeOrder({ ...w, onOrderChange: deps.onOrderChange }, orderId, {
      offer: { ...offer },
      amountFen: offer.priceFen,
      fareDifferenceFen: changed.fareDifferenceFen,
      changeFeeFen: changed.changeFeeFen,
      serviceStartAt: service.start,
      serviceEndAt: service.end,
      originCityId: service.origin,
      destinationCityId: service.destination,
      bookingRef: changed.bookingRef,
      issued: changed.status === 'issued',
      policy: {
        versionId: answer.version?.versionId ?? null,
        outcome: chosen.policy?.outcome ?? null,
        compliant: chosen.policy?.compliant ?? true,
        verdict: { option: { ...chosen.option }, failedChecks: chosen.policy?.failedChecks ?? [] },
      },
      ...(req.reason ? { reason: { code: req.reason.code ?? null, text: req.reason.text ?? null } } : {}),
      supplier: { id: null, code: order.supplierCode },
    }),
  );
}
