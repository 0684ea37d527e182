import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actualSpendOfRequest } from '../../src/actual-spend.ts';
import { inSystemScope } from '../../src/platform/db/scope.ts';
import { systemActor } from '../../src/modules/access/principal.ts';
import type { StoredSupplierEvent } from '../../src/modules/ingest/index.ts';
import {
  applySupplierEvent,
  changeOrder,
  createOrder,
  issueOrder,
  loadOrder,
  recordServiceEvent,
  refundOrder,
  startBooking,
  type OrderRow,
} from '../../src/modules/orders/index.ts';
import { completeIn } from '../../src/modules/travel/completion/complete-travel-request.ts';
import { runTravelCommand } from '../../src/modules/travel/travel-commands.ts';
import { approvalKit, type Caller, type Kit, ok } from '../approval/approval-test-kit.ts';
import { act, instanceOf, type RequestJson, submittedRequest } from '../approval/travel-fixtures.ts';
import { flightInput, inOrderWork, juneBudget, timelineTypes, useOf } from './order-kit.ts';

/** Budgets consume actual spend (book / change / refund / settle), and supplier events applied to orders. */

let k: Kit;
let traveller: { id: string; departmentId: string };
let budgetId: string;
let travellerCaller: Caller;
let manager: Caller;
let finance: Caller;

beforeAll(async () => {
  k = await approvalKit();
  traveller = await k.employeeOf('traveller@huachen.example.com');
  budgetId = await juneBudget(k, traveller.departmentId);
  [travellerCaller, manager, finance] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
  );
});
afterAll(async () => {
  await k?.close();
});

async function approvedRequest(): Promise<RequestJson> {
  let r = await submittedRequest(travellerCaller, { date: '2030-06-10', yuan: 1_000 });
  for (const approver of [manager, finance]) {
    if (r.status !== 'approving') break;
    const res = await act(approver, instanceOf(r), { action: 'approve' });
    if (res.statusCode === 200) r = ok<RequestJson>(await travellerCaller.get(`/api/v1/travel-requests/${r.id}`));
  }
  expect(r.status).toBe('approved');
  return r;
}

const ticketedOrder = async (over: Parameters<typeof flightInput>[1] = {}): Promise<OrderRow> => {
  const order = await inOrderWork(k, (w) => createOrder(w, flightInput(traveller.id, over)));
  await inOrderWork(k, (w) => startBooking(w, order.id, { holdId: 'H' }));
  return inOrderWork(k, (w) => issueOrder(w, order.id));
};

describe('budgets consume actual spend', () => {
  it('an order under a request takes its room: the budget bears max(estimate, orders); refunds give back; settlement records the spend', async () => {
    const before = await useOf(k, budgetId);
    const r = await approvedRequest();
    expect(await useOf(k, budgetId)).toEqual({ occupiedFen: before.occupiedFen + 100_000, spentFen: before.spentFen });

    // ¥600 inside the ¥1,000 estimate: the budget still bears ¥1,000.
    const small = await ticketedOrder({ travelRequestId: r.id, amountFen: 60_000 });
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 100_000);
    // Another ¥700: orders ¥1,300 exceed the estimate, the budget bears ¥1,300.
    const big = await ticketedOrder({ travelRequestId: r.id, amountFen: 70_000 });
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 130_000);
    // 改签 of the big one: new fare ¥800 + fee ¥50 replace its ¥700.
    const [, child] = await inOrderWork(k, (w) =>
      changeOrder(w, big.id, {
        offer: {},
        amountFen: 80_000,
        fareDifferenceFen: 10_000,
        changeFeeFen: 5_000,
        serviceStartAt: big.serviceStartAt,
        serviceEndAt: big.serviceEndAt,
        originCityId: 'shanghai',
        destinationCityId: 'beijing',
        bookingRef: 'X',
        issued: true,
      }),
    );
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 145_000);
    // 退票 of the small one: ¥500 back, ¥100 fee stays spent.
    await inOrderWork(k, (w) => refundOrder(w, small.id, { refundFen: 50_000, feeFen: 10_000 }));
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 100_000); // orders ¥950 < estimate ¥1,000

    const spend = await k.inTenant((tx) => actualSpendOfRequest(tx, { tenantId: k.huachen, sourceType: 'travel_request', sourceId: r.id }));
    expect(spend.find((s) => s.budgetId === budgetId)?.amountFen).toBe(10_000 + 85_000);

    const viewer = { employeeId: traveller.id, canReadAll: false, isAdmin: false };
    await runTravelCommand(
      k.deps,
      { tenantId: k.huachen, actor: systemActor('测试'), viewer, id: r.id, now: new Date('2030-06-11T02:00:00Z') },
      (work) => completeIn(work, { id: r.id, viewer, input: {}, actualSpend: actualSpendOfRequest }),
    );
    expect(await useOf(k, budgetId)).toEqual({ occupiedFen: before.occupiedFen, spentFen: before.spentFen + 95_000 });
    // After settlement nothing moves again.
    await inOrderWork(k, (w) => recordServiceEvent(w, child.id, 'complete'));
    expect(await useOf(k, budgetId)).toEqual({ occupiedFen: before.occupiedFen, spentFen: before.spentFen + 95_000 });
  });

  it('a standalone order charges its bearer directly and settles when it ends', async () => {
    const before = await useOf(k, budgetId);
    const order = await inOrderWork(k, (w) => createOrder(w, flightInput(traveller.id, { amountFen: 88_800 })));
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 88_800);
    await inOrderWork(k, (w) => startBooking(w, order.id, { holdId: 'H' }));
    await inOrderWork(k, (w) => issueOrder(w, order.id));
    await inOrderWork(k, (w) => recordServiceEvent(w, order.id, 'complete'));
    expect(await useOf(k, budgetId)).toEqual({ occupiedFen: before.occupiedFen, spentFen: before.spentFen + 88_800 });

    const failed = await inOrderWork(k, (w) => createOrder(w, flightInput(traveller.id, { amountFen: 50_000 })));
    await inOrderWork(k, (w) => startBooking(w, failed.id, { holdId: 'H' }));
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 50_000);
    await inOrderWork(k, (w) => recordServiceEvent(w, failed.id, 'complete').catch(() => null));
    const personal = await inOrderWork(k, (w) => createOrder(w, flightInput(traveller.id, { amountFen: 70_000, paymentMode: 'personal' })));
    expect(personal.paymentMode).toBe('personal');
    expect((await useOf(k, budgetId)).occupiedFen).toBe(before.occupiedFen + 50_000);
  });
});

