import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, refused } from '../approval/approval-test-kit.ts';
import { act, createRequest, instanceOf, pendingNames, type RequestJson } from '../approval/travel-fixtures.ts';

/**
 * The demo journey over HTTP: the traveller files and submits a request, the direct manager
 * approves, finance approves. Along the way: inbox, notifications, timers, timeline and audit.
 */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let admin: Caller;
let ids: { traveller: string; manager: string; finance: string };

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, admin] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'admin@huachen.example.com',
  );
  ids = {
    traveller: (await k.employeeOf('traveller@huachen.example.com')).id,
    manager: (await k.employeeOf('approver@huachen.example.com')).id,
    finance: (await k.employeeOf('finance@huachen.example.com')).id,
  };
});
afterAll(async () => {
  await k?.close();
});

const notificationsOf = (employeeId: string, subjectId: string) =>
  k.db.database.query<{ template: string; link: string; data: Record<string, unknown> }>(
    `select template, link, data from notifications where recipient_id = $1 and data->>'subjectId' = $2 order by created_at, id`,
    [employeeId, subjectId],
  );

describe('traveller → manager → finance', () => {
  let request: RequestJson;

  it('the traveller creates a draft with a code of the day, and can change it', async () => {
    request = await createRequest(traveller, { purpose: '北京客户签约' });
    expect(request).toMatchObject({
      status: 'draft',
      requesterId: ids.traveller,
      approval: null,
      submittedAt: null,
      destinations: ['北京'],
      firstDepartDate: '2030-03-10',
    });
    expect(request.code).toMatch(/^TR\d{8}\d{5}$/);
    expect(request.travellers.map((t) => t.employeeId)).toEqual([ids.traveller]);
    expect(request.travellers[0]?.departmentName).toBe('上海销售部');
    const changed = ok<RequestJson>(
      await traveller.patch(`/api/v1/travel-requests/${request.id}`, { purpose: '北京客户签约（含技术交流）' }),
    );
    expect(changed.purpose).toBe('北京客户签约（含技术交流）');
    expect(changed.timeline.map((e) => e.type)).toEqual(['travel_request.created', 'travel_request.updated']);
    const next = await createRequest(traveller);
    expect(Number(next.code.slice(-5))).toBe(Number(request.code.slice(-5)) + 1);
  });

  it('submitting starts the default flow at the direct manager, with a 24-hour reminder timer', async () => {
    const before = k.sent.length;
    const submitted = ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${request.id}/submit`, {}));
    expect(submitted.status).toBe('approving');
    expect(submitted.budgetCheck?.outcome).toBe('ok');
    expect(submitted.approval).toMatchObject({ flowName: '差旅申请审批', status: 'pending', currentStageIndex: 0, canAct: false });
    expect(submitted.approval?.actions).toEqual(expect.arrayContaining(['withdraw', 'cancel', 'comment']));
    expect(pendingNames(submitted.approval)).toEqual([ids.manager]);
    expect(submitted.currentApprovers.map((a) => a.employeeId)).toEqual([ids.manager]);
    const stage = submitted.approval?.stages[0];
    const timers = k.sent.slice(before);
    expect(timers).toHaveLength(1);
    expect(timers[0]).toMatchObject({ name: 'approval.stage-timeout', key: `${instanceOf(submitted)}:manager:${stage?.dueAt}` });
    expect(timers[0]?.startAfter?.toISOString()).toBe(stage?.dueAt);
    const hours = (Date.parse(stage?.dueAt ?? '') - Date.parse(submitted.submittedAt ?? '')) / 3_600_000;
    expect(hours).toBeCloseTo(24, 3);
    expect((await notificationsOf(ids.manager, request.id)).map((n) => n.template)).toEqual(['approval_requested']);
    request = submitted;
  });

  it('the manager finds it in the inbox and approves; it moves on to finance', async () => {
    const inbox = ok<{
      items: { instanceId: string; subjectCode: string; title: string; requesterName: string; stageName: string; amountFen: number }[];
      counts: { pending: number };
    }>(await manager.get('/api/v1/approvals/inbox', { limit: '200' }));
    const item = inbox.items.find((i) => i.instanceId === instanceOf(request));
    expect(item).toMatchObject({
      subjectCode: request.code,
      title: request.purpose,
      requesterName: request.requesterName,
      stageName: '直属上级审批',
      amountFen: request.estimatedTotalFen,
    });
    expect(inbox.counts.pending).toBe(inbox.items.length);
    const view = ok<{
      status: string;
      currentStageIndex: number;
      stages: { approvers: { employeeId: string; decision: string; comment: string | null }[] }[];
    }>(await act(manager, instanceOf(request), { action: 'approve', comment: '同意' }));
    expect(view).toMatchObject({ status: 'pending', currentStageIndex: 1 });
    expect(view.stages[0]?.approvers[0]).toMatchObject({ employeeId: ids.manager, decision: 'approved', comment: '同意' });
    const detail = ok<RequestJson>(await finance.get(`/api/v1/travel-requests/${request.id}`));
    expect(detail.approval?.canAct).toBe(true);
    expect(pendingNames(detail.approval)).toEqual([ids.finance]);
    // The manager's inbox no longer holds it; their done list does.
    const after = ok<{ items: { instanceId: string }[] }>(await manager.get('/api/v1/approvals/inbox', { limit: '200' }));
    expect(after.items.map((i) => i.instanceId)).not.toContain(instanceOf(request));
    const done = ok<{ items: { instanceId: string; stageName: string }[] }>(
      await manager.get('/api/v1/approvals/inbox', { state: 'done', limit: '200' }),
    );
    expect(done.items).toContainEqual(expect.objectContaining({ instanceId: instanceOf(request), stageName: '直属上级审批' }));
  });

  it('finance approves: the request is approved, the traveller told', async () => {
    const view = ok<{ status: string }>(await act(finance, instanceOf(request), { action: 'approve' }));
    expect(view.status).toBe('approved');
    const detail = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${request.id}`));
    expect(detail.status).toBe('approved');
    expect(detail.currentApprovers).toEqual([]);
    expect(detail.approval?.actions).toEqual(['comment']);
    expect((await notificationsOf(ids.traveller, request.id)).map((n) => n.template)).toEqual(['approved']);
    const [n] = await notificationsOf(ids.traveller, request.id);
    expect(n?.link).toBe(`/travel/requests/${request.id}`);
    expect(n?.data).toMatchObject({ code: request.code, subjectType: 'travel_request' });
    // A second approval is refused: the approval is closed.
    refused(await act(finance, instanceOf(request), { action: 'approve' }), 409, 'INVALID_STATE');
  });

  it('the timeline tells the whole story, each event with its audit entry', async () => {
    const detail = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${request.id}`));
    expect(detail.timeline.map((e) => e.type)).toEqual([
      'travel_request.created',
      'travel_request.updated',
      'travel_request.submitted',
      'approval.submitted',
      'approval.stage_entered',
      'approval.approved',
      'approval.stage_approved',
      'approval.stage_entered',
      'approval.approved',
      'approval.stage_approved',
      'approval.completed',
      'travel_request.approved',
    ]);
    expect(detail.timeline.map((e) => e.seq)).toEqual(detail.timeline.map((_, i) => i + 1));
    const approved = detail.timeline.filter((e) => e.type === 'approval.approved');
    expect(approved.map((e) => e.data.by)).toEqual([ids.manager, ids.finance]);
    expect(approved[0]?.data).toMatchObject({ stageName: '直属上级审批', comment: '同意' });
    const audit = await k.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [
      request.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(detail.timeline.map((e) => e.type));
  });

  it('lists: mine for the traveller, approving for the approvers, all only with travel.read_all', async () => {
    const mine = ok<{ items: { id: string; status: string }[] }>(await traveller.get('/api/v1/travel-requests'));
    expect(mine.items.map((i) => i.id)).toContain(request.id);
    const approving = ok<{ items: { id: string }[] }>(await manager.get('/api/v1/travel-requests', { scope: 'approving' }));
    expect(approving.items.map((i) => i.id)).toContain(request.id);
    expect(ok<{ items: { id: string }[] }>(await manager.get('/api/v1/travel-requests')).items.map((i) => i.id)).not.toContain(request.id);
    refused(await traveller.get('/api/v1/travel-requests', { scope: 'all' }), 403, 'FORBIDDEN');
    const all = ok<{ items: { id: string }[] }>(
      await admin.get('/api/v1/travel-requests', { scope: 'all', status: 'approved', q: request.code }),
    );
    expect(all.items.map((i) => i.id)).toEqual([request.id]);
    // Pages follow each other without gaps or repeats.
    const first = ok<{ items: { id: string }[]; nextCursor: string }>(
      await admin.get('/api/v1/travel-requests', { scope: 'all', limit: '2' }),
    );
    const second = ok<{ items: { id: string }[] }>(
      await admin.get('/api/v1/travel-requests', { scope: 'all', limit: '2', cursor: first.nextCursor }),
    );
    expect(first.items).toHaveLength(2);
    expect(second.items.map((i) => i.id).some((id) => first.items.map((i) => i.id).includes(id))).toBe(false);
  });
});
