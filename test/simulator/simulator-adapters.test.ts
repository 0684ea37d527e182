import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupplierError } from '../../src/modules/suppliers/index.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { beijingShanghai, firstOffer, passenger, simulatorKit } from './sim-kit.ts';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

const codeOf = async (p: Promise<unknown>): Promise<string | null> => {
  try {
    await p;
    return null;
  } catch (err) {
    return err instanceof SupplierError ? err.code : String(err);
  }
};

describe('a simulated airline', () => {
  it('holds, books, tickets after the latency, changes and refunds, answering a retried call the same', async () => {
    const k = simulatorKit(t);
    const ca = k.adapter('sim-ca', 'flight');
    const offer = await firstOffer(ca, beijingShanghai, (o) => o.category === 'flight' && o.bookingClass !== 'Y' && o.bookingClass !== 'J');
    const hold = await ca.hold({ offerId: offer.offerId, passengers: passenger, orderRef: 'F-ORDER-1', idempotencyKey: 'h1' }, k.ctx);
    expect(hold.priceFen).toBe(offer.priceFen);
    expect(await ca.hold({ offerId: offer.offerId, passengers: passenger, orderRef: 'F-ORDER-1', idempotencyKey: 'h1' }, k.ctx)).toEqual(
      hold,
    );
    expect(
      await codeOf(
        ca.hold({ offerId: 'sim:f:CA9:2026-03-10:Y:0', passengers: passenger, orderRef: 'F-ORDER-1', idempotencyKey: 'h1' }, k.ctx),
      ),
    ).toBe('REJECTED');

    const booking = await ca.book({ holdId: hold.holdId, orderRef: 'F-ORDER-1', idempotencyKey: 'b1' }, k.ctx);
    expect(booking.status).toBe('pending');
    expect(await ca.book({ holdId: hold.holdId, orderRef: 'F-ORDER-1', idempotencyKey: 'b1' }, k.ctx)).toMatchObject({
      bookingRef: booking.bookingRef,
    });
    // Latency 0: ticketed at once, with a ticket number per passenger.
    const status = await ca.status(booking.bookingRef, k.ctx);
    expect(status.status).toBe('issued');
    expect(status.confirmation).toMatch(/^999-\d{10}$/);
    expect((await k.outbox(booking.bookingRef)).map((e) => e.type)).toEqual(['order.ticketed']);

    const later = await firstOffer(
      ca,
      beijingShanghai,
      (o) => o.category === 'flight' && o.bookingClass === 'Y' && o.flightNo !== offer.flightNo,
    );
    const change = await ca.change(
      { bookingRef: booking.bookingRef, newOfferId: later.offerId, orderRef: 'F-ORDER-1', idempotencyKey: 'c1' },
      k.ctx,
    );
    expect(change.fareDifferenceFen).toBe(later.priceFen - offer.priceFen);
    expect(change.changeFeeFen).toBe(Math.round((offer.priceFen * offer.changeFeeRate) / 100) * 100);
    expect(change.bookingRef).not.toBe(booking.bookingRef);
    expect(
      await ca.change({ bookingRef: booking.bookingRef, newOfferId: later.offerId, orderRef: 'F-ORDER-1', idempotencyKey: 'c1' }, k.ctx),
    ).toMatchObject({
      bookingRef: change.bookingRef,
      fareDifferenceFen: change.fareDifferenceFen,
    });
    expect((await ca.status(booking.bookingRef, k.ctx)).status).toBe('changed');
    expect((await k.outbox(booking.bookingRef)).map((e) => e.type)).toEqual(['order.ticketed', 'order.changed']);

    const cancel = await ca.cancel({ bookingRef: change.bookingRef, orderRef: 'F-ORDER-1', idempotencyKey: 'x1' }, k.ctx);
    expect(cancel.feeFen).toBe(Math.round((later.priceFen * later.refundFeeRate) / 100) * 100);
    expect(cancel.refundFen).toBe(later.priceFen - cancel.feeFen);
    expect(await ca.cancel({ bookingRef: change.bookingRef, orderRef: 'F-ORDER-1', idempotencyKey: 'x1' }, k.ctx)).toEqual(cancel);
    expect((await k.outbox(change.bookingRef)).map((e) => e.type)).toEqual(['order.ticketed', 'order.refunded']);
    expect(
      await codeOf(
        ca.change({ bookingRef: change.bookingRef, newOfferId: offer.offerId, orderRef: 'F-ORDER-1', idempotencyKey: 'c2' }, k.ctx),
      ),
    ).toBe('NOT_CHANGEABLE');
    expect(await codeOf(ca.status('CA-NOPE', k.ctx))).toBe('UNKNOWN_BOOKING');
  });

  it('refuses an expired offer and a flight that is sold out, and gives a released hold back', async () => {
    const k = simulatorKit(t);
    const mu = k.adapter('sim-mu', 'flight');
    const offer = await firstOffer(mu, beijingShanghai, (o) => o.category === 'flight' && o.cabin === 'business');
    if (offer.category !== 'flight') throw new Error('not a flight');
    k.advance(31 * 60_000);
    expect(
      await codeOf(mu.hold({ offerId: offer.offerId, passengers: passenger, orderRef: 'F-ORDER-2', idempotencyKey: 'late' }, k.ctx)),
    ).toBe('OFFER_EXPIRED');
    const fresh = await firstOffer(mu, beijingShanghai, (o) => o.offerId.startsWith(offer.offerId.split(':').slice(0, 5).join(':')));
    const holds = [];
    for (let i = 0; i < offer.seatsLeft; i++) {
      holds.push(
        await mu.hold({ offerId: fresh.offerId, passengers: passenger, orderRef: 'F-ORDER-2', idempotencyKey: `seat-${i}` }, k.ctx),
      );
    }
    expect(
      await codeOf(mu.hold({ offerId: fresh.offerId, passengers: passenger, orderRef: 'F-ORDER-2', idempotencyKey: 'one-more' }, k.ctx)),
    ).toBe('SOLD_OUT');
    const [first] = holds;
    if (!first) throw new Error('no hold');
    await mu.release(first.holdId, k.ctx);
    await mu.release(first.holdId, k.ctx);
    expect(await codeOf(mu.book({ holdId: first.holdId, orderRef: 'F-ORDER-2', idempotencyKey: 'b' }, k.ctx))).toBe('OFFER_EXPIRED');
    expect(
      await codeOf(mu.hold({ offerId: fresh.offerId, passengers: passenger, orderRef: 'F-ORDER-2', idempotencyKey: 'one-more' }, k.ctx)),
    ).toBeNull();
  });
});

