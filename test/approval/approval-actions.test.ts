import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from './approval-test-kit.ts';
import { act, type ApprovalJson, instanceOf, pendingNames, type RequestJson, submittedRequest } from './travel-fixtures.ts';

/** Every approver action over HTTP, with its timeline events, audit entries and notifications. */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let executive: Caller;
const id = { traveller: '', manager: '', finance: '', executive: '' };

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, executive] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'executive@huachen.example.com',
  );
  for (const role of ['traveller', 'manager', 'finance', 'executive'] as const) {
    id[role] = (await k.employeeOf(`${role === 'manager' ? 'approver' : role}@huachen.example.com`)).id;
  }
});
afterAll(async () => {
  await k?.close();
});

const detail = async (r: RequestJson) => ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
const templatesFor = async (employeeId: string, r: RequestJson) =>
  (
    await k.db.database.query<{ template: string }>(
      `select template from notifications where recipient_id = $1 and data->>'subjectId' = $2 order by created_at, id`,
      [employeeId, r.id],
    )
  ).map((n) => n.template);
const auditActions = async (r: RequestJson) =>
  (await k.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [r.id])).map(
    (a) => a.action,
  );

describe('who may act', () => {
  it('only the approver of the current step decides: others get NOT_AN_APPROVER (403)', async () => {
    const r = await submittedRequest(traveller);
    const err = refused(await act(finance, instanceOf(r), { action: 'approve' }), 403, 'NOT_AN_APPROVER');
    expect(err.details?.approvalError).toBe('NOT_AN_APPROVER');
    refused(await act(traveller, instanceOf(r), { action: 'approve' }), 403, 'NOT_AN_APPROVER');
    refused(await act(finance, instanceOf(r), { action: 'comment', comment: '路过' }), 403, 'FORBIDDEN');
    refused(await act(manager, '00000000-0000-4000-8000-000000000000', { action: 'approve' }), 404, 'NOT_FOUND');
  });
});

describe('reject', () => {
  it('to the requester: final, with a comment required', async () => {
    const r = await submittedRequest(traveller);
    expect(pathsOf(refused(await act(manager, instanceOf(r), { action: 'reject' }), 422, 'VALIDATION_FAILED'))).toEqual(['comment']);
    const view = ok<ApprovalJson>(await act(manager, instanceOf(r), { action: 'reject', comment: '行程不必要', rejectTo: 'requester' }));
    expect(view.status).toBe('rejected');
    expect((await detail(r)).status).toBe('rejected');
    expect(await templatesFor(id.traveller, r)).toEqual(['rejected']);
    expect(await auditActions(r)).toEqual(expect.arrayContaining(['approval.rejected', 'approval.completed', 'travel_request.rejected']));
  });

  it('back to an earlier approved stage: that stage starts over with its approver', async () => {
    const r = await submittedRequest(traveller);
    ok(await act(manager, instanceOf(r), { action: 'approve' }));
    expect(
      pathsOf(
        refused(await act(finance, instanceOf(r), { action: 'reject', comment: '请上级再确认', rejectTo: 1 }), 422, 'VALIDATION_FAILED'),
      ),
    ).toEqual(['rejectTo']);
    const view = ok<ApprovalJson>(await act(finance, instanceOf(r), { action: 'reject', comment: '请上级再确认', rejectTo: 0 }));
    expect(view).toMatchObject({ status: 'pending', currentStageIndex: 0 });
    expect(pendingNames(view)).toEqual([id.manager]);
    expect((await detail(r)).status).toBe('approving');
    expect(await templatesFor(id.traveller, r)).toEqual(['rejected_to_stage']);
    expect(await templatesFor(id.manager, r)).toEqual(['approval_requested', 'approval_requested']);
  });
});