let seq = 0;
const event = (
  order: Pick<OrderRow, 'trackingCode'> | { trackingCode: string },
  type: StoredSupplierEvent['type'],
  data: Record<string, unknown> = {},
) => ({
  eventId: `e-${++seq}`,
  type,
  occurredAt: '2030-06-01T03:00:00.000Z',
  orderRef: order.trackingCode,
  data,
  seq: String(seq),
  supplierId: '00000000-0000-7000-8000-000000000001',
  supplierCode: 'sim-mu',
  receivedAt: '2030-06-01T03:00:01.000Z',
  tenantId: null,
});
const apply = (e: StoredSupplierEvent) => inSystemScope(k.db.database.db, (tx) => applySupplierEvent(tx, e));

describe('supplier events (applySupplierEvent)', () => {
  it('moves the order, puts news on its timeline, and takes a repeated fact as news', async () => {
    const order = await inOrderWork(k, (w) => createOrder(w, flightInput(traveller.id)));
    await inOrderWork(k, (w) => startBooking(w, order.id, { holdId: 'H' }));
    expect(await apply(event(order, 'order.ticketing_delayed', { expectedBy: '2030-06-01T08:00:00Z' }))).toEqual({
      kind: 'applied',
      tenantId: k.huachen,
      orderId: order.id,
    });
    expect((await apply(event(order, 'order.ticketed', { ticketNumbers: ['781-1'] }))).kind).toBe('applied');
    expect((await apply(event(order, 'order.ticketed'))).kind).toBe('applied');
    expect((await apply(event(order, 'flight.delayed', { delayMinutes: 45 }))).kind).toBe('applied');
    expect((await apply(event(order, 'flight.arrived'))).kind).toBe('applied');
    const now = await inOrderWork(k, (w) => loadOrder(w.tx, w.tenantId, order.id));
    expect(now.status).toBe('flown');
    expect(await timelineTypes(k, order.id)).toEqual([
      'order.created',
      'order.booking',
      'order.ticketing_delayed',
      'order.ticketed',
      'order.supplier_update',
      'order.supplier_update',
      'order.flown',
    ]);
  });

  it('dead-letters unknown codes, events of another category and transitions the order refuses — still on the timeline', async () => {
    expect(await apply(event({ trackingCode: 'F222-2222-2' }, 'order.ticketed'))).toMatchObject({ kind: 'dead', reason: 'unknown_order' });
    expect(await apply(event({ trackingCode: 'NOT-A-CODE' }, 'order.ticketed'))).toMatchObject({ kind: 'dead', reason: 'unknown_order' });
    const order = await inOrderWork(k, (w) => createOrder(w, flightInput(traveller.id)));
    expect(await apply(event(order, 'hotel.checked_in'))).toMatchObject({ kind: 'dead', reason: 'illegal_transition' });
    expect(await apply(event(order, 'flight.arrived'))).toMatchObject({ kind: 'dead', reason: 'illegal_transition' });
    await inOrderWork(k, (w) => startBooking(w, order.id, { holdId: 'H' }));
    await inOrderWork(k, (w) => issueOrder(w, order.id));
    expect(await apply(event(order, 'order.refunded', { refundFen: -5 }))).toMatchObject({ kind: 'dead', reason: 'invalid_data' });
    expect(await apply(event(order, 'order.refunded', { refundFen: 100_000, feeFen: 20_000 }))).toMatchObject({ kind: 'applied' });
    expect(await timelineTypes(k, order.id)).toEqual([
      'order.created',
      'order.supplier_update',
      'order.supplier_update',
      'order.booking',
      'order.ticketed',
      'order.supplier_update',
      'order.refunded',
    ]);
  });
});
