import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, refused } from '../approval/approval-test-kit.ts';
import { act, instanceOf, type RequestJson, submittedRequest } from '../approval/travel-fixtures.ts';

/**
 * 预订前校验 and 预计审批人: an option checked against the traveller's approved travel request, policy
 * and approval flows (orders inside an approved request need no second approval unless a rule says
 * so), and the likely approvers of a request before it is submitted.
 */

interface CheckJson {
  travellerId: string;
  request: { id: string; code: string; status: string } | null;
  coverage: { covered: boolean; checks: { check: string; pass: boolean; explanation: Record<string, string> }[] } | null;
  version: { versionId: string } | null;
  evaluation: { policyVersionId: string; outcome: string; checks: { kind: string; applicable: boolean; passed: boolean }[] } | null;
  approval: {
    outcome: string;
    reason: string;
    explanation: Record<string, string>;
    flow: { id: string; name: string } | null;
    stages: { name: string; outcome: string; steps: { employeeId: string; name: string }[][] }[];
  };
}

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let admin: Caller;
let approved: RequestJson;
let managerId: string;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, admin] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'admin@huachen.example.com',
  );
  managerId = (await k.employeeOf('approver@huachen.example.com')).id;
  // 上海 → 北京 on 2030-03-10, flights estimated at ¥1,800.
  let r = await submittedRequest(traveller, { date: '2030-03-10', yuan: 3_000 });
  for (const approver of [manager, finance]) {
    if (r.status === 'approving') ok(await act(approver, instanceOf(r), { action: 'approve' }));
    r = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
  }
  expect(r.status).toBe('approved');
  approved = r;
});
afterAll(async () => {
  await k?.close();
});

const flight = (over: Record<string, unknown> = {}) => ({
  category: 'flight',
  cabin: 'economy',
  fareFen: 120_000,
  fullEconomyFareFen: 200_000,
  businessFareFen: 500_000,
  departureAt: '2030-03-10T01:00:00Z',
  arrivalAt: '2030-03-10T03:15:00Z',
  durationMinutes: 135,
  bookingAt: '2030-02-20T02:00:00Z',
  lowestFareInWindowFen: 120_000,
  origin: 'SHA',
  destination: 'BJS',
  ...over,
});
const check = async (caller: Caller, body: Record<string, unknown>) => ok<CheckJson>(await caller.post('/api/v1/travel/order-check', body));

const flowBody = (name: string, priority: number, conditions: unknown[]) => ({
  name,
  priority,
  definition: {
    conditions,
    stages: [{ id: 'manager', name: '直属上级审批', approvers: { kind: 'direct_manager' }, mode: 'any', onEmpty: { kind: 'skip' } }],
  },
});

