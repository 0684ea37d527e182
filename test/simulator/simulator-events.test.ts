import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FAULT_KINDS } from '../../src/modules/simulator/index.ts';
import { backoffMs, httpEventSink, NO_FAULTS } from '../../src/modules/simulator/index.ts';
import { verifySignature, type SupplierCategory } from '../../src/modules/suppliers/index.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { beijingShanghai, passenger, simulatorKit } from './sim-kit.ts';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

const queries = {
  flight: beijingShanghai,
  train: beijingShanghai,
  hotel: { cityId: 'hangzhou', checkIn: '2026-03-10', checkOut: '2026-03-11' },
  car: { cityId: 'beijing', pickupAt: '2026-03-03T01:00:00Z', from: '国贸', to: '首都机场', distanceKm: 28 },
};

let orders = 0;
async function book(k: ReturnType<typeof simulatorKit>, code: string, category: SupplierCategory) {
  const adapter = k.adapter(code, category);
  const orderRef = `EV-${++orders}`;
  // A different offer each time: the first one's seats run out across the tests.
  const offers = await adapter.search(queries[category] as never, k.ctx);
  const offer = offers[(orders * 7) % offers.length];
  if (!offer) throw new Error(`${code} offers nothing`);
  const hold = await adapter.hold({ offerId: offer.offerId, passengers: passenger, orderRef, idempotencyKey: `h-${orderRef}` }, k.ctx);
  const booking = await adapter.book({ holdId: hold.holdId, orderRef, idempotencyKey: `b-${orderRef}` }, k.ctx);
  return { ...booking, orderRef, offer, adapter };
}

describe('faults at rate 1', () => {
  it('each puts its events in the outbox', async () => {
    const only = (kind: (typeof FAULT_KINDS)[number]) => ({ rates: { ...NO_FAULTS, [kind]: 1 } });
    const typesOf = async (kind: (typeof FAULT_KINDS)[number], code: string, category: SupplierCategory) => {
      const k = simulatorKit(t, only(kind));
      const b = await book(k, code, category);
      return (await k.outbox(b.bookingRef)).map((e) => e.type);
    };
    expect(await typesOf('failed', 'sim-ca', 'flight')).toEqual(['order.failed']);
    expect(await typesOf('ticketing_delayed', 'sim-rail', 'train')).toEqual(['order.ticketing_delayed', 'order.ticketed']);
    expect(await typesOf('flight_delayed', 'sim-cz', 'flight')).toEqual(['order.ticketed', 'flight.delayed']);
    expect(await typesOf('flight_cancelled', 'sim-hu', 'flight')).toEqual(['order.ticketed', 'flight.cancelled']);
    expect(await typesOf('hotel_overbooked', 'sim-atour', 'hotel')).toEqual(['order.confirmed', 'hotel.overbooked']);
    expect(await typesOf('car_driver_no_show', 'sim-car', 'car')).toEqual(['order.confirmed', 'car.driver_assigned', 'car.driver_no_show']);
  });

  it('a delayed ticketing leaves the booking pending until it is due', async () => {
    const k = simulatorKit(t, { latencyMs: 5_000, rates: { ...NO_FAULTS, ticketing_delayed: 1 } });
    const b = await book(k, 'sim-mf', 'flight');
    expect((await b.adapter.status(b.bookingRef, k.ctx)).status).toBe('pending');
    k.advance(5_000);
    expect((await b.adapter.status(b.bookingRef, k.ctx)).status).toBe('pending');
    k.advance(60_000);
    expect((await b.adapter.status(b.bookingRef, k.ctx)).status).toBe('issued');
  });
});

