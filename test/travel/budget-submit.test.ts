import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, refused } from '../approval/approval-test-kit.ts';
import { act, createRequest, instanceOf, type RequestJson } from '../approval/travel-fixtures.ts';

/**
 * Budgets at submission: a forbidding budget refuses (BUDGET_EXCEEDED), a warning one needs a
 * reason (REASON_REQUIRED), both with the check; submission occupies the budgets, rejection,
 * withdrawal and cancellation release them. Budgets in 2031, clear of the demo's.
 */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let teamId: string;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
  );
  teamId = (await k.employeeOf('traveller@huachen.example.com')).departmentId;
});
afterAll(async () => {
  await k?.close();
});

interface BudgetJson {
  id: string;
  occupiedFen: number;
}

async function budget(month: string, control: 'allow' | 'warn' | 'forbid', yuan = 1_000): Promise<BudgetJson> {
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
const submit = (r: RequestJson, body: Record<string, unknown> = {}) => traveller.post(`/api/v1/travel-requests/${r.id}/submit`, body);

describe('the budget check at submission', () => {
  it('a budget that forbids: 422 BUDGET_EXCEEDED with the check; the request stays a draft, nothing occupied', async () => {
    const b = await budget('2031-08', 'forbid');
    const r = await createRequest(traveller, { date: '2031-08-10', yuan: 3_000 });
    const err = refused(await submit(r, { overBudgetReason: '紧急' }), 422, 'BUDGET_EXCEEDED');
    const check = err.details?.check as {
      outcome: string;
      lines: { budgetId: string; outcome: string; explanation: Record<string, string> }[];
    };
    expect(check.outcome).toBe('forbid');
    expect(check.lines.find((l) => l.budgetId === b.id)).toMatchObject({ outcome: 'forbid' });
    expect(check.lines[0]?.explanation['zh-CN']).toContain('上海销售部');
    expect(ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`))).toMatchObject({
      status: 'draft',
      approval: null,
      budgetCheck: null,
    });
    expect(await occupied(b)).toBe(0);
  });

  it('a budget that warns: a reason is required, then the request goes on with the check and the reason', async () => {
    const b = await budget('2031-09', 'warn');
    const r = await createRequest(traveller, { date: '2031-09-10', yuan: 3_000 });
    const err = refused(await submit(r), 422, 'REASON_REQUIRED');
    expect((err.details?.check as { outcome: string }).outcome).toBe('warn');
    refused(await submit(r, { overBudgetReason: '   ' }), 422, 'REASON_REQUIRED');
    const submitted = ok<RequestJson>(await submit(r, { overBudgetReason: '客户临时要求提前签约' }));
    expect(submitted).toMatchObject({ status: 'approving', overBudgetReason: '客户临时要求提前签约' });
    expect(submitted.budgetCheck?.outcome).toBe('warn');
    expect(submitted.timeline.find((e) => e.type === 'travel_request.submitted')?.data).toMatchObject({
      budgetOutcome: 'warn',
      overBudgetReason: '客户临时要求提前签约',
    });
    expect(await occupied(b)).toBe(300_000);

    // The approver's inbox shows where and when, and flags it as over budget with the reason.
    const inbox = ok<{ items: { instanceId: string; itinerary: unknown[]; flags: unknown[] }[] }>(
      await manager.get('/api/v1/approvals/inbox', { limit: '200' }),
    );
    expect(inbox.items.find((i) => i.instanceId === instanceOf(submitted))).toMatchObject({
      itinerary: [{ fromCity: '上海', toCity: '北京', departDate: '2031-09-10', returnDate: '2031-09-10' }],
      flags: [{ code: 'over_budget', note: '客户临时要求提前签约' }],
    });

    // Rejected: the budget is released.
    ok(await act(manager, instanceOf(submitted), { action: 'reject', comment: '超预算，暂缓' }));
    const rejected = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
    expect(rejected.status).toBe('rejected');
    expect(rejected.timeline.at(-1)).toMatchObject({ type: 'travel_request.rejected', data: { budgetsReleased: true } });
    expect(await occupied(b)).toBe(0);
  });

  it('out of the travel policy: the approver’s inbox flags it with the reason given', async () => {
    const draft = ok<RequestJson>(
      await traveller.post('/api/v1/travel-requests', {
        // ¥750 a night in 上海, over its ¥600 cap: the standard policy warns.
        purpose: '行业大会',
        itinerary: [{ fromCity: '北京', toCity: '上海', departDate: '2031-07-10', returnDate: '2031-07-12' }],
        estimate: { flight: 0, hotel: 150_000, train: 0, car: 0, other: 0 },
      }),
      201,
    );
    refused(await submit(draft), 422, 'REASON_REQUIRED');
    const submitted = ok<RequestJson>(await submit(draft, { policyReason: '会场酒店' }));
    const inbox = ok<{ items: { instanceId: string; flags: { code: string; note: string | null }[] }[] }>(
      await manager.get('/api/v1/approvals/inbox', { limit: '200' }),
    );
    const item = inbox.items.find((i) => i.instanceId === instanceOf(submitted));
    expect(item?.flags.filter((f) => f.code === 'out_of_policy')).toEqual([{ code: 'out_of_policy', note: '会场酒店' }]);
  });

  it('within budget: ok without a reason (a reason given is not kept); withdrawal releases the occupation', async () => {
    const b = await budget('2031-10', 'forbid', 10_000);
    const r = await createRequest(traveller, { date: '2031-10-10', yuan: 3_000 });
    const submitted = ok<RequestJson>(await submit(r, { overBudgetReason: '不需要' }));
    expect(submitted).toMatchObject({ status: 'approving', overBudgetReason: null });
    expect(submitted.budgetCheck?.outcome).toBe('ok');
    expect(await occupied(b)).toBe(300_000);
    const withdrawn = ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${r.id}/withdraw`, { comment: '行程取消' }));
    expect(withdrawn.status).toBe('withdrawn');
    expect(await occupied(b)).toBe(0);
  });

  it('a returned request resubmitted is not counted twice against the budget', async () => {
    const b = await budget('2031-12', 'warn', 10_000);
    const r = await createRequest(traveller, { date: '2031-12-10', yuan: 8_000 });
    const submitted = ok<RequestJson>(await submit(r));
    expect(await occupied(b)).toBe(800_000);
    ok(await act(manager, instanceOf(submitted), { action: 'return', comment: '请压缩预算' }));
    const smaller = { flight: 500_000, hotel: 200_000, train: 0, car: 0, other: 0 };
    ok(await traveller.patch(`/api/v1/travel-requests/${r.id}`, { estimate: smaller }));
    // ¥7,000 fits the ¥10,000 budget once the first submission's ¥8,000 no longer counts.
    const resubmitted = ok<RequestJson>(await submit(r));
    expect(resubmitted.status).toBe('approving');
    expect(resubmitted.budgetCheck?.outcome).toBe('ok');
    expect(await occupied(b)).toBe(700_000);
  });

  it('an approved request keeps its occupation until it is cancelled', async () => {
    const b = await budget('2031-11', 'warn', 10_000);
    const r = await createRequest(traveller, { date: '2031-11-10', yuan: 2_000 });
    const submitted = ok<RequestJson>(await submit(r));
    ok(await act(manager, instanceOf(submitted), { action: 'approve' }));
    ok(await act(finance, instanceOf(submitted), { action: 'approve' }));
    expect(await occupied(b)).toBe(200_000);
    const cancelled = ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${r.id}/cancel`, {}));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.timeline.at(-1)).toMatchObject({
      type: 'travel_request.cancelled',
      data: { from: 'approved', budgetsReleased: true },
    });
    expect(await occupied(b)).toBe(0);
    refused(await traveller.post(`/api/v1/travel-requests/${r.id}/cancel`, {}), 409, 'INVALID_STATE');
  });
});
