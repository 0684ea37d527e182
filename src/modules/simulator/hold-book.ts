import { eq, sql } from 'drizzle-orm';
import { inSystemScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import { SupplierError, type BookRequest, type Booking, type Hold, type HoldRequest, type SupplierCategory } from '../suppliers/index.ts';
import {
  asBookingStatus,
  checkEnabled,
  checkRequest,
  effectiveOf,
  rowByRequestKey,
  takenFrom,
  unitsOf,
  type SimContext,
} from './booking-rows.ts';
import { newBookingRef } from './confirmations.ts';
import { deriveOffer } from './offers.ts';
import { enqueueEvents } from './outbox.ts';
import { planBooking } from './plan-events.ts';
import { simulatorBookings } from './schema.ts';

/** A hold keeps the seat or room for 20 minutes, within the offer's own validity. */
const HOLD_MS = 20 * 60_000;
const MAX_PASSENGERS = 9;

export async function holdOffer(ctx: SimContext, supplierCode: string, category: SupplierCategory, req: HoldRequest): Promise<Hold> {
  checkEnabled(ctx);
  checkRequest(req.orderRef, req.idempotencyKey);
  if (req.passengers.length < 1 || req.passengers.length > MAX_PASSENGERS)
    throw new SupplierError('REJECTED', `Between 1 and ${MAX_PASSENGERS} passengers.`, false);
  const now = ctx.now();
  return inSystemScope(ctx.db, async (tx) => {
    const earlier = await rowByRequestKey(tx, supplierCode, req.idempotencyKey);
    if (earlier) {
      if (earlier.offerId !== req.offerId || earlier.orderRef !== req.orderRef)
        throw new SupplierError('REJECTED', 'This idempotency key was used for another request.', false);
      return { holdId: earlier.id, priceFen: earlier.priceFen, expiresAt: earlier.holdExpiresAt.toISOString() };
    }
    const derived = deriveOffer(supplierCode, category, req.offerId, now.getTime());
    const units = unitsOf(category, req.passengers.length);
    // Serialise holds on one inventory unit so two racing holds cannot both take the last seat.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sim:${derived.inventoryKey}`}))`);
    if ((await takenFrom(tx, derived.inventoryKey, now)) + units > derived.available)
      throw new SupplierError('SOLD_OUT', 'Sold out.', false);
    const priceFen = derived.offer.priceFen * units;
    const expiresAt = new Date(Math.min(now.getTime() + HOLD_MS, Date.parse(derived.offer.expiresAt) + HOLD_MS));
    const id = `sh-${newId()}`;
    await tx.insert(simulatorBookings).values({
      id,
      supplierCode,
      category,
      offerId: req.offerId,
      inventoryKey: derived.inventoryKey,
      orderRef: req.orderRef,
      requestKey: req.idempotencyKey,
      status: 'held',
      priceFen,
      passengers: req.passengers.map((p) => ({ name: p.name, phone: p.phone })),
      offer: { ...derived.offer },
      holdExpiresAt: expiresAt,
      createdAt: now,
      updatedAt: now,
    });
    return { holdId: id, priceFen, expiresAt: expiresAt.toISOString() };
  });
}

export async function releaseHold(ctx: SimContext, supplierCode: string, holdId: string): Promise<void> {
  const now = ctx.now();
  await inSystemScope(ctx.db, async (tx) => {
    const [row] = await tx.select().from(simulatorBookings).where(eq(simulatorBookings.id, holdId)).for('update');
    // Unknown, already released or already booked: nothing to give back (release is idempotent).
    if (!row || row.supplierCode !== supplierCode || row.status !== 'held') return;
    await tx.update(simulatorBookings).set({ status: 'released', updatedAt: now }).where(eq(simulatorBookings.id, holdId));
  });
}

export async function bookHold(ctx: SimContext, supplierCode: string, req: BookRequest): Promise<Booking> {
  checkEnabled(ctx);
  checkRequest(req.orderRef, req.idempotencyKey);
  const now = ctx.now();
  return inSystemScope(ctx.db, async (tx) => {
    const [row] = await tx.select().from(simulatorBookings).where(eq(simulatorBookings.id, req.holdId)).for('update');
    if (!row || row.supplierCode !== supplierCode)
      throw new SupplierError('UNKNOWN_BOOKING', `No hold ${req.holdId.slice(0, 100)}.`, false);
    if (row.orderRef !== req.orderRef) throw new SupplierError('REJECTED', 'The hold belongs to another order.', false);
    if (row.bookingRef) {
      // A hold becomes one booking: booking it again (a retry) answers with that booking.
      return { bookingRef: row.bookingRef, status: asBookingStatus(effectiveOf(row, now).status), priceFen: row.priceFen };
    }
    if (row.status !== 'held' || row.holdExpiresAt <= now)
      throw new SupplierError('OFFER_EXPIRED', 'The hold has expired or was released.', false);
    const bookingRef = newBookingRef(supplierCode);
    const { plan, events } = planBooking(
      {
        supplierCode,
        category: row.category as SupplierCategory,
        orderRef: row.orderRef,
        bookingRef,
        passengers: row.passengers.length,
        priceFen: row.priceFen,
        offer: row.offer,
      },
      ctx.settings(),
      now,
    );
    await tx
      .update(simulatorBookings)
      .set({ bookingRef, bookKey: req.idempotencyKey, status: 'pending', plan, updatedAt: now })
      .where(eq(simulatorBookings.id, row.id));
    await enqueueEvents(tx, events);
    return { bookingRef, status: 'pending', priceFen: row.priceFen };
  });
}