describe('operator commands', () => {
  it('each produce their events', async () => {
    const k = simulatorKit(t, { latencyMs: 60_000 });
    const flight = await book(k, 'sim-ca', 'flight');
    const run = async (cmd: Parameters<typeof k.sim.command>[0]) => (await k.sim.command(cmd)).flatMap((o) => o.events);
    expect(await run({ kind: 'ticketing_delayed', orderRef: flight.orderRef })).toEqual(['order.ticketing_delayed', 'order.ticketed']);
    expect(await run({ kind: 'issue', orderRef: flight.orderRef })).toEqual(['order.ticketed']);
    // The delayed ticketing's planned event was taken back: one ticketing only.
    expect((await k.outbox(flight.bookingRef)).map((e) => e.type)).toEqual(['order.ticketing_delayed', 'order.ticketed']);
    if (flight.offer.category !== 'flight') throw new Error('not a flight');
    const date = beijingShanghai.date;
    expect(await run({ kind: 'flight_delayed', flightNo: flight.offer.flightNo, date, delayMinutes: 45 })).toEqual(['flight.delayed']);
    expect(await run({ kind: 'flight_cancelled', bookingRef: flight.bookingRef })).toEqual(['flight.cancelled']);
    expect(await run({ kind: 'flight_departed', orderRef: flight.orderRef })).toEqual(['flight.departed']);
    expect(await run({ kind: 'flight_arrived', orderRef: flight.orderRef })).toEqual(['flight.arrived']);
    expect((await flight.adapter.status(flight.bookingRef, k.ctx)).status).toBe('completed');
    const delayed = (await k.outbox(flight.bookingRef)).find((e) => e.type === 'flight.delayed');
    expect(delayed?.event).toMatchObject({ data: { flightNo: flight.offer.flightNo, delayMinutes: 45 } });

    const train = await book(k, 'sim-rail', 'train');
    await run({ kind: 'issue', orderRef: train.orderRef });
    expect(await run({ kind: 'train_departed', orderRef: train.orderRef })).toEqual(['train.departed']);
    expect(await run({ kind: 'train_arrived', orderRef: train.orderRef })).toEqual(['train.arrived']);

    const hotel = await book(k, 'sim-marriott', 'hotel');
    expect(await run({ kind: 'flight_departed', orderRef: hotel.orderRef })).toEqual([]);
    await run({ kind: 'issue', orderRef: hotel.orderRef });
    if (hotel.offer.category !== 'hotel') throw new Error('not a hotel');
    expect(await run({ kind: 'hotel_overbooked', hotelId: hotel.offer.hotelId })).toEqual(['hotel.overbooked']);
    expect(await run({ kind: 'hotel_checked_in', orderRef: hotel.orderRef })).toEqual(['hotel.checked_in']);
    expect(await run({ kind: 'hotel_checked_out', orderRef: hotel.orderRef })).toEqual(['hotel.checked_out']);
    const noShow = await book(k, 'sim-hilton', 'hotel');
    await run({ kind: 'issue', orderRef: noShow.orderRef });
    expect(await run({ kind: 'hotel_no_show', orderRef: noShow.orderRef })).toEqual(['hotel.no_show']);

    const car = await book(k, 'sim-car', 'car');
    await run({ kind: 'issue', orderRef: car.orderRef });
    expect(await run({ kind: 'car_driver_assigned', orderRef: car.orderRef })).toEqual(['car.driver_assigned']);
    expect(await run({ kind: 'car_driver_arrived', orderRef: car.orderRef })).toEqual(['car.driver_arrived']);
    expect(await run({ kind: 'car_driver_no_show', orderRef: car.orderRef })).toEqual(['car.driver_no_show']);
    expect(await run({ kind: 'car_completed', orderRef: car.orderRef })).toEqual(['car.completed']);

    const failing = await book(k, 'sim-3u', 'flight').catch(() => book(k, 'sim-mu', 'flight'));
    expect(await run({ kind: 'fail', orderRef: failing.orderRef, reason: '无票' })).toEqual(['order.failed']);
    const dropped = await book(k, 'sim-btg', 'hotel');
    expect(await run({ kind: 'supplier_cancel', orderRef: dropped.orderRef })).toEqual(['order.cancelled_by_supplier']);
    expect((await dropped.adapter.status(dropped.bookingRef, k.ctx)).status).toBe('cancelled');

    const recent = await k.sim.recentBookings(5);
    expect(recent[0]?.events.length).toBeGreaterThan(0);
  });
});

describe('the outbox sender', () => {
  it('delivers signed batches to ingestion and retries after a 500', async () => {
    const secret = Buffer.from('simulator-test-secret');
    const received: { status: number; ok: boolean; events: number }[] = [];
    let failNext = true;
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const check = verifySignature({
          header: req.headers['tripdesk-signature'] as string | undefined,
          timestamp: req.headers['tripdesk-timestamp'] as string | undefined,
          rawBody: body,
          secrets: [secret],
          now: Date.now(),
        });
        const status = failNext ? 500 : check.ok && req.headers['tripdesk-supplier'] === 'sim-ca' ? 200 : 401;
        failNext = false;
        received.push({ status, ok: check.ok, events: (JSON.parse(body.toString()) as { events: unknown[] }).events.length });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/ingest/events`;
      const k = simulatorKit(t, {}, httpEventSink({ url, secretOf: (code) => (code === 'sim-ca' ? [secret] : []) }));
      // Only this kit's events: deliver what earlier tests left, to nowhere that matters.
      const b = await book(k, 'sim-ca', 'flight');
      const first = await k.sim.deliverDue();
      expect(first.failed).toBeGreaterThan(0);
      const pending = (await k.outbox(b.bookingRef))[0];
      expect(pending?.deliveredAt).toBeNull();
      expect(pending?.attempts).toBe(1);
      expect(pending?.lastError).toMatch(/500/);
      // Not retried before its backoff.
      expect((await k.sim.deliverDue()).delivered).toBe(0);
      k.advance(backoffMs(1));
      await k.sim.deliverDue();
      const delivered = (await k.outbox(b.bookingRef))[0];
      expect(delivered?.deliveredAt).not.toBeNull();
      expect(received.some((r) => r.status === 200 && r.ok)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('the loop starts and stops', async () => {
    const k = simulatorKit(t);
    await book(k, 'sim-ca', 'flight');
    k.sim.start();
    for (let i = 0; i < 50 && k.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await k.sim.stop();
    expect(k.sent.length).toBeGreaterThan(0);
  });
});
