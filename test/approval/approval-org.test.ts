import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from './approval-test-kit.ts';
import { act, type ApprovalJson, createRequest, instanceOf, pendingNames, requestBody, type RequestJson } from './travel-fixtures.ts';

/**
 * Approvals as organisations use them: several named approvers (会签 / 或签), the cost bearer's
 * owner, each traveller's manager, 发起人自选, and 抄送 with read access but no say.
 */

let k: Kit;
let admin: Caller;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let executive: Caller;
let yunfanAdmin: Caller;
const ids: Record<'traveller' | 'manager' | 'finance' | 'executive' | 'admin', string> = {
  traveller: '',
  manager: '',
  finance: '',
  executive: '',
  admin: '',
};

interface ProgressJson {
  approved: number;
  total: number;
}
type ViewJson = ApprovalJson & {
  stages: (ApprovalJson['stages'][number] & { progress: ProgressJson | null; carbonCopies: { employeeId: string }[] })[];
  carbonCopies: { employeeId: string }[];
  copiedToViewer: boolean;
};

const stage = (id: string, approvers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  name: `审批-${id}`,
  approvers,
  mode: 'any',
  onEmpty: { kind: 'skip' },
  ...extra,
});

/** A flow for requests of exactly `yuan` (the fixtures' estimate totals yuan × 100 fen), tried before the demo's. */
async function flowFor(yuan: number, stages: unknown[], extra: Record<string, unknown> = {}): Promise<void> {
  const fen = yuan * 100;
  const definition = { conditions: [{ kind: 'amount_between', minFen: fen, maxFen: fen }], stages, ...extra };
  ok(await admin.post('/api/v1/approval-flows', { name: `组织审批 ${yuan}`, priority: -yuan, definition }), 201);
}

const submit = (caller: Caller, r: RequestJson, body: Record<string, unknown> = {}) =>
  caller.post(`/api/v1/travel-requests/${r.id}/submit`, body);
const view = async (caller: Caller, r: RequestJson) =>
  ok<RequestJson & { approval: ViewJson }>(await caller.get(`/api/v1/travel-requests/${r.id}`));

beforeAll(async () => {
  k = await approvalKit();
  [admin, traveller, manager, finance, executive, yunfanAdmin] = await k.asEach(
    'admin@huachen.example.com',
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'executive@huachen.example.com',
    'admin@yunfan.example.com',
  );
  ids.traveller = (await k.employeeOf('traveller@huachen.example.com')).id;
  ids.manager = (await k.employeeOf('approver@huachen.example.com')).id;
  ids.finance = (await k.employeeOf('finance@huachen.example.com')).id;
  ids.executive = (await k.employeeOf('executive@huachen.example.com')).id;
  ids.admin = (await k.employeeOf('admin@huachen.example.com')).id;
});
afterAll(async () => {
  await k?.close();
});

describe('several named approvers in one stage', () => {
  it('会签: both named officers must approve; the stepper counts 1/2; one rejection rejects the request', async () => {
    await flowFor(101, [stage('officers', { kind: 'users', userIds: [ids.finance, ids.executive] }, { mode: 'all' })]);
    const r = await createRequest(traveller, { yuan: 101 });
    const submitted = ok<RequestJson & { approval: ViewJson }>(await submit(traveller, r));
    expect(pendingNames(submitted.approval).sort()).toEqual([ids.finance, ids.executive].sort());
    expect(submitted.approval.stages[0]?.progress).toEqual({ approved: 0, total: 2 });
    ok(await act(finance, instanceOf(submitted), { action: 'approve' }));
    const half = await view(traveller, r);
    expect(half.status).toBe('approving');
    expect(half.approval.stages[0]?.progress).toEqual({ approved: 1, total: 2 });
    refused(await act(finance, instanceOf(submitted), { action: 'approve' }), 409, 'INVALID_STATE');
    ok(await act(executive, instanceOf(submitted), { action: 'reject', comment: '超出预算' }));
    expect((await view(traveller, r)).status).toBe('rejected');
  });

  it('或签: the first of them decides', async () => {
    await flowFor(102, [stage('officers', { kind: 'users', userIds: [ids.finance, ids.executive] })]);
    const r = await createRequest(traveller, { yuan: 102 });
    const submitted = ok<RequestJson>(await submit(traveller, r));
    ok(await act(executive, instanceOf(submitted), { action: 'approve' }));
    expect((await view(traveller, r)).status).toBe('approved');
  });

  it('a flow naming an unknown person, nobody, or a person twice is refused with paths', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const body = (stages: unknown[], extra: Record<string, unknown> = {}) => ({
      name: '坏流程',
      priority: 5,
      definition: { conditions: [], stages, ...extra },
    });
    const err = refused(
      await admin.post(
        '/api/v1/approval-flows',
        body(
          [
            stage('a', { kind: 'users', userIds: [ids.finance, unknown] }),
            stage('b', { kind: 'requester_choice', candidateIds: [unknown] }),
          ],
          {
            cc: [{ kind: 'role', role: 'nobody' }],
          },
        ),
      ),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(err)).toEqual([
      'definition.cc[0].role',
      'definition.stages[0].approvers.userIds[1]',
      'definition.stages[1].approvers.candidateIds[0]',
    ]);
    refused(await admin.post('/api/v1/approval-flows', body([stage('a', { kind: 'users', userIds: [] })])), 422, 'VALIDATION_FAILED');
    refused(
      await admin.post('/api/v1/approval-flows', body([stage('a', { kind: 'users', userIds: [ids.finance, ids.finance] })])),
      422,
      'VALIDATION_FAILED',
    );
  });
});

