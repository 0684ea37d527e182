import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCityId } from '../../src/modules/geo/index.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';

/**
 * Booking end to end over the built-in simulator (latency 0): from an approved travel request, a
 * hotel inside the policy books at once and the simulator confirms it; one over the standard
 * takes a 超标原因, waits for approval, then books; a flight is ticketed, changed (a child
 * order) and refunded; the public tracking page follows.
 */

let t: TestApp;
let traveller: SignedIn;
let request: { id: string; to: string; from: string; depart: string; back: string };
/** The over-standard hotel's approval: who decided it. */
let decided: { orderId: string; email: string } | null = null;

interface Option {
  offer: {
    supplierCode: string;
    offerId: string;
    priceFen: number;
    category: string;
    carrier?: string;
    flightNo?: string;
    departureAt?: string;
  };
  policy: { compliant: boolean; requiresReasonCode: boolean; outcome: string } | null;
  bookable: boolean;
  coverage: { covered: boolean };
}
interface Placed {
  order: { id: string; trackingCode: string; status: string; amountFen: number; travelRequestId: string | null };
  workflow: { status: string; step: string | null };
}

const post = (who: SignedIn, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as Record<string, unknown> });
const get = (who: SignedIn | null, url: string) => t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
const orderOf = async (id: string) =>
  (await get(traveller, `/api/v1/orders/${id}`)).json<{ status: string; timeline: { type: string }[] }>();

beforeAll(async () => {
  t = await testApp({ env: { TRIPDESK_SIMULATOR_LATENCY_MS: '0' } });
  await t.app.supply.start();
  traveller = await signInAs(t.app, 'traveller@huachen.example.com');
  const [row] = await t.db.database.query<{ id: string; from_city: string; to_city: string; depart: string; back: string }>(
    `select r.id, r.itinerary->0->>'fromCity' as from_city, r.itinerary->0->>'toCity' as to_city,
            r.itinerary->0->>'departDate' as depart, r.itinerary->0->>'returnDate' as back
       from travel_requests r join accounts a on a.employee_id = any(r.traveller_ids)
      where a.email = 'traveller@huachen.example.com' and r.status = 'approved' limit 1`,
  );
  if (!row) throw new Error('the demo traveller has no approved request');
  request = {
    id: row.id,
    from: resolveCityId(row.from_city) ?? row.from_city,
    to: resolveCityId(row.to_city) ?? row.to_city,
    depart: row.depart,
    back: row.back,
  };
});
afterAll(async () => {
  await t?.close();
});

const hotelSearch = () => ({
  category: 'hotel',
  query: { cityId: request.to, checkIn: request.depart, checkOut: request.back },
  travelRequestId: request.id,
  showBlocked: false,
});

