import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act as engineAct, directoryFromSnapshot } from '../../src/modules/approval/engine/index.ts';
import { loadInstance, updateInstance } from '../../src/modules/approval/instances/instance-rows.ts';
import { AppError } from '../../src/platform/errors/app-error.ts';
import { approvalKit, type Caller, type Kit, ok } from './approval-test-kit.ts';
import { act, type ApprovalJson, instanceOf, submittedRequest } from './travel-fixtures.ts';

/** Decisions racing each other: one wins, the other is a 409, never a 500. Bulk approval, item by item. */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let yunfanTraveller: Caller;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, yunfanTraveller] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'traveller@yunfan.example.com',
  );
});
afterAll(async () => {
  await k?.close();
});

describe('optimistic concurrency', () => {
  it('two approvals of the same step at once: one wins, the other is 409', async () => {
    const r = await submittedRequest(traveller);
    const results = await Promise.all([
      act(manager, instanceOf(r), { action: 'approve' }),
      act(manager, instanceOf(r), { action: 'approve', comment: '再次' }),
    ]);
    const statuses = results.map((x) => x.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = results.find((x) => x.statusCode === 409);
    expect(['INVALID_STATE', 'CONCURRENT_UPDATE']).toContain(loser?.json<{ code: string }>().code);
    const approvals = await k.db.database.query('select 1 from timeline_events where entity_id = $1 and type = $2', [
      r.id,
      'approval.approved',
    ]);
    expect(approvals).toHaveLength(1);
  });

  it('an approval racing a withdrawal: exactly one of them happens', async () => {
    const r = await submittedRequest(traveller);
    const [approve, withdraw] = await Promise.all([
      act(manager, instanceOf(r), { action: 'approve' }),
      traveller.post(`/api/v1/travel-requests/${r.id}/withdraw`, {}),
    ]);
    expect([approve.statusCode, withdraw.statusCode].every((s) => s === 200 || s === 409)).toBe(true);
    const detail = ok<{ status: string; approval: ApprovalJson }>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
    if (withdraw.statusCode === 200) expect(detail.status).toBe('withdrawn');
    else expect(detail.approval.currentStageIndex).toBe(1);
  });

  it('a write based on a stale revision is refused with CONCURRENT_UPDATE', async () => {
    const r = await submittedRequest(traveller);
    const managerId = (await k.employeeOf('approver@huachen.example.com')).id;
    await k.inTenant(async (tx) => {
      const { instance: stale } = await loadInstance(tx, k.huachen, instanceOf(r));
      const directory = directoryFromSnapshot({
        employees: [{ id: managerId, managerId: null, departmentId: null, active: true }],
        departments: [],
      });
      const first = engineAct(stale, { type: 'comment', by: managerId, text: '先写' }, directory, new Date());
      await updateInstance(tx, k.huachen, stale, first.instance, null);
      const second = engineAct(stale, { type: 'comment', by: managerId, text: '后写' }, directory, new Date());
      const err = await updateInstance(tx, k.huachen, stale, second.instance, null).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('CONCURRENT_UPDATE');
    });
  });
});

describe('bulk approval', () => {
  it('approves what it can, each on its own, and says why not for the rest', async () => {
    const [a, b, atFinance, yunfan] = [
      await submittedRequest(traveller),
      await submittedRequest(traveller),
      await submittedRequest(traveller),
      await submittedRequest(yunfanTraveller),
    ];
    ok(await act(manager, instanceOf(atFinance), { action: 'approve' }));
    const unknown = '00000000-0000-4000-8000-000000000000';
    const ids = [instanceOf(a), instanceOf(b), instanceOf(atFinance), instanceOf(yunfan), unknown, instanceOf(a)];
    const { results } = ok<{ results: { instanceId: string; ok: boolean; code?: string }[] }>(
      await manager.post('/api/v1/approvals/bulk-approve', { instanceIds: ids, comment: '批量同意' }),
    );
    expect(results).toEqual([
      { instanceId: instanceOf(a), ok: true },
      { instanceId: instanceOf(b), ok: true },
      { instanceId: instanceOf(atFinance), ok: false, code: 'INVALID_STATE' }, // the manager already decided it
      { instanceId: instanceOf(yunfan), ok: false, code: 'NOT_FOUND' },
      { instanceId: unknown, ok: false, code: 'NOT_FOUND' },
    ]);
    const financeInbox = ok<{ items: { instanceId: string }[] }>(await finance.get('/api/v1/approvals/inbox', { limit: '200' }));
    expect(financeInbox.items.map((i) => i.instanceId)).toEqual(
      expect.arrayContaining([instanceOf(a), instanceOf(b), instanceOf(atFinance)]),
    );
    const comments = await k.db.database.query<{ c: string }>(
      `select data->>'comment' as c from timeline_events where entity_id = $1 and type = 'approval.approved'`,
      [a.id],
    );
    expect(comments.map((x) => x.c)).toEqual(['批量同意']);
  });

  it('refuses more than 100 at once', async () => {
    const many = Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000');
    expect((await manager.post('/api/v1/approvals/bulk-approve', { instanceIds: many })).statusCode).toBe(422);
  });
});
