import { actualSpendOfRequest } from '../../src/actual-spend.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/modules/access/principal.ts';
import { completeIn } from '../../src/modules/travel/completion/complete-travel-request.ts';
import { runTravelCommand } from '../../src/modules/travel/travel-commands.ts';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from '../approval/approval-test-kit.ts';
import { act, instanceOf, pendingNames, type ApprovalJson, type RequestJson } from '../approval/travel-fixtures.ts';

/**
 * 变更: an approved request's dates, cities and estimate change. Within what was approved it applies
 * at once; beyond it, it waits for its own approval while the request keeps its approved content;
 * rejection leaves the request as it was; the budget occupation follows what applies. Budgets in
 * 2034, clear of the demo's and of the other tests'.
 */

interface Content {
  itinerary: { fromCity: string; toCity: string; departDate: string; returnDate: string | null }[];
  estimate: Record<string, number>;
  estimatedTotalFen: number;
}
interface ChangeJson {
  id: string;
  status: string;
  reasons: string[];
  before: Content;
  after: Content;
  note: string | null;
  budgetCheck: { outcome: string } | null;
  approval: ApprovalJson | null;
}
type Detail = RequestJson & { itinerary: Content['itinerary']; changes: ChangeJson[] };
interface BudgetJson {
  id: string;
  occupiedFen: number;
}

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let other: Caller;
let teamId: string;
let managerId: string;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, other] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'traveller@yunfan.example.com',
  );
  teamId = (await k.employeeOf('traveller@huachen.example.com')).departmentId;
  managerId = (await k.employeeOf('approver@huachen.example.com')).id;
});
afterAll(async () => {
  await k?.close();
});

const leg = (fromCity: string, toCity: string, departDate: string, returnDate: string | null = null) => ({
  fromCity,
  toCity,
  departDate,
  returnDate,
});
const estimate = (yuan: number) => ({ flight: yuan * 60, hotel: yuan * 40, train: 0, car: 0, other: 0 });

async function budget(month: string, yuan = 100_000, control = 'forbid'): Promise<BudgetJson> {
  return ok<BudgetJson>(
    await finance.post('/api/v1/budgets', {
      scopeType: 'department',
      scopeId: teamId,
      periodType: 'month',
      periodStart: `${month}-01`,
      amountFen: yuan * 100,
      control,
    }),
    201,
  );
}
const occupied = async (b: BudgetJson) => ok<BudgetJson>(await finance.get(`/api/v1/budgets/${b.id}`)).occupiedFen;
const read = async (r: { id: string }) => ok<Detail>(await traveller.get(`/api/v1/travel-requests/${r.id}`));

/** An approved request: 上海 → 北京 from the 10th to the 14th of the month, ¥5,000. */
async function approved(month: string): Promise<Detail> {
  const draft = ok<Detail>(
    await traveller.post('/api/v1/travel-requests', {
      purpose: '客户拜访',
      itinerary: [leg('上海', '北京', `${month}-10`), leg('北京', '上海', `${month}-14`)],
      estimate: estimate(5_000),
    }),
    201,
  );
  const submitted = ok<Detail>(await traveller.post(`/api/v1/travel-requests/${draft.id}/submit`, {}));
  ok(await act(manager, instanceOf(submitted), { action: 'approve' }));
  ok(await act(finance, instanceOf(submitted), { action: 'approve' }));
  const done = await read(draft);
  expect(done.status).toBe('approved');
  return done;
}
const change = (r: { id: string }, body: Record<string, unknown>, by: Caller = traveller) =>
  by.post(`/api/v1/travel-requests/${r.id}/changes`, body);

