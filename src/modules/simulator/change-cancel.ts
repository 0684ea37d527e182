import { eq } from 'drizzle-orm';
import { inSystemScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import {
  SupplierError,
  type BookingStatus,
  type CancelRequest,
  type CancelResult,
  type ChangeRequest,
  type ChangeResult,
  type SupplierCategory,
} from '../suppliers/index.ts';
import {
  asBookingStatus,
  bookingByRef,
  checkEnabled,
  checkRequest,
  effectiveOf,
  rowByRequestKey,
  settled,
  takenFrom,
  unitsOf,
  type SimContext,
} from './booking-rows.ts';
import { newBookingRef } from './confirmations.ts';
import { deriveOffer } from './offers.ts';
import { dropPlannedEvents, enqueueEvents } from './outbox.ts';
import { issueEvent } from './plan-events.ts';
import { simulatorBookings } from './schema.ts';

/** Fees are charged in whole yuan. */
const feeOf = (priceFen: number, rate: number): number => Math.min(priceFen, Math.round((priceFen * rate) / 100) * 100);

const rateOf = (offer: Record<string, unknown>, key: 'refundFeeRate' | 'changeFeeRate'): number => {
  const value = offer[key];
  return typeof value === 'number' ? value : 0;
};

const AFTER_SERVICE = new Set(['departed', 'arrived', 'checked_in', 'checked_out', 'no_show', 'completed']);

/** 改签: the booking moves to a new offer of the same supplier under a new booking ref; the old one becomes 'changed'. */
export async function changeBooking(
  ctx: SimContext,
  supplierCode: string,
  category: SupplierCategory,
  req: ChangeRequest,
): Promise<ChangeResult> {
  checkEnabled(ctx);
  checkRequest(req.orderRef, req.idempotencyKey);
  const now = ctx.now();
  const requestKey = `change:${req.idempotencyKey}`;
  return inSystemScope(ctx.db, async (tx) => {
    const earlier = await rowByRequestKey(tx, supplierCode, requestKey);
    if (earlier) {
      if (earlier.parentBookingRef !== req.bookingRef || earlier.offerId !== req.newOfferId)
        throw new SupplierError('REJECTED', 'This idempotency key was used for another request.', false);
      return {
        bookingRef: earlier.bookingRef ?? '',
        status: asBookingStatus(effectiveOf(earlier, now).status),
        fareDifferenceFen: earlier.fareDifferenceFen ?? 0,
        changeFeeFen: earlier.changeFeeFen ?? 0,
      };
    }
    const old = await bookingByRef(tx, supplierCode, req.bookingRef, true);
    if (old.orderRef !== req.orderRef) throw new SupplierError('REJECTED', 'The booking belongs to another order.', false);
    const current = settled(old, now);
    if (current.status !== 'issued' || AFTER_SERVICE.has(old.serviceState ?? ''))
      throw new SupplierError('NOT_CHANGEABLE', `A booking that is ${current.status} cannot be changed.`, false);
    const changeRate = rateOf(old.offer, 'changeFeeRate');
    if (changeRate >= 1) throw new SupplierError('NOT_CHANGEABLE', 'This rate cannot be changed.', false);
    const derived = deriveOffer(supplierCode, category, req.newOfferId, now.getTime());
    const units = unitsOf(category, old.passengers.length);
    if ((await takenFrom(tx, derived.inventoryKey, now)) + units > derived.available)
      throw new SupplierError('SOLD_OUT', 'Sold out.', false);
    const priceFen = derived.offer.priceFen * units;
    const changeFeeFen = feeOf(old.priceFen, changeRate);
    const fareDifferenceFen = priceFen - old.priceFen;
    const bookingRef = newBookingRef(supplierCode);
    const latency = ctx.settings().latencyMs;
    const at = new Date(now.getTime() + latency);
    const issued = issueEvent(
      {
        supplierCode,
        category,
        orderRef: req.orderRef,
        bookingRef,
        passengers: old.passengers.length,
        priceFen,
        offer: { ...derived.offer },
      },
      at,
    );
    await tx
      .update(simulatorBookings)
      .set({ status: 'changed', plan: [], confirmation: current.confirmation, updatedAt: now })
      .where(eq(simulatorBookings.id, old.id));
    await dropPlannedEvents(tx, req.bookingRef, now);
    await tx.insert(simulatorBookings).values({
      id: `sc-${newId()}`,
      supplierCode,
      category,
      offerId: req.newOfferId,
      inventoryKey: derived.inventoryKey,
      orderRef: req.orderRef,
      requestKey,
      bookingRef,
      parentBookingRef: req.bookingRef,
      status: 'pending',
      plan: [issued.status],
      priceFen,
      fareDifferenceFen,
      changeFeeFen,
      passengers: old.passengers,
      offer: { ...derived.offer },
      holdExpiresAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await enqueueEvents(tx, [
      {
        supplierCode,
        type: 'order.changed',
        orderRef: req.orderRef,
        bookingRef: req.bookingRef,
        dueAt: at,
        data: { bookingRef, fareDifferenceFen, changeFeeFen },
      },
      issued.event,
    ]);
    return { bookingRef, status: 'pending', fareDifferenceFen, changeFeeFen };
  });
}

/** 退票 / 取消: the refund is the price less the fee the offer's refund rate sets; nothing is charged before ticketing. */
export async function cancelBooking(ctx: SimContext, supplierCode: string, req: CancelRequest): Promise<CancelResult> {
  checkEnabled(ctx);
  checkRequest(req.orderRef, req.idempotencyKey);
  const now = ctx.now();
  return inSystemScope(ctx.db, async (tx) => {
    const row = await bookingByRef(tx, supplierCode, req.bookingRef, true);
    if (row.orderRef !== req.orderRef) throw new SupplierError('REJECTED', 'The booking belongs to another order.', false);
    if (row.cancelKey !== null) return { status: 'cancelled', refundFen: row.refundFen ?? 0, feeFen: row.feeFen ?? 0 };
    const current = settled(row, now);
    if (current.status === 'changed' || current.status === 'completed' || AFTER_SERVICE.has(row.serviceState ?? '')) {
      throw new SupplierError('NOT_REFUNDABLE', `A booking that is ${row.serviceState ?? current.status} cannot be refunded.`, false);
    }
    // Not yet ticketed, failed, or cancelled by the supplier: nothing was charged, so nothing is kept.
    const charged = current.status === 'issued';
    const feeFen = charged ? feeOf(row.priceFen, rateOf(row.offer, 'refundFeeRate')) : 0;
    const refundFen = charged ? row.priceFen - feeFen : current.status === 'pending' ? row.priceFen : 0;
    await tx
      .update(simulatorBookings)
      .set({
        status: 'cancelled',
        plan: [],
        confirmation: current.confirmation,
        refundFen,
        feeFen,
        cancelKey: req.idempotencyKey,
        updatedAt: now,
      })
      .where(eq(simulatorBookings.id, row.id));
    await dropPlannedEvents(tx, req.bookingRef, now);
    await enqueueEvents(tx, [
      {
        supplierCode,
        type: 'order.refunded',
        orderRef: row.orderRef,
        bookingRef: req.bookingRef,
        dueAt: new Date(now.getTime() + ctx.settings().latencyMs),
        data: { refundFen, feeFen },
      },
    ]);
    return { status: 'cancelled', refundFen, feeFen };
  });
}

export async function bookingStatus(ctx: SimContext, supplierCode: string, bookingRef: string): Promise<BookingStatus> {
  const now = ctx.now();
  const row = await inSystemScope(ctx.db, (tx) => bookingByRef(tx, supplierCode, bookingRef));
  const { status, confirmation } = effectiveOf(row, now);
  return { bookingRef, status: asBookingStatus(status), confirmation };
}
