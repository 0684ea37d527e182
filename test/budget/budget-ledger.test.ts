import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actualSpendOfRequest } from '../../src/actual-spend.ts';
import { systemActor } from '../../src/modules/access/principal.ts';
import type { BudgetEntryView, BudgetView } from '../../src/modules/budget/budget-types.ts';
import type { AdjustmentView } from '../../src/modules/budget/adjustments/adjustment-types.ts';
import { settleBudgets } from '../../src/modules/budget/ledger/settle-budgets.ts';
import { completeIn } from '../../src/modules/travel/completion/complete-travel-request.ts';
import { runTravelCommand } from '../../src/modules/travel/travel-commands.ts';
import { approvalKit, type Caller, type Kit, ok, refused } from '../approval/approval-test-kit.ts';
import { act, instanceOf, type RequestJson, submittedRequest } from '../approval/travel-fixtures.ts';
import { TEST_YEAR } from './budget-test-kit.ts';

/**
 * The budget ledger: a completed trip's occupation settled into actual spend (once), adjustments
 * (追加 / 调减 / 调剂) applied only when approved, never below what is used, and warning lines
 * told to the budget's owner once per crossing.
 */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let admin: Caller;
let yunfanAdmin: Caller;
let me: { id: string; departmentId: string; name: string };
let managerId: string;
/** The budget the increase test adjusts (reused by the bad-input test). */
let increasedId = '';

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, admin, yunfanAdmin] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'admin@huachen.example.com',
    'admin@yunfan.example.com',
  );
  me = await k.employeeOf('traveller@huachen.example.com');
  managerId = (await k.employeeOf('approver@huachen.example.com')).id;
});
afterAll(async () => {
  await k?.close();
});

const month = (m: number) => `${TEST_YEAR}-${String(m).padStart(2, '0')}`;

/** A monthly budget of the traveller's department (¥10,000 unless said). */
async function budget(m: number, over: Record<string, unknown> = {}): Promise<BudgetView> {
  return ok<BudgetView>(
    await finance.post('/api/v1/budgets', {
      scopeType: 'department',
      scopeId: me.departmentId,
      periodType: 'month',
      periodStart: `${month(m)}-01`,
      amountFen: 1_000_000,
      control: 'allow',
      ...over,
    }),
    201,
  );
}
const view = async (id: string) => ok<BudgetView>(await admin.get(`/api/v1/budgets/${id}`));
const entries = async (id: string) => ok<{ items: BudgetEntryView[] }>(await admin.get(`/api/v1/budgets/${id}/entries`)).items;
const adjust = (caller: Caller, id: string, body: Record<string, unknown>) => caller.post(`/api/v1/budgets/${id}/adjustments`, body);
const requested = async (id: string, body: Record<string, unknown>) => ok<AdjustmentView>(await adjust(admin, id, body), 201);
const decide = (a: AdjustmentView, action: 'approve' | 'reject') =>
  act(finance, a.approvalInstanceId ?? '', { action, ...(action === 'reject' ? { comment: '不同意' } : {}) });
const adjustment = async (a: AdjustmentView) => ok<AdjustmentView>(await admin.get(`/api/v1/budget-adjustments/${a.id}`));

async function approvedRequest(date: string, yuan: number): Promise<RequestJson> {
  let r = await submittedRequest(traveller, { date, yuan });
  for (const approver of [manager, finance]) {
    if (r.status !== 'approving') break;
    const res = await act(approver, instanceOf(r), { action: 'approve' });
    if (res.statusCode === 200) r = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
  }
  expect(r.status).toBe('approved');
  return r;
}