describe('simulated hotels, trains and cars', () => {
  it('confirm a hotel; a prepaid rate keeps its price when cancelled', async () => {
    const k = simulatorKit(t);
    const hz = k.adapter('sim-huazhu', 'hotel');
    const offer = await firstOffer(
      hz,
      { cityId: 'hangzhou', checkIn: '2026-03-10', checkOut: '2026-03-12' },
      (o) => o.category === 'hotel' && !o.breakfast,
    );
    const hold = await hz.hold({ offerId: offer.offerId, passengers: passenger, orderRef: 'H-ORDER-1', idempotencyKey: 'h' }, k.ctx);
    const booking = await hz.book({ holdId: hold.holdId, orderRef: 'H-ORDER-1', idempotencyKey: 'b' }, k.ctx);
    expect((await hz.status(booking.bookingRef, k.ctx)).confirmation).toMatch(/^HU\d{10}$/);
    expect(await hz.cancel({ bookingRef: booking.bookingRef, orderRef: 'H-ORDER-1', idempotencyKey: 'x' }, k.ctx)).toEqual({
      status: 'cancelled',
      refundFen: 0,
      feeFen: offer.priceFen,
    });
  });

  it('ticket a train for two passengers and confirm a car', async () => {
    const k = simulatorKit(t);
    const rail = k.adapter('sim-rail', 'train');
    const offer = await firstOffer(rail, beijingShanghai, (o) => o.category === 'train' && o.seatClass === 'second');
    const two = [...passenger, { name: '李娜', phone: null }];
    const hold = await rail.hold({ offerId: offer.offerId, passengers: two, orderRef: 'T-ORDER-1', idempotencyKey: 'h' }, k.ctx);
    expect(hold.priceFen).toBe(offer.priceFen * 2);
    const booking = await rail.book({ holdId: hold.holdId, orderRef: 'T-ORDER-1', idempotencyKey: 'b' }, k.ctx);
    expect((await rail.status(booking.bookingRef, k.ctx)).confirmation).toMatch(/^E\d{9},E\d{9}$/);

    const car = k.adapter('sim-car', 'car');
    const ride = await firstOffer(
      car,
      { cityId: 'beijing', pickupAt: '2026-03-03T01:00:00Z', from: '国贸', to: '首都机场T3', distanceKm: 28 },
      (o) => o.category === 'car' && o.serviceLevel === 'business',
    );
    const carHold = await car.hold({ offerId: ride.offerId, passengers: passenger, orderRef: 'C-ORDER-1', idempotencyKey: 'h' }, k.ctx);
    const carBooking = await car.book({ holdId: carHold.holdId, orderRef: 'C-ORDER-1', idempotencyKey: 'b' }, k.ctx);
    expect((await k.outbox(carBooking.bookingRef)).map((e) => e.type)).toEqual(['order.confirmed', 'car.driver_assigned']);
  });

  it('answers UNAVAILABLE when switched off', async () => {
    const k = simulatorKit(t, { enabled: false });
    const err = await k
      .adapter('sim-ca', 'flight')
      .search(beijingShanghai, k.ctx)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SupplierError);
    expect((err as SupplierError).retryable).toBe(true);
  });
});