describe('checking a booking against the approved travel request', () => {
  it('inside the request: covered, checked against the published policy (with the request matched), no second approval', async () => {
    const c = await check(traveller, { option: flight() });
    expect(c.request).toMatchObject({ id: approved.id, code: approved.code, status: 'approved' });
    expect(c.coverage?.covered).toBe(true);
    expect(c.coverage?.checks.map((x) => x.pass)).toEqual([true, true, true, true, true]);
    expect(c.evaluation?.policyVersionId).toBe(c.version?.versionId);
    const requestRule = c.evaluation?.checks.find((x) => x.kind === 'trip_requires_approved_request');
    if (requestRule?.applicable) expect(requestRule.passed).toBe(true);
    expect(c.approval).toMatchObject({ outcome: 'no_approval', reason: 'covered_by_request', flow: null, stages: [] });
    expect(c.approval.explanation['zh-CN']).toContain('无需再次审批');
  });

  it('outside the request: says which bound it leaves; the flows decide, and the approvers are named', async () => {
    const elsewhere = await check(traveller, { option: flight({ destination: 'CAN' }) });
    expect(elsewhere.coverage?.covered).toBe(false);
    expect(elsewhere.coverage?.checks.filter((x) => !x.pass).map((x) => x.check)).toEqual(['cities']);
    expect(elsewhere.coverage?.checks.find((x) => x.check === 'cities')?.explanation['zh-CN']).toContain('广州 不在申请行程');
    // The demo's flows are for travel requests and out-of-policy orders: none applies to this one.
    expect(elsewhere.approval).toMatchObject({ outcome: 'no_approval', reason: 'no_flow' });

    const orders = ok<{ id: string }>(
      await admin.post('/api/v1/approval-flows', flowBody('机票订单审批', 50, [{ kind: 'category_in', categories: ['flight'] }])),
      201,
    );
    try {
      const again = await check(traveller, { option: flight({ destination: 'CAN' }) });
      expect(again.approval).toMatchObject({
        outcome: 'approval_required',
        reason: 'not_covered',
        flow: { id: orders.id, name: '机票订单审批' },
      });
      expect(again.approval.stages[0]).toMatchObject({ name: '直属上级审批', outcome: 'open', steps: [[{ employeeId: managerId }]] });
      // A covered order still needs none, even with a flow for flights in place …
      expect((await check(traveller, { option: flight() })).approval).toMatchObject({
        outcome: 'no_approval',
        reason: 'covered_by_request',
      });
      // … unless a flow asks for covered orders.
      const covered = ok<{ id: string }>(
        await admin.post(
          '/api/v1/approval-flows',
          flowBody('申请内大额机票', 40, [
            { kind: 'within_approved_request', is: true },
            { kind: 'amount_at_least', fen: 100_000 },
          ]),
        ),
        201,
      );
      try {
        expect((await check(traveller, { option: flight() })).approval).toMatchObject({
          outcome: 'approval_required',
          reason: 'flow_requires_within_request',
          flow: { id: covered.id },
        });
        expect((await check(traveller, { option: flight({ fareFen: 90_000, lowestFareInWindowFen: 90_000 }) })).approval.reason).toBe(
          'covered_by_request',
        );
      } finally {
        expect((await admin.del(`/api/v1/approval-flows/${covered.id}`)).statusCode).toBe(204);
      }
    } finally {
      expect((await admin.del(`/api/v1/approval-flows/${orders.id}`)).statusCode).toBe(204);
    }
  });

  it('the demo’s out-of-policy flow: a rule requiring approval sends even a covered order to the manager; a warning only an uncovered one', async () => {
    // Business class is above a staff member's economy (require_approval), inside the request's dates and cities.
    const business = await check(traveller, { option: flight({ cabin: 'business', fareFen: 170_000, lowestFareInWindowFen: 170_000 }) });
    expect(business.coverage?.covered).toBe(true);
    expect(business.evaluation?.outcome).toBe('require_approval');
    expect(business.approval).toMatchObject({
      outcome: 'approval_required',
      reason: 'policy_requires_approval',
      flow: { name: '超标订单审批' },
    });
    expect(business.approval.stages).toMatchObject([{ name: '直属上级审批', outcome: 'open', steps: [[{ employeeId: managerId }]] }]);
    // Over the 70% price cap (a warning): covered, no approval; to Guangzhou instead, the flow applies.
    const dear = flight({ fareFen: 150_000, lowestFareInWindowFen: 150_000 });
    const covered = await check(traveller, { option: dear });
    expect(covered.evaluation?.outcome).toBe('warn');
    expect(covered.approval).toMatchObject({ outcome: 'no_approval', reason: 'covered_by_request' });
    const uncovered = await check(traveller, { option: { ...dear, destination: 'CAN' } });
    expect(uncovered.approval).toMatchObject({ outcome: 'approval_required', reason: 'not_covered', flow: { name: '超标订单审批' } });
  });

  it('over the request’s estimate or off its dates: not covered, explained', async () => {
    const dear = await check(traveller, { option: flight({ fareFen: 180_001, lowestFareInWindowFen: 180_001 }) });
    expect(dear.coverage?.checks.find((x) => x.check === 'amount')).toMatchObject({ pass: false });
    const late = await check(traveller, { option: flight({ departureAt: '2030-03-10T16:30:00Z', arrivalAt: '2030-03-10T18:30:00Z' }) });
    expect(late.coverage?.checks.find((x) => x.check === 'dates')?.explanation.en).toBe('2030-03-11 is outside the trip, 2030-03-10');
  });

  it('a named request must concern the traveller; another traveller needs policy.manage; bad options are 422', async () => {
    const other = await k.employeeOf('approver@huachen.example.com');
    refused(await manager.post('/api/v1/travel/order-check', { requestId: approved.id, option: flight() }), 404, 'NOT_FOUND');
    refused(await traveller.post('/api/v1/travel/order-check', { employeeId: other.id, option: flight() }), 403, 'FORBIDDEN');
    const forManager = await check(admin, { employeeId: other.id, option: flight() });
    expect(forManager).toMatchObject({ travellerId: other.id, request: null, coverage: null, approval: { reason: 'no_flow' } });
    refused(await traveller.post('/api/v1/travel/order-check', { option: { ...flight(), fareFen: -1 } }), 422, 'VALIDATION_FAILED');
    refused(await traveller.post('/api/v1/travel/order-check', { option: flight(), extra: true }), 422, 'VALIDATION_FAILED');
  });

  it('another tenant cannot check against a Huachen request', async () => {
    const yunfan = await k.as('traveller@yunfan.example.com');
    refused(await yunfan.post('/api/v1/travel/order-check', { requestId: approved.id, option: flight() }), 404, 'NOT_FOUND');
    expect((await check(yunfan, { option: flight() })).request?.id).not.toBe(approved.id);
  });
});

describe('the likely approvers of a request before it is submitted (预计审批人)', () => {
  it('names the flow and each stage’s approvers, resolved against the organisation now', async () => {
    const preview = ok<{
      flow: { name: string } | null;
      stages: { stageId: string; outcome: string; steps: { employeeId: string; name: string }[][] }[];
    }>(await traveller.post('/api/v1/approvals/preview', { category: 'travel_request', amountFen: 300_000 }));
    expect(preview.flow?.name).toBe('差旅申请审批');
    expect(preview.stages.map((s) => [s.stageId, s.outcome])).toEqual([
      ['manager', 'open'],
      ['finance', 'open'],
    ]);
    expect(preview.stages[0]?.steps).toEqual([
      [{ employeeId: managerId, name: (await k.employeeOf('approver@huachen.example.com')).name }],
    ]);
  });

  it('for someone else only with approval.manage; nothing applies to a category without a flow', async () => {
    const other = await k.employeeOf('approver@huachen.example.com');
    refused(
      await traveller.post('/api/v1/approvals/preview', { category: 'travel_request', amountFen: 1, requesterId: other.id }),
      403,
      'FORBIDDEN',
    );
    const forOther = ok<{ stages: { stageId: string; skipped: { employeeId: string; reason: string }[] }[] }>(
      await admin.post('/api/v1/approvals/preview', { category: 'travel_request', amountFen: 1, requesterId: other.id }),
    );
    expect(forOther.stages.length).toBeGreaterThan(0);
    expect(ok<{ flow: null; stages: [] }>(await traveller.post('/api/v1/approvals/preview', { category: 'car', amountFen: 1 }))).toEqual({
      flow: null,
      stages: [],
    });
    refused(await traveller.post('/api/v1/approvals/preview', { category: 'boat', amountFen: 1 }), 422, 'VALIDATION_FAILED');
  });
});