describe('the cost centre’s owner', () => {
  it('a cost centre takes an owner (an employee of the tenant) who then approves requests charged to it', async () => {
    refused(
      await admin.post('/api/v1/org/cost-centres', {
        code: 'CC-BAD',
        name: '无主',
        ownerEmployeeId: '00000000-0000-4000-8000-000000000000',
      }),
      422,
      'VALIDATION_FAILED',
    );
    const centre = ok<{ id: string; ownerEmployeeId: string | null }>(
      await admin.post('/api/v1/org/cost-centres', { code: 'CC-RD', name: '研发中心', ownerEmployeeId: ids.executive }),
      201,
    );
    expect(centre.ownerEmployeeId).toBe(ids.executive);
    const bare = ok<{ id: string }>(await admin.post('/api/v1/org/cost-centres', { code: 'CC-NONE', name: '待定' }), 201);
    await flowFor(103, [
      stage('owner', { kind: 'cost_centre_owner' }, { onEmpty: { kind: 'fallback', to: { kind: 'user', userId: ids.finance } } }),
    ]);
    const charged = ok<RequestJson>(
      await traveller.post('/api/v1/travel-requests', { ...requestBody({ yuan: 103 }), costCentreId: centre.id }),
      201,
    );
    expect(pendingNames(ok<RequestJson>(await submit(traveller, charged)).approval)).toEqual([ids.executive]);
    const unowned = ok<RequestJson>(
      await traveller.post('/api/v1/travel-requests', { ...requestBody({ yuan: 103 }), costCentreId: bare.id }),
      201,
    );
    expect(pendingNames(ok<RequestJson>(await submit(traveller, unowned)).approval)).toEqual([ids.finance]);
    const moved = ok<{ ownerEmployeeId: string | null }>(
      await admin.patch(`/api/v1/org/cost-centres/${bare.id}`, { ownerEmployeeId: ids.manager }),
    );
    expect(moved.ownerEmployeeId).toBe(ids.manager);
    const other = refused(await yunfanAdmin.patch(`/api/v1/org/cost-centres/${bare.id}`, { ownerEmployeeId: null }), 404, 'NOT_FOUND');
    expect(other.code).toBe('NOT_FOUND');
  });
});

describe('发起人自选: the requester chooses the approver at submission', () => {
  const pick = () => stage('pick', { kind: 'requester_choice', candidateIds: [ids.traveller, ids.finance, ids.executive] });

  it('the preview offers the candidates (never the requester); the submission must choose one of them', async () => {
    await flowFor(104, [pick()]);
    const preview = ok<{ stages: { outcome: string; choice: { candidates: { employeeId: string }[]; chosen: string | null } | null }[] }>(
      await traveller.post('/api/v1/approvals/preview', { category: 'travel_request', amountFen: 104 * 100 }),
    );
    expect(preview.stages[0]?.outcome).toBe('choose');
    expect(preview.stages[0]?.choice?.candidates.map((c) => c.employeeId)).toEqual([ids.finance, ids.executive]);

    const r = await createRequest(traveller, { yuan: 104 });
    const missing = refused(await submit(traveller, r), 422, 'VALIDATION_FAILED');
    expect(pathsOf(missing)).toEqual(['approverChoices.pick']);
    refused(await submit(traveller, r, { approverChoices: { pick: ids.traveller } }), 422, 'VALIDATION_FAILED');
    refused(await submit(traveller, r, { approverChoices: { pick: ids.manager } }), 422, 'VALIDATION_FAILED');
    refused(await submit(traveller, r, { approverChoices: { pick: ids.finance, other: ids.finance } }), 422, 'VALIDATION_FAILED');
    refused(await submit(traveller, r, { approverChoices: { pick: 'finance' } }), 422, 'VALIDATION_FAILED');
    refused(await submit(traveller, r, { approverChoices: { 'bad id!': ids.finance } }), 422, 'VALIDATION_FAILED');
    // Nothing stuck from the refusals: the request is still a draft holding no budget.
    expect((await view(traveller, r)).status).toBe('draft');
    const chosen = ok<RequestJson>(await submit(traveller, r, { approverChoices: { pick: ids.executive } }));
    expect(pendingNames(chosen.approval)).toEqual([ids.executive]);
  });
});

