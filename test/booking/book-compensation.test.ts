import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/modules/simulator/index.ts';
import { createSupplierGateway, supplierDirectoryOf, type SupplierGateway } from '../../src/modules/suppliers/index.ts';
import { signInAs, type SignedIn } from '../support/app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { bookingTestApp } from './booking-app.ts';

/**
 * The booking workflow (hold → approval → book) undoes what it did when a later step fails, and
 * says so on the order's timeline: a failure injected at each supplier step, and a rejected approval.
 */

let t: Awaited<ReturnType<typeof bookingTestApp>>;
let traveller: SignedIn;
let real: SupplierGateway;
const faults = { hold: false, book: false };
let released: string[] = [];

const gateway: SupplierGateway = {
  search: (...a) => real.search(...a),
  hold: (...a) => (faults.hold ? Promise.reject(new Error('sold out while holding')) : real.hold(...a)),
  release: (category, code, holdId) => {
    released.push(holdId);
    return real.release(category, code, holdId);
  },
  book: (...a) => (faults.book ? Promise.reject(new Error('the airline refused the booking')) : real.book(...a)),
  change: (...a) => real.change(...a),
  cancel: (...a) => real.cancel(...a),
  status: (...a) => real.status(...a),
};

beforeAll(async () => {
  t = await bookingTestApp(() => gateway);
  const simulator = createSimulator({ db: t.db.database.db, sink: async () => {}, settings: { latencyMs: 0 } });
  real = createSupplierGateway({ adapters: simulator.adapters, directory: supplierDirectoryOf(t.db.database.db) });
  traveller = await signInAs(t.app, 'traveller@huachen.example.com');
});
afterAll(async () => {
  await t?.close();
});
beforeEach(() => {
  faults.hold = false;
  faults.book = false;
  released = [];
});

const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const search = { category: 'flight', query: { originCityId: 'shanghai', destinationCityId: 'beijing', date } };

interface Option {
  offer: { supplierCode: string; offerId: string; cabin: string };
  policy: { compliant: boolean; outcome: string } | null;
  bookable: boolean;
}

async function options(): Promise<Option[]> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/booking/search', headers: traveller.headers, payload: search });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ options: Option[] }>().options;
}

async function book(option: Option, extra: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/booking/orders',
    headers: traveller.headers,
    payload: { search, supplierCode: option.offer.supplierCode, offerId: option.offer.offerId, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ order: { id: string; status: string }; workflow: { status: string; step: string | null } }>();
}

async function stepsOf(orderId: string) {
  const rows = await t.db.database.query<{ data: { step: string; event: string; becauseStep?: string } }>(
    "select data from timeline_events where entity_type = 'order' and entity_id = $1 and type = 'order.booking_step' order by seq",
    [orderId],
  );
  return rows.map((r) => `${r.data.step}:${r.data.event}${r.data.becauseStep ? `<${r.data.becauseStep}` : ''}`);
}

const status = async (id: string) =>
  (await t.db.database.query<{ status: string }>('select status from orders where id = $1', [id]))[0]?.status;

describe('compensation in the booking workflow', () => {
  it('the hold fails: nothing to undo, the order is called off and says why', async () => {
    const option = (await options()).find((o) => o.bookable && o.policy?.compliant !== false)!;
    faults.hold = true;
    const placed = await book(option);
    expect(placed.workflow.status).toBe('compensated');
    expect(await status(placed.order.id)).toBe('cancelled');
    expect(await stepsOf(placed.order.id)).toEqual(['hold:failed']);
    expect(released).toEqual([]);
  });

  it('the booking fails: the hold is released, newest first, and the order fails', async () => {
    const option = (await options()).find((o) => o.bookable && o.policy?.compliant !== false)!;
    faults.book = true;
    const placed = await book(option);
    expect(placed.workflow.status).toBe('compensated');
    expect(await status(placed.order.id)).toBe('failed');
    expect(await stepsOf(placed.order.id)).toEqual(['hold:completed', 'approval:completed', 'book:failed', 'hold:compensated<book']);
    expect(released).toHaveLength(1);
  });

  it('the approval is rejected: the hold waits meanwhile, then is released', async () => {
    const over = (await options()).find((o) => o.bookable && o.policy?.outcome === 'require_approval');
    if (!over) return expect.fail('the demo policy asks approval for business class of a junior traveller');
    const placed = await book(over, { reason: { text: '需要商务舱' } });
    expect(placed.order.status).toBe('pending_approval');
    expect(placed.workflow).toMatchObject({ status: 'waiting', step: 'approval' });
    const [task] = await t.db.database.query<{ instance_id: string; email: string }>(
      `select k.instance_id, a.email from orders o join approval_tasks k on k.instance_id = o.approval_instance_id
         join accounts a on a.employee_id = k.approver_id where o.id = $1 limit 1`,
      [placed.order.id],
    );
    const approver = await signInAs(t.app, task!.email, DEMO_PASSWORD);
    const acted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/approvals/${task!.instance_id}/actions`,
      headers: approver.headers,
      payload: { action: 'reject', comment: '经济舱即可' },
    });
    expect(acted.statusCode, acted.body).toBe(200);
    expect(await status(placed.order.id)).toBe('rejected');
    await t.app.supply.drain();
    expect(released).toHaveLength(1);
    expect(await stepsOf(placed.order.id)).toEqual([
      'hold:completed',
      'approval:waiting',
      'approval:resumed',
      'approval:failed',
      'hold:compensated<approval',
    ]);
  });
});