describe('a change within what was approved', () => {
  it('applies at once: narrower dates, the same cities, a lower amount; the occupation follows', async () => {
    const b = await budget('2034-01');
    const r = await approved('2034-01');
    expect(await occupied(b)).toBe(500_000);
    const body = { itinerary: [leg('SHA', '北京市', '2034-01-11'), leg('Beijing', '上海', '2034-01-13')], estimate: estimate(4_000) };
    const plan = ok<{ reasons: string[]; budgetCheck: { outcome: string } }>(
      await traveller.post(`/api/v1/travel-requests/${r.id}/changes/preview`, body),
    );
    expect(plan).toMatchObject({ reasons: [], budgetCheck: { outcome: 'ok' } });
    const changed = ok<Detail>(await change(r, { ...body, note: '提前一天回来' }));
    expect(changed).toMatchObject({ status: 'approved', estimatedTotalFen: 400_000 });
    expect(changed.itinerary[0]?.departDate).toBe('2034-01-11');
    expect(changed.changes).toHaveLength(1);
    expect(changed.changes[0]).toMatchObject({ status: 'applied', reasons: [], note: '提前一天回来', approval: null });
    expect(changed.changes[0]?.before.estimatedTotalFen).toBe(500_000);
    expect(changed.timeline.map((e) => e.type).slice(-2)).toEqual(['travel_request.change_requested', 'travel_request.change_applied']);
    expect(changed.timeline.at(-1)?.data).toMatchObject({ how: 'within_bounds' });
    expect(await occupied(b)).toBe(400_000);
    // The approved bounds stay those approved: going back to the original needs no approval either.
    const back = ok<Detail>(
      await change(r, { itinerary: [leg('上海', '北京', '2034-01-10'), leg('北京', '上海', '2034-01-14')], estimate: estimate(5_000) }),
    );
    expect(back.changes[0]).toMatchObject({ status: 'applied', reasons: [] });
    expect(await occupied(b)).toBe(500_000);
    // The audit log has the change.
    const [audit] = await k.db.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where tenant_id = $1 and entity_id = $2 and action = 'travel_request.change_applied'`,
      [k.huachen, r.id],
    );
    expect(audit?.n).toBe(2);
  });
});

describe('a change beyond what was approved', () => {
  it('needs approval; the request keeps its approved content and occupation until the change is approved', async () => {
    const b = await budget('2034-02');
    const r = await approved('2034-02');
    const body = { itinerary: [leg('上海', '广州', '2034-02-10', '2034-02-16')], estimate: estimate(6_000), note: '客户改在广州' };
    const plan = ok<{ reasons: string[] }>(await traveller.post(`/api/v1/travel-requests/${r.id}/changes/preview`, body));
    expect(plan.reasons).toEqual(['dates_outside', 'new_city', 'amount_higher']);
    const pending = ok<Detail>(await change(r, body));
    expect(pending).toMatchObject({ status: 'approved', estimatedTotalFen: 500_000 });
    expect(pending.itinerary[0]?.toCity).toBe('北京');
    const c = pending.changes[0];
    expect(c).toMatchObject({ status: 'approving', reasons: ['dates_outside', 'new_city', 'amount_higher'] });
    expect(c?.approval?.instanceId).not.toBe(instanceOf(pending));
    // From the traveller's manager again, for the new amount.
    expect(pendingNames(c?.approval ?? null)).toEqual([managerId]);
    expect(await occupied(b)).toBe(500_000);
    // One change at a time.
    refused(await change(r, { estimate: estimate(1_000) }), 409, 'INVALID_STATE');
    // The manager sees it in the inbox, marked as a change, and approves; then finance.
    const inbox = ok<{ items: { subjectId: string; title: string }[] }>(await manager.get('/api/v1/approvals/inbox'));
    expect(inbox.items.find((i) => i.subjectId === r.id)?.title).toContain('变更');
    const managerView = ok<Detail>(await manager.get(`/api/v1/travel-requests/${r.id}`));
    expect(managerView.changes[0]?.approval?.canAct).toBe(true);
    ok(await act(manager, c?.approval?.instanceId ?? '', { action: 'approve' }));
    expect((await read(r)).itinerary[0]?.toCity).toBe('北京');
    ok(await act(finance, c?.approval?.instanceId ?? '', { action: 'approve' }));
    const applied = await read(r);
    expect(applied).toMatchObject({ status: 'approved', estimatedTotalFen: 600_000 });
    expect(applied.itinerary).toEqual([leg('上海', '广州', '2034-02-10', '2034-02-16')]);
    expect(applied.changes[0]?.status).toBe('applied');
    expect(applied.timeline.at(-1)).toMatchObject({ type: 'travel_request.change_applied', data: { how: 'approved' } });
    expect(await occupied(b)).toBe(600_000);
    // The approved change is the new bound: a cheaper trip to 广州 needs no approval.
    const cheaper = ok<Detail>(await change(r, { estimate: estimate(5_500) }));
    expect(cheaper.changes[0]).toMatchObject({ status: 'applied', reasons: [] });
  });

  it('rejected: the request stays as it was, with its occupation; withdrawn likewise', async () => {
    const b = await budget('2034-03');
    const r = await approved('2034-03');
    const pending = ok<Detail>(await change(r, { estimate: estimate(9_000) }));
    const c = pending.changes[0];
    expect(c?.reasons).toEqual(['amount_higher']);
    ok(await act(manager, c?.approval?.instanceId ?? '', { action: 'reject', comment: '不必增加预算' }));
    const after = await read(r);
    expect(after).toMatchObject({ status: 'approved', estimatedTotalFen: 500_000 });
    expect(after.changes[0]?.status).toBe('rejected');
    expect(after.timeline.at(-1)).toMatchObject({ type: 'travel_request.change_rejected' });
    expect(await occupied(b)).toBe(500_000);

    const again = ok<Detail>(await change(r, { itinerary: [leg('上海', '深圳', '2034-03-10')] }));
    const second = again.changes[0];
    expect(second).toMatchObject({ status: 'approving', reasons: ['new_city'] });
    refused(await traveller.post(`/api/v1/travel-requests/${r.id}/changes/${c?.id}/withdraw`, {}), 409, 'INVALID_STATE');
    const withdrawn = ok<Detail>(await traveller.post(`/api/v1/travel-requests/${r.id}/changes/${second?.id}/withdraw`, {}));
    expect(withdrawn.changes[0]?.status).toBe('withdrawn');
    expect(withdrawn.itinerary[0]?.toCity).toBe('北京');
    expect(await occupied(b)).toBe(500_000);
  });

  it('cancelling the request ends its pending change and releases the budget', async () => {
    const b = await budget('2034-04');
    const r = await approved('2034-04');
    const pending = ok<Detail>(await change(r, { estimate: estimate(7_000) }));
    const cancelled = ok<Detail>(await traveller.post(`/api/v1/travel-requests/${r.id}/cancel`, {}));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.changes[0]?.status).toBe('cancelled');
    expect(cancelled.changes[0]?.approval?.status).toBe('cancelled');
    expect(pending.changes[0]?.status).toBe('approving');
    expect(await occupied(b)).toBe(0);
  });

  it('ending the trip by hand ends a change still in approval; the approvers are no longer asked', async () => {
    const r = await approved('2034-07');
    const pending = ok<Detail>(await change(r, { estimate: estimate(8_000) }));
    const instanceId = pending.changes[0]?.approval?.instanceId ?? '';
    const travellerId = pending.requesterId;
    const viewer = { employeeId: travellerId, canReadAll: false, isAdmin: false };
    await runTravelCommand(
      k.deps,
      { tenantId: k.huachen, actor: systemActor('测试'), viewer, id: r.id, now: new Date('2034-07-12T04:00:00Z') },
      (work) => completeIn(work, { id: r.id, viewer, input: {}, actualSpend: actualSpendOfRequest }),
    );
    const done = await read(r);
    expect(done.status).toBe('completed');
    expect(done.changes[0]).toMatchObject({ status: 'cancelled', approval: { status: 'cancelled' } });
    expect(done.estimatedTotalFen).toBe(500_000);
    refused(await act(manager, instanceId, { action: 'approve' }), 409, 'INVALID_STATE');
  });

  it('a change over a forbidding budget is refused (the request’s own occupation replaced, not counted twice)', async () => {
    const b = await budget('2034-05', 6_000);
    const r = await approved('2034-05');
    // ¥5,500 fits a ¥6,000 budget once the ¥5,000 it replaces no longer counts (it goes to approval: a higher amount).
    const pending = ok<Detail>(await change(r, { estimate: estimate(5_500) }));
    expect(pending.changes[0]).toMatchObject({ status: 'approving', budgetCheck: { outcome: 'ok' } });
    ok(await traveller.post(`/api/v1/travel-requests/${r.id}/changes/${pending.changes[0]?.id}/withdraw`, {}));
    const err = refused(await change(r, { estimate: estimate(6_500) }), 422, 'BUDGET_EXCEEDED');
    expect((err.details?.check as { lines: { usedFen: number; requestFen: number }[] }).lines[0]).toMatchObject({
      usedFen: 0,
      requestFen: 650_000,
    });
    expect((await read(r)).changes).toHaveLength(1);
    expect(await occupied(b)).toBe(500_000);
  });
});

describe('who may change what', () => {
  it('bad input, the wrong state, someone else, another tenant: 4xx', async () => {
    const r = await approved('2034-06');
    const empty = refused(await change(r, {}), 422, 'VALIDATION_FAILED');
    expect(pathsOf(empty)).toEqual(['']);
    refused(await change(r, { itinerary: r.itinerary }), 422, 'VALIDATION_FAILED');
    refused(await change(r, { itinerary: [leg('上海', '北京', '2034-06-31')] }), 422, 'VALIDATION_FAILED');
    refused(await change(r, { itinerary: [leg('上海', '北京', '2034-06-12', '2034-06-11')] }), 422, 'VALIDATION_FAILED');
    refused(await change(r, { estimate: { flight: -1, hotel: 0, train: 0, car: 0, other: 0 } }), 422, 'VALIDATION_FAILED');
    refused(await change(r, { estimate: estimate(1), purpose: 'x' }), 422, 'VALIDATION_FAILED');
    refused(await change(r, { estimate: estimate(1_000) }, manager), 403, 'FORBIDDEN');
    refused(await change(r, { estimate: estimate(1_000) }, other), 404, 'NOT_FOUND');
    refused(await other.post(`/api/v1/travel-requests/${r.id}/changes/preview`, { estimate: estimate(1_000) }), 404, 'NOT_FOUND');
    const draft = ok<Detail>(
      await traveller.post('/api/v1/travel-requests', {
        purpose: '草稿',
        itinerary: [leg('上海', '北京', '2034-06-10')],
        estimate: estimate(1_000),
      }),
      201,
    );
    refused(await change(draft, { estimate: estimate(500) }), 409, 'INVALID_STATE');
    expect((await read(r)).changes).toEqual([]);
  });
});