describe('transfer and add approvers', () => {
  it('转交: the manager hands the decision to the executive, who approves', async () => {
    const r = await submittedRequest(traveller);
    expect(pathsOf(refused(await act(manager, instanceOf(r), { action: 'transfer' }), 422, 'VALIDATION_FAILED'))).toEqual(['toEmployeeId']);
    expect(
      pathsOf(refused(await act(manager, instanceOf(r), { action: 'transfer', toEmployeeId: id.traveller }), 422, 'VALIDATION_FAILED')),
    ).toEqual(['toEmployeeId']);
    const view = ok<ApprovalJson>(
      await act(manager, instanceOf(r), { action: 'transfer', toEmployeeId: id.executive, comment: '出差中，请代为审批' }),
    );
    expect(view.canAct).toBe(false);
    expect(view.stages[0]?.approvers.map((a) => [a.employeeId, a.decision])).toEqual([
      [id.manager, 'transferred'],
      [id.executive, 'pending'],
    ]);
    expect(await templatesFor(id.executive, r)).toEqual(['approval_requested']);
    refused(await act(manager, instanceOf(r), { action: 'approve' }), 409, 'INVALID_STATE');
    expect(ok<ApprovalJson>(await act(executive, instanceOf(r), { action: 'approve' })).currentStageIndex).toBe(1);
    const transferred = (await detail(r)).timeline.find((e) => e.type === 'approval.transferred');
    expect(transferred?.data).toMatchObject({
      from: id.manager,
      to: id.executive,
      toName: expect.any(String),
      comment: '出差中，请代为审批',
    });
  });

  it('加签 before: the executive decides first, then the manager again', async () => {
    const r = await submittedRequest(traveller);
    const view = ok<ApprovalJson>(
      await act(manager, instanceOf(r), { action: 'add_approver', toEmployeeId: id.executive, position: 'before' }),
    );
    expect(pendingNames(view)).toEqual([id.executive]);
    refused(await act(manager, instanceOf(r), { action: 'approve' }), 403, 'NOT_AN_APPROVER');
    expect(pendingNames(ok<ApprovalJson>(await act(executive, instanceOf(r), { action: 'approve' })))).toEqual([id.manager]);
    expect(ok<ApprovalJson>(await act(manager, instanceOf(r), { action: 'approve' })).currentStageIndex).toBe(1);
  });

  it('加签 after and alongside', async () => {
    const after = await submittedRequest(traveller);
    ok(await act(manager, instanceOf(after), { action: 'add_approver', toEmployeeId: id.executive }));
    expect(pendingNames(ok<ApprovalJson>(await act(manager, instanceOf(after), { action: 'approve' })))).toEqual([id.executive]);
    expect(ok<ApprovalJson>(await act(executive, instanceOf(after), { action: 'approve' })).currentStageIndex).toBe(1);

    const parallel = await submittedRequest(traveller);
    const view = ok<ApprovalJson>(
      await act(manager, instanceOf(parallel), {
        action: 'add_approver',
        toEmployeeId: id.executive,
        position: 'parallel',
        comment: '请一并把关',
      }),
    );
    expect(pendingNames(view).sort()).toEqual([id.manager, id.executive].sort());
    // 或签: the executive's approval decides the step.
    expect(ok<ApprovalJson>(await act(executive, instanceOf(parallel), { action: 'approve' })).currentStageIndex).toBe(1);
    expect(await auditActions(parallel)).toContain('approval.approver_added');
  });
});

describe('comments', () => {
  it('the requester and the approvers comment; the others involved are told', async () => {
    const r = await submittedRequest(traveller);
    expect(pathsOf(refused(await act(traveller, instanceOf(r), { action: 'comment', comment: ' ' }), 422, 'VALIDATION_FAILED'))).toEqual([
      'comment',
    ]);
    ok(await act(traveller, instanceOf(r), { action: 'comment', comment: '客户已确认会议时间' }));
    ok(await act(manager, instanceOf(r), { action: 'comment', comment: '收到' }));
    const commented = (await detail(r)).timeline.filter((e) => e.type === 'approval.commented');
    expect(commented.map((e) => [e.data.by, e.data.comment])).toEqual([
      [id.traveller, '客户已确认会议时间'],
      [id.manager, '收到'],
    ]);
    expect(await templatesFor(id.manager, r)).toEqual(['approval_requested', 'commented']);
    expect(await templatesFor(id.traveller, r)).toEqual(['commented']);
  });
});