describe('booking from an approved travel request, over the simulated suppliers', () => {
  let hotelOrder: Placed['order'];

  it('a hotel inside the policy and the request books at once, and the simulator confirms it', async () => {
    const found = await post(traveller, '/api/v1/booking/search', hotelSearch());
    expect(found.statusCode, found.body).toBe(200);
    const options = found.json<{ options: Option[] }>().options;
    const fine = options.find((o) => o.policy?.compliant !== false && o.coverage.covered);
    expect(fine, 'a compliant hotel covered by the request').toBeDefined();
    const placed = await post(traveller, '/api/v1/booking/orders', {
      search: hotelSearch(),
      supplierCode: fine!.offer.supplierCode,
      offerId: fine!.offer.offerId,
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const answer = placed.json<Placed>();
    hotelOrder = answer.order;
    expect(answer.order.trackingCode).toMatch(/^H[0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(answer.order).toMatchObject({ status: 'booking', travelRequestId: request.id, amountFen: fine!.offer.priceFen });
    expect(answer.workflow.status).toBe('completed');
    await t.app.supply.drain();
    const order = await orderOf(hotelOrder.id);
    expect(order.status).toBe('confirmed');
    const types = order.timeline.map((e) => e.type);
    expect(types).toContain('order.booking_step');
    expect(types.some((ty) => ty === 'order.confirmed' || ty === 'order.issued' || ty.startsWith('order.'))).toBe(true);
  });

  it('anyone with the tracking code sees its progress, and nothing personal', async () => {
    const tracked = await get(null, `/api/v1/track/${hotelOrder.trackingCode.toLowerCase().replaceAll('-', '')}`);
    expect(tracked.statusCode, tracked.body).toBe(200);
    expect(tracked.body).toContain('confirmed');
    expect(tracked.body).not.toContain(String(hotelOrder.amountFen));
    expect((await get(null, '/api/v1/track/HAAA-AAAA-A')).statusCode).toBe(404);
  });

  it('an option over the standard needs a 超标原因, then waits for approval, then books', async () => {
    const found = await post(traveller, '/api/v1/booking/search', { ...hotelSearch(), showBlocked: true });
    const options = found.json<{ options: Option[] }>().options;
    const over = options.find((o) => o.bookable && o.policy !== null && !o.policy.compliant);
    expect(over, 'a hotel over the standard').toBeDefined();
    const body = { search: hotelSearch(), supplierCode: over!.offer.supplierCode, offerId: over!.offer.offerId };
    const refused = await post(traveller, '/api/v1/booking/orders', body);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('REASON_REQUIRED');
    expect((await get(traveller, '/api/v1/orders')).body).not.toContain(over!.offer.offerId);

    const placed = await post(traveller, '/api/v1/booking/orders', { ...body, reason: { text: '会议酒店，协议价已满' } });
    expect(placed.statusCode, placed.body).toBe(201);
    const answer = placed.json<Placed>();
    if (answer.order.status === 'pending_approval') {
      expect(answer.workflow).toMatchObject({ status: 'waiting', step: 'approval' });
      const [task] = await t.db.database.query<{ instance_id: string; email: string }>(
        `select k.instance_id, a.email from orders o join approval_tasks k on k.instance_id = o.approval_instance_id
           join accounts a on a.employee_id = k.approver_id where o.id = $1 limit 1`,
        [answer.order.id],
      );
      expect(task, 'a pending approval task').toBeDefined();
      const approver = await signInAs(t.app, task!.email, DEMO_PASSWORD);
      decided = { orderId: answer.order.id, email: task!.email };
      const acted = await post(approver, `/api/v1/approvals/${task!.instance_id}/actions`, { action: 'approve', comment: '同意' });
      expect(acted.statusCode, acted.body).toBe(200);
    }
    await t.app.supply.drain();
    await t.app.supply.drain();
    expect((await orderOf(answer.order.id)).status).toBe('confirmed');
  });
});

describe('a flight: ticketed, changed into a child order, refunded', () => {
  const flightSearch = (date = request.depart) => ({
    category: 'flight',
    query: { originCityId: request.from, destinationCityId: request.to, date },
    travelRequestId: request.id,
  });
  let flight: Placed['order'];
  let first: Option;

  it('is ticketed by the simulated airline', async () => {
    const options = (await post(traveller, '/api/v1/booking/search', flightSearch())).json<{ options: Option[] }>().options;
    first = options.find((o) => o.bookable && o.policy?.compliant !== false)!;
    expect(first).toBeDefined();
    const placed = await post(traveller, '/api/v1/booking/orders', {
      search: flightSearch(),
      supplierCode: first.offer.supplierCode,
      offerId: first.offer.offerId,
    });
    expect(placed.statusCode, placed.body).toBe(201);
    flight = placed.json<Placed>().order;
    expect(flight.trackingCode.startsWith('F')).toBe(true);
    await t.app.supply.drain();
    expect((await orderOf(flight.id)).status).toBe('ticketed');
  });

  it('改签 to another flight of the same airline makes a child order; the original is changed', async () => {
    const options = (await post(traveller, '/api/v1/booking/search', flightSearch())).json<{ options: Option[] }>().options;
    const other = options.find(
      (o) => o.bookable && o.offer.supplierCode === first.offer.supplierCode && o.offer.offerId !== first.offer.offerId,
    );
    expect(other, 'another flight of the airline').toBeDefined();
    const changed = await post(traveller, `/api/v1/orders/${flight.id}/change`, {
      search: flightSearch(),
      offerId: other!.offer.offerId,
      reason: { text: '会议改期' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const { parent, child } = changed.json<{ parent: Placed['order']; child: Placed['order'] }>();
    expect(parent.status).toBe('changed');
    expect(child.trackingCode).not.toBe(parent.trackingCode);
    await t.app.supply.drain();
    const detail = (await get(traveller, `/api/v1/orders/${child.id}`)).json<{ status: string; parentOrderId: string | null }>();
    expect(detail.parentOrderId).toBe(parent.id);
    expect(['booking', 'ticketed']).toContain(detail.status);
    flight = child;
  });

  it('a refund asks the airline and records what comes back and the fee', async () => {
    await t.app.supply.drain();
    const status = (await orderOf(flight.id)).status;
    expect(status).toBe('ticketed');
    const refunded = await post(traveller, `/api/v1/orders/${flight.id}/refund`, { reason: '行程取消' });
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect(refunded.json<{ status: string }>().status).toBe('refunded');
    const [row] = await t.db.database.query<{ refund_fen: number; refund_fee_fen: number; amount_fen: number }>(
      'select refund_fen, refund_fee_fen, amount_fen from orders where id = $1',
      [flight.id],
    );
    expect(Number(row?.refund_fen) + Number(row?.refund_fee_fen)).toBeGreaterThan(0);
  });

  it('another traveller cannot act on the order', async () => {
    const colleague = await signInAs(t.app, 'approver@huachen.example.com').catch(() => null);
    if (colleague === null) return;
    const res = await post(colleague, `/api/v1/orders/${flight.id}/cancel`, {});
    expect(res.statusCode).toBe(404);
  });
});

describe('the approver of an order', () => {
  it('reads the order they were asked to decide, but cannot act on it', async () => {
    expect(decided, 'the over-standard hotel went through approval').not.toBeNull();
    const approver = await signInAs(t.app, decided!.email, DEMO_PASSWORD);
    expect((await get(approver, `/api/v1/orders/${decided!.orderId}`)).statusCode).toBe(200);
    expect((await post(approver, `/api/v1/orders/${decided!.orderId}/cancel`, {})).statusCode).toBe(404);
  });
});
