import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelOrder,
  changeOrder,
  createOrder,
  issueOrder,
  loadOrder,
  markTicketingDelayed,
  parseTrackingCode,
  refundOrder,
  startBooking,
} from '../../src/modules/orders/index.ts';
import { approvalKit, type Caller, type Kit, ok } from '../approval/approval-test-kit.ts';
import { act } from '../approval/travel-fixtures.ts';
import { auditActions, flightInput, inOrderWork, timelineTypes } from './order-kit.ts';

/** 订单生命周期 on a real database: create → approve → book → ticket → change (child order) → refund, with timeline and audit. */

let k: Kit;
let travellerId: string;
let manager: Caller;

beforeAll(async () => {
  k = await approvalKit();
  travellerId = (await k.employeeOf('traveller@huachen.example.com')).id;
  manager = await k.as('approver@huachen.example.com');
});
afterAll(async () => {
  await k?.close();
});

describe('an order from booking to refund', () => {
  it('is created with a tracking code, booked, ticketed, changed into a child order and refunded', async () => {
    const order = await inOrderWork(k, (w) => createOrder(w, flightInput(travellerId)));
    expect(order.status).toBe('approved');
    expect(parseTrackingCode(order.trackingCode)).toEqual({ code: order.trackingCode, category: 'flight' });

    await inOrderWork(k, (w) => startBooking(w, order.id, { holdId: 'H-1', bookingRef: 'MU-PNR1' }));
    const delayed = await inOrderWork(k, (w) => markTicketingDelayed(w, order.id, { expectedBy: '2030-06-01T06:00:00Z' }));
    expect(delayed).toMatchObject({ status: 'booking', ticketingDelayed: true });
    const ticketed = await inOrderWork(k, (w) => issueOrder(w, order.id, { ticketNumbers: ['781-2400000001'] }));
    expect(ticketed).toMatchObject({ status: 'ticketed', ticketingDelayed: false });
    expect(ticketed.issuedAt).not.toBeNull();

    const [parent, child] = await inOrderWork(k, (w) =>
      changeOrder(w, order.id, {
        offer: { flightNo: 'MU5103' },
        amountFen: 130_000,
        fareDifferenceFen: 10_000,
        changeFeeFen: 5_000,
        serviceStartAt: new Date('2030-06-11T00:00:00Z'),
        serviceEndAt: new Date('2030-06-11T02:15:00Z'),
        originCityId: 'shanghai',
        destinationCityId: 'beijing',
        bookingRef: 'MU-PNR2',
        issued: true,
      }),
    );
    expect(parent.status).toBe('changed');
    expect(child).toMatchObject({
      status: 'ticketed',
      parentOrderId: order.id,
      originalOrderId: order.id,
      fareDifferenceFen: 10_000,
      changeFeeFen: 5_000,
      supplierBookingRef: 'MU-PNR2',
    });
    expect(child.trackingCode).not.toBe(order.trackingCode);

    // A change of the change: the original stays the chain's first order.
    const [, grandchild] = await inOrderWork(k, (w) =>
      changeOrder(w, child.id, {
        offer: { flightNo: 'MU5105' },
        amountFen: 125_000,
        fareDifferenceFen: -5_000,
        changeFeeFen: 2_000,
        serviceStartAt: new Date('2030-06-12T00:00:00Z'),
        serviceEndAt: new Date('2030-06-12T02:15:00Z'),
        originCityId: 'shanghai',
        destinationCityId: 'beijing',
        bookingRef: null,
        issued: false,
      }),
    );
    expect(grandchild).toMatchObject({ status: 'booking', parentOrderId: child.id, originalOrderId: order.id });
    await inOrderWork(k, (w) => issueOrder(w, grandchild.id, { bookingRef: 'MU-PNR3' }));
    const refunded = await inOrderWork(k, (w) => refundOrder(w, grandchild.id, { refundFen: 100_000, feeFen: 27_000 }));
    expect(refunded).toMatchObject({ status: 'refunded', refundFen: 100_000, refundFeeFen: 27_000 });

    expect(await timelineTypes(k, order.id)).toEqual([
      'order.created',
      'order.booking',
      'order.ticketing_delayed',
      'order.ticketed',
      'order.changed',
    ]);
    expect(await timelineTypes(k, grandchild.id)).toEqual(['order.change_created', 'order.ticketed', 'order.refunded']);
    expect(await auditActions(k, order.id)).toEqual(await timelineTypes(k, order.id));
  });

  it('refuses illegal moves with ORDER_ILLEGAL_TRANSITION and changes nothing', async () => {
    const order = await inOrderWork(k, (w) => createOrder(w, flightInput(travellerId)));
    await expect(inOrderWork(k, (w) => issueOrder(w, order.id))).rejects.toMatchObject({
      code: 'ORDER_ILLEGAL_TRANSITION',
      details: { status: 'approved', event: 'issue', allowed: ['start_booking', 'cancel'] },
    });
    await expect(inOrderWork(k, (w) => refundOrder(w, order.id, { refundFen: 1, feeFen: 0 }))).rejects.toMatchObject({
      code: 'ORDER_ILLEGAL_TRANSITION',
    });
    expect((await inOrderWork(k, (w) => loadOrder(w.tx, w.tenantId, order.id))).status).toBe('approved');
    expect(await timelineTypes(k, order.id)).toEqual(['order.created']);
    await inOrderWork(k, (w) => cancelOrder(w, order.id, { reason: '行程取消' }));
    expect((await inOrderWork(k, (w) => loadOrder(w.tx, w.tenantId, order.id))).status).toBe('cancelled');
  });

  it('asks for a 超标原因 when out of policy, refuses a blocked option, and checks its input', async () => {
    const outOfPolicy = { versionId: null, outcome: 'warn', compliant: false, verdict: null };
    await expect(inOrderWork(k, (w) => createOrder(w, flightInput(travellerId, { policy: outOfPolicy })))).rejects.toMatchObject({
      code: 'REASON_REQUIRED',
    });
    await expect(
      inOrderWork(k, (w) => createOrder(w, flightInput(travellerId, { policy: { ...outOfPolicy, outcome: 'block' } }))),
    ).rejects.toMatchObject({ code: 'POLICY_BLOCKED' });
    await expect(inOrderWork(k, (w) => createOrder(w, flightInput(travellerId, { travellerIds: [] })))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(inOrderWork(k, (w) => createOrder(w, flightInput(travellerId, { amountFen: -1 })))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('goes through the out-of-policy order flow and follows its approval', async () => {
    const order = await inOrderWork(k, (w) =>
      createOrder(
        w,
        flightInput(travellerId, {
          policy: { versionId: null, outcome: 'warn', compliant: false, verdict: { rule: 'cabin' } },
          reason: { code: 'NO_ECONOMY', text: '经济舱已售罄' },
          needsApproval: true,
        }),
      ),
    );
    expect(order.status).toBe('pending_approval');
    expect(order.approvalInstanceId).not.toBeNull();
    ok(await act(manager, order.approvalInstanceId ?? '', { action: 'approve' }));
    const approved = await inOrderWork(k, (w) => loadOrder(w.tx, w.tenantId, order.id));
    expect(approved.status).toBe('approved');
    expect(await timelineTypes(k, order.id)).toEqual(expect.arrayContaining(['order.created', 'approval.submitted', 'order.approved']));

    const rejectedOne = await inOrderWork(k, (w) =>
      createOrder(
        w,
        flightInput(travellerId, {
          policy: { versionId: null, outcome: 'warn', compliant: false, verdict: null },
          reason: { code: null, text: '客户指定航班' },
          needsApproval: true,
        }),
      ),
    );
    ok(await act(manager, rejectedOne.approvalInstanceId ?? '', { action: 'reject', comment: '请改经济舱' }));
    expect((await inOrderWork(k, (w) => loadOrder(w.tx, w.tenantId, rejectedOne.id))).status).toBe('rejected');
  });
});