describe('抄送: carbon copies', () => {
  // The manager (an approver without travel.read_all) is copied; finance decides.
  it('the stage’s and the flow’s recipients are told and may read the request, but cannot act; other tenants see nothing', async () => {
    await flowFor(105, [stage('fin', { kind: 'user', userId: ids.finance }, { cc: [{ kind: 'user', userId: ids.manager }] })], {
      cc: [{ kind: 'user', userId: ids.admin }],
    });
    const r = await createRequest(traveller, { yuan: 105 });
    const submitted = ok<RequestJson>(await submit(traveller, r));
    // Before the stage is approved, the manager has no access.
    refused(await manager.get(`/api/v1/travel-requests/${r.id}`), 404, 'NOT_FOUND');
    ok(await act(finance, instanceOf(submitted), { action: 'approve' }));

    const seen = await view(manager, r);
    expect(seen.status).toBe('approved');
    expect(seen.approval.copiedToViewer).toBe(true);
    expect(seen.approval.canAct).toBe(false);
    expect(seen.approval.actions).toEqual([]);
    expect(seen.approval.stages[0]?.carbonCopies.map((p) => p.employeeId)).toEqual([ids.manager]);
    expect(seen.approval.carbonCopies.map((p) => p.employeeId)).toEqual([ids.admin]);

    const notices = ok<{ items: { template: string; data: Record<string, unknown>; link: string | null }[] }>(
      await manager.get('/api/v1/notifications'),
    );
    const cc = notices.items.find((n) => n.template === 'carbon_copy' && n.data.subjectId === r.id);
    expect(cc?.link).toBe(`/travel/requests/${r.id}`);

    refused(await act(manager, instanceOf(submitted), { action: 'comment', comment: '收到' }), 403, 'FORBIDDEN');
    refused(await act(manager, instanceOf(submitted), { action: 'approve' }), 409, 'INVALID_STATE');

    const inbox = ok<{ items: { instanceId: string; status?: string }[] }>(await manager.get('/api/v1/approvals/inbox', { state: 'cc' }));
    expect(inbox.items.map((i) => i.instanceId)).toEqual([instanceOf(submitted)]);
    expect(inbox.items[0]?.status).toBe('approved');
    const adminInbox = ok<{ items: { instanceId: string }[] }>(await admin.get('/api/v1/approvals/inbox', { state: 'cc' }));
    expect(adminInbox.items.map((i) => i.instanceId)).toContain(instanceOf(submitted));
    const travellerInbox = ok<{ items: unknown[] }>(await traveller.get('/api/v1/approvals/inbox', { state: 'cc' }));
    expect(travellerInbox.items).toEqual([]);

    // Another tenant's admin: neither the request nor anything copied.
    refused(await yunfanAdmin.get(`/api/v1/travel-requests/${r.id}`), 404, 'NOT_FOUND');
    const yunfanInbox = ok<{ items: unknown[] }>(await yunfanAdmin.get('/api/v1/approvals/inbox', { state: 'cc' }));
    expect(yunfanInbox.items).toEqual([]);

    // The timeline names the recipients.
    const timeline = (await view(traveller, r)).timeline.filter((e) => e.type === 'approval.carbon_copied');
    expect(timeline.map((e) => e.data.recipientNames)).toEqual([
      [(await k.employeeOf('approver@huachen.example.com')).name],
      [(await k.employeeOf('admin@huachen.example.com')).name],
    ]);
  });

  it('a CC recipient while the approval is still pending can read but not decide', async () => {
    await flowFor(106, [
      stage('fin', { kind: 'user', userId: ids.finance }, { cc: [{ kind: 'user', userId: ids.manager }] }),
      stage('exec', { kind: 'user', userId: ids.executive }),
    ]);
    const r = await createRequest(traveller, { yuan: 106 });
    const submitted = ok<RequestJson>(await submit(traveller, r));
    ok(await act(finance, instanceOf(submitted), { action: 'approve' }));
    const seen = await view(manager, r);
    expect(seen.status).toBe('approving');
    expect(seen.approval.canAct).toBe(false);
    refused(await act(manager, instanceOf(submitted), { action: 'approve' }), 403, 'NOT_AN_APPROVER');
    refused(await manager.post(`/api/v1/travel-requests/${r.id}/withdraw`, {}), 403, 'FORBIDDEN');
  });
});

describe('each traveller’s manager', () => {
  it('a request for several travellers asks each one’s manager, once each', async () => {
    await flowFor(107, [stage('managers', { kind: 'traveller_managers' }, { mode: 'all' })]);
    const r = await createRequest(admin, { yuan: 107, travellerIds: [ids.traveller, ids.finance] });
    const submitted = ok<RequestJson>(await submit(admin, r));
    const rows = await k.db.database.query<{ manager_id: string }>('select manager_id from employees where id = any($1::uuid[])', [
      [ids.traveller, ids.finance],
    ]);
    const managers = [...new Set(rows.map((x) => x.manager_id))];
    expect(managers).toHaveLength(2);
    expect(pendingNames(submitted.approval).sort()).toEqual(managers.filter((m) => m !== ids.admin).sort());
    expect(submitted.approval?.stages[0]?.mode).toBe('all');
  });
});