describe('settlement when a trip completes', () => {
  it('replaces the occupation by the actual spend, once, in words on the budget and the request’s timeline', async () => {
    const b = await budget(1);
    const r = await approvedRequest(`${month(1)}-12`, 3000); // ¥3,000
    expect((await view(b.id)).occupiedFen).toBe(300_000);
    const viewer = { employeeId: me.id, canReadAll: false, isAdmin: false };
    const complete = () =>
      runTravelCommand(
        k.deps,
        { tenantId: k.huachen, actor: systemActor('测试'), viewer, id: r.id, now: new Date(`${month(1)}-12T04:00:00Z`) },
        (work) => completeIn(work, { id: r.id, viewer, input: {}, actualSpend: actualSpendOfRequest }),
      );
    const done = await complete();
    expect(done.status).toBe('completed');
    expect(done.timeline.at(-1)).toMatchObject({
      type: 'travel_request.budget_settled',
      data: { releasedFen: 300_000, spentFen: 0, lines: [{ budgetId: b.id, releasedFen: 300_000, spentFen: 0 }] },
    });
    const after = await view(b.id);
    expect([after.occupiedFen, after.spentFen, after.remainingFen]).toEqual([0, 0, 1_000_000]);
    expect((await entries(b.id)).filter((e) => e.sourceId === r.id).map((e) => [e.kind, e.amountFen, e.cause])).toEqual([
      ['occupied', 300_000, null],
      ['released', -300_000, 'settlement'],
    ]);
    // Completing again is refused; settling again (a retried job) writes nothing.
    await expect(complete()).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const again = await k.inTenant((tx) =>
      settleBudgets(tx, {
        tenantId: k.huachen,
        sourceType: 'travel_request',
        sourceId: r.id,
        actualSpend: [{ budgetId: b.id, amountFen: 5 }],
      }),
    );
    expect(again.settled).toBe(false);
    expect((await entries(b.id)).filter((e) => e.sourceId === r.id)).toHaveLength(2);
  });

  it('records what the orders spent, per budget, in place of the estimate', async () => {
    const b = await budget(2);
    const r = await approvedRequest(`${month(2)}-03`, 2000); // ¥2,000 occupied
    const settled = await k.inTenant((tx) =>
      settleBudgets(tx, {
        tenantId: k.huachen,
        sourceType: 'travel_request',
        sourceId: r.id,
        actualSpend: [{ budgetId: b.id, amountFen: 123_400 }],
      }),
    );
    expect(settled).toMatchObject({ settled: true, releasedFen: 200_000, spentFen: 123_400 });
    const after = await view(b.id);
    expect([after.occupiedFen, after.spentFen, after.remainingFen]).toEqual([0, 123_400, 876_600]);
    await expect(
      k.inTenant((tx) =>
        settleBudgets(tx, {
          tenantId: k.huachen,
          sourceType: 'travel_request',
          sourceId: r.id + 'x',
          actualSpend: [{ budgetId: b.id, amountFen: -1 }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('cancelling an approved request releases its occupation (no settlement)', async () => {
    const b = await budget(3);
    const r = await approvedRequest(`${month(3)}-20`, 1000);
    ok(await traveller.post(`/api/v1/travel-requests/${r.id}/cancel`, { comment: '行程取消' }));
    expect((await view(b.id)).occupiedFen).toBe(0);
    expect((await entries(b.id)).map((e) => [e.kind, e.cause])).toEqual([
      ['occupied', null],
      ['released', null],
    ]);
  });
});

describe('adjustments (追加 / 调减 / 调剂) go through approval', () => {
  it('an increase applies when approved: the amount stays, the effective amount grows, the ledger says why', async () => {
    const b = await budget(4);
    increasedId = b.id;
    const a = await requested(b.id, { kind: 'increase', amountFen: 250_000, reason: '新增客户拜访计划' });
    expect(a).toMatchObject({ status: 'pending', kind: 'increase', amountFen: 250_000, budgetId: b.id, targetBudgetId: null });
    expect(a.code).toMatch(/^TZ\d{8}\d{5}$/);
    expect(await view(b.id)).toMatchObject({ amountFen: 1_000_000, pendingAdjustments: 1 });
    // The approval inbox of finance lists it.
    const inbox = ok<{ items: { subjectType?: string; subjectCode?: string; code?: string }[] }>(
      await finance.get('/api/v1/approvals/inbox'),
    );
    expect(JSON.stringify(inbox.items)).toContain(a.code);

    // Finance sees the approval with its turn to act; the requester sees it without.
    const forFinance = ok<AdjustmentView & { approval: { canAct: boolean; status: string } | null }>(
      await finance.get(`/api/v1/budget-adjustments/${a.id}`),
    );
    expect(forFinance.approval).toMatchObject({ canAct: true, status: 'pending' });
    expect(ok<{ approval: { canAct: boolean } | null }>(await admin.get(`/api/v1/budget-adjustments/${a.id}`)).approval?.canAct).toBe(
      false,
    );
    ok(await decide(a, 'approve'));
    expect((await adjustment(a)).status).toBe('applied');
    const after = await view(b.id);
    expect(after).toMatchObject({
      amountFen: 1_250_000,
      originalAmountFen: 1_000_000,
      adjustedFen: 250_000,
      remainingFen: 1_250_000,
      pendingAdjustments: 0,
    });
    expect((await entries(b.id)).map((e) => [e.kind, e.amountFen, e.sourceCode, e.adjustment?.reason])).toEqual([
      ['adjusted', 250_000, a.code, '新增客户拜访计划'],
    ]);
    // The amount itself is no longer edited once the ledger has entries.
    refused(await finance.patch(`/api/v1/budgets/${b.id}`, { amountFen: 2_000_000 }), 409, 'ADJUSTMENT_REQUIRED');
  });

  it('a rejected decrease changes nothing', async () => {
    const b = await budget(5);
    const a = await requested(b.id, { kind: 'decrease', amountFen: 100_000, reason: '项目延期' });
    ok(await decide(a, 'reject'));
    expect((await adjustment(a)).status).toBe('rejected');
    expect(await view(b.id)).toMatchObject({ amountFen: 1_000_000, adjustedFen: 0 });
    expect(await entries(b.id)).toEqual([]);
  });

  it('a transfer moves the amount between two budgets of the tenant', async () => {
    const from = await budget(6);
    const to = await budget(7);
    const a = await requested(from.id, { kind: 'transfer', amountFen: 300_000, reason: '调剂至下月', targetBudgetId: to.id });
    expect(a.targetBudgetName).toContain(`${TEST_YEAR}年7月`);
    expect((await view(to.id)).pendingAdjustments).toBe(1);
    ok(await decide(a, 'approve'));
    expect((await view(from.id)).amountFen).toBe(700_000);
    expect((await view(to.id)).amountFen).toBe(1_300_000);
    expect((await entries(to.id))[0]).toMatchObject({
      kind: 'adjusted',
      amountFen: 300_000,
      adjustment: { kind: 'transfer', otherBudgetId: from.id },
    });
    const listed = ok<{ items: AdjustmentView[] }>(await admin.get(`/api/v1/budgets/${to.id}/adjustments`)).items;
    expect(listed.map((x) => [x.code, x.status])).toEqual([[a.code, 'applied']]);
  });

  it('a decrease below what is used and occupied is refused, when asked and again when approved', async () => {
    const b = await budget(8);
    await submittedRequest(traveller, { date: `${month(8)}-05`, yuan: 6000 }); // ¥6,000 occupied of ¥10,000
    const err = refused(await adjust(admin, b.id, { kind: 'decrease', amountFen: 500_000, reason: '压缩' }), 409, 'BUDGET_BELOW_USED');
    expect(err.details).toMatchObject({ remainingFen: 400_000, requestedFen: 500_000 });
    // Each fits alone; once the first is applied the second no longer does.
    const first = await requested(b.id, { kind: 'decrease', amountFen: 300_000, reason: '压缩一' });
    const second = await requested(b.id, { kind: 'decrease', amountFen: 300_000, reason: '压缩二' });
    ok(await decide(first, 'approve'));
    refused(await decide(second, 'approve'), 409, 'BUDGET_BELOW_USED');
    expect((await adjustment(second)).status).toBe('pending');
    expect((await view(b.id)).amountFen).toBe(700_000);
  });

  it('two transfers out of one budget approved at the same moment cannot overdraw it', async () => {
    const from = await budget(9);
    const to1 = await budget(10);
    const to2 = await budget(11);
    const a1 = await requested(from.id, { kind: 'transfer', amountFen: 600_000, reason: '调剂一', targetBudgetId: to1.id });
    const a2 = await requested(from.id, { kind: 'transfer', amountFen: 600_000, reason: '调剂二', targetBudgetId: to2.id });
    const results = await Promise.all([decide(a1, 'approve'), decide(a2, 'approve')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json<{ code: string }>().code).toBe('BUDGET_BELOW_USED');
    const after = await view(from.id);
    expect(after.amountFen).toBe(400_000);
    expect(after.remainingFen).toBeGreaterThanOrEqual(0);
    const statuses = [(await adjustment(a1)).status, (await adjustment(a2)).status].sort();
    expect(statuses).toEqual(['applied', 'pending']);
  });

  it('the requester may withdraw a pending adjustment; nothing changes', async () => {
    const b = await budget(12);
    const a = await requested(b.id, { kind: 'increase', amountFen: 1, reason: '测试撤回' });
    refused(await finance.post(`/api/v1/budget-adjustments/${a.id}/withdraw`, {}), 403, 'FORBIDDEN');
    expect(ok<AdjustmentView>(await admin.post(`/api/v1/budget-adjustments/${a.id}/withdraw`, {})).status).toBe('withdrawn');
    refused(await admin.post(`/api/v1/budget-adjustments/${a.id}/withdraw`, {}), 409, 'INVALID_STATE');
    expect((await view(b.id)).amountFen).toBe(1_000_000);
  });

  it('bad input is a clear 4xx; other tenants and travellers cannot touch it', async () => {
    const id = increasedId;
    refused(await adjust(admin, id, { kind: 'increase', amountFen: 100, reason: '   ' }), 422, 'VALIDATION_FAILED');
    refused(await adjust(admin, id, { kind: 'increase', amountFen: 0, reason: '零' }), 422, 'VALIDATION_FAILED');
    refused(await adjust(admin, id, { kind: 'transfer', amountFen: 100, reason: '无目标' }), 422, 'VALIDATION_FAILED');
    refused(await adjust(admin, id, { kind: 'transfer', amountFen: 100, reason: '自己', targetBudgetId: id }), 422, 'VALIDATION_FAILED');
    refused(await adjust(admin, id, { kind: 'increase', amountFen: 100, reason: '多余', targetBudgetId: id }), 422, 'VALIDATION_FAILED');
    refused(await adjust(admin, id, { kind: 'grow', amountFen: 100, reason: '未知' }), 422, 'VALIDATION_FAILED');
    refused(await adjust(admin, 'not-a-uuid', { kind: 'increase', amountFen: 100, reason: '坏' }), 422, 'VALIDATION_FAILED');
    refused(await adjust(traveller, id, { kind: 'increase', amountFen: 100, reason: '无权' }), 403, 'FORBIDDEN');
    // Yunfan sees none of Huachen's budgets or adjustments, and cannot transfer into them.
    refused(await adjust(yunfanAdmin, id, { kind: 'increase', amountFen: 100, reason: '跨租户' }), 404, 'NOT_FOUND');
    refused(await yunfanAdmin.get(`/api/v1/budgets/${id}/adjustments`), 404, 'NOT_FOUND');
    const mine = ok<{ items: AdjustmentView[] }>(await admin.get(`/api/v1/budgets/${id}/adjustments`)).items;
    expect(mine.length).toBeGreaterThan(0);
    refused(await yunfanAdmin.get(`/api/v1/budget-adjustments/${mine[0]?.id ?? ''}`), 404, 'NOT_FOUND');
    const [yunfanBudget] = await k.db.database.query<{ id: string }>('select id from budgets where tenant_id = $1 limit 1', [k.yunfan]);
    refused(
      await adjust(admin, id, { kind: 'transfer', amountFen: 100, reason: '跨租户调剂', targetBudgetId: yunfanBudget?.id ?? '' }),
      422,
      'VALIDATION_FAILED',
    );
  });
});

describe('warning lines (预警线)', () => {
  const warnings = async (budgetId: string, recipientId: string) =>
    (
      await k.db.database.query<{ n: number }>(
        "select count(*)::int as n from notifications where template = 'budget_warning' and recipient_id = $1 and data->>'budgetId' = $2",
        [recipientId, budgetId],
      )
    )[0]?.n ?? 0;

  it('tell the owner once per crossing, and again after use falls below and crosses anew', async () => {
    const b = await budget(1, { periodType: 'quarter', periodStart: `${TEST_YEAR}-10-01`, warnAtPercent: [50] });
    // The department's head answers for it unless an owner is named.
    expect(b).toMatchObject({ ownerId: managerId, ownerEmployeeId: null });
    const date = `${TEST_YEAR}-11-05`;
    const first = await submittedRequest(traveller, { date, yuan: 2000 }); // 20%
    await submittedRequest(traveller, { date, yuan: 2000 }); // 40%
    expect(await warnings(b.id, managerId)).toBe(0);
    const third = await submittedRequest(traveller, { date, yuan: 2000 }); // 60%: crosses 50%
    expect(await warnings(b.id, managerId)).toBe(1);
    await submittedRequest(traveller, { date, yuan: 500 }); // 65%: still above, no new notice
    expect(await warnings(b.id, managerId)).toBe(1);
    expect((await view(b.id)).percentLabel).toEqual({ 'zh-CN': '已用 65.0% / 剩余 35.0%', en: '65.0% used / 35.0% left' });

    ok(await traveller.post(`/api/v1/travel-requests/${third.id}/cancel`, {}));
    ok(await traveller.post(`/api/v1/travel-requests/${first.id}/cancel`, {})); // 25%: below again
    expect(await warnings(b.id, managerId)).toBe(1);
    await submittedRequest(traveller, { date, yuan: 3000 }); // 55%: crosses again
    expect(await warnings(b.id, managerId)).toBe(2);

    // A named owner is told from now on.
    const owned = ok<BudgetView>(await finance.patch(`/api/v1/budgets/${b.id}`, { ownerEmployeeId: me.id }));
    expect(owned).toMatchObject({ ownerEmployeeId: me.id, ownerId: me.id, ownerName: me.name });
    refused(
      await finance.patch(`/api/v1/budgets/${b.id}`, { ownerEmployeeId: '00000000-0000-7000-8000-000000000000' }),
      422,
      'VALIDATION_FAILED',
    );
    const [notice] = await k.db.database.query<{ data: Record<string, unknown>; link: string }>(
      "select data, link from notifications where template = 'budget_warning' and data->>'budgetId' = $1 limit 1",
      [b.id],
    );
    expect(notice?.data).toMatchObject({ warnAtPercent: 50, percentLabel: { 'zh-CN': '已用 60.0% / 剩余 40.0%' } });
    expect(notice?.link).toBe(`/budgets?budget=${b.id}`);
  });
});
