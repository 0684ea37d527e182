import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from './approval-test-kit.ts';
import { act, type ApprovalJson, instanceOf, submittedRequest } from './travel-fixtures.ts';

/** 委托: an approver's delegate decides for them while the delegation is in force. */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let executive: Caller;
let finance: Caller;
const id = { manager: '', executive: '', finance: '' };

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, executive, finance] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'executive@huachen.example.com',
    'finance@huachen.example.com',
  );
  id.manager = (await k.employeeOf('approver@huachen.example.com')).id;
  id.executive = (await k.employeeOf('executive@huachen.example.com')).id;
  id.finance = (await k.employeeOf('finance@huachen.example.com')).id;
});
afterAll(async () => {
  await k?.close();
});

interface DelegationJson {
  id: string;
  delegateId: string;
  delegateName: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

interface InboxJson {
  items: { instanceId: string; onBehalfOf: { employeeId: string; name: string } | null }[];
}

describe('delegations', () => {
  it('checks the delegate and the period', async () => {
    const [inactive] = await k.db.database.query<{ id: string }>(
      `select id from employees where tenant_id = $1 and status = 'inactive' limit 1`,
      [k.huachen],
    );
    const [foreign] = await k.db.database.query<{ id: string }>('select id from employees where tenant_id = $1 limit 1', [k.yunfan]);
    const post = (delegateId: string | undefined, startsAt = hours(-1), endsAt = hours(48)) =>
      manager.post('/api/v1/approvals/delegations', { delegateId, startsAt, endsAt });
    expect(pathsOf(refused(await post(id.manager), 422, 'VALIDATION_FAILED'))).toEqual(['delegateId']);
    expect(pathsOf(refused(await post(id.executive, hours(2), hours(1)), 422, 'VALIDATION_FAILED'))).toEqual(['endsAt']);
    expect(pathsOf(refused(await post(inactive?.id), 422, 'VALIDATION_FAILED'))).toEqual(['delegateId']);
    expect(pathsOf(refused(await post(foreign?.id), 422, 'VALIDATION_FAILED'))).toEqual(['delegateId']);
  });

  it('the delegate sees the manager’s approvals in their inbox and decides on the manager’s behalf', async () => {
    const d = ok<DelegationJson>(
      await manager.post('/api/v1/approvals/delegations', {
        delegateId: id.executive,
        startsAt: hours(-1),
        endsAt: hours(48),
        reason: '年假',
      }),
      201,
    );
    expect(d).toMatchObject({ delegateId: id.executive, reason: '年假' });
    expect(ok<{ items: DelegationJson[] }>(await manager.get('/api/v1/approvals/delegations')).items.map((x) => x.id)).toEqual([d.id]);
    expect(ok<{ items: DelegationJson[] }>(await executive.get('/api/v1/approvals/delegations')).items).toEqual([]);
    const told = await k.db.database.query<{ template: string }>(
      `select template from notifications where recipient_id = $1 and template = 'approval_delegated'`,
      [id.executive],
    );
    expect(told).toHaveLength(1);

    const r = await submittedRequest(traveller);
    const inbox = ok<InboxJson>(await executive.get('/api/v1/approvals/inbox', { limit: '200' }));
    expect(inbox.items.find((i) => i.instanceId === instanceOf(r))?.onBehalfOf).toMatchObject({ employeeId: id.manager });
    const notified = await k.db.database.query<{ recipient_id: string }>(
      `select recipient_id from notifications where data->>'subjectId' = $1 and template = 'approval_requested'`,
      [r.id],
    );
    expect(notified.map((n) => n.recipient_id).sort()).toEqual([id.manager, id.executive].sort());

    const detail = ok<{ approval: ApprovalJson }>(await executive.get(`/api/v1/travel-requests/${r.id}`));
    expect(detail.approval.canAct).toBe(true);
    const view = ok<ApprovalJson>(await act(executive, instanceOf(r), { action: 'approve', comment: '代审批' }));
    expect(view.stages[0]?.approvers[0]).toMatchObject({
      employeeId: id.executive,
      onBehalfOf: { employeeId: id.manager },
      decision: 'approved',
    });
    const [event] = await k.db.database.query<{ data: Record<string, unknown> }>(
      `select data from timeline_events where entity_id = $1 and type = 'approval.approved'`,
      [r.id],
    );
    expect(event?.data).toMatchObject({ by: id.executive, onBehalfOf: id.manager, onBehalfOfName: expect.any(String) });
    const done = ok<InboxJson>(await executive.get('/api/v1/approvals/inbox', { state: 'done' }));
    expect(done.items.find((i) => i.instanceId === instanceOf(r))?.onBehalfOf).toMatchObject({ employeeId: id.manager });

    // Ended: the delegate can no longer act, and it is gone from their inbox.
    const other = await submittedRequest(traveller);
    refused(await executive.del(`/api/v1/approvals/delegations/${d.id}`), 404, 'NOT_FOUND');
    expect((await manager.del(`/api/v1/approvals/delegations/${d.id}`)).statusCode).toBe(204);
    refused(await act(executive, instanceOf(other), { action: 'approve' }), 403, 'NOT_AN_APPROVER');
    const after = ok<InboxJson>(await executive.get('/api/v1/approvals/inbox', { limit: '200' }));
    expect(after.items.map((i) => i.instanceId)).not.toContain(instanceOf(other));
  });

  it('a delegation that begins after the request was asked counts too (checked live)', async () => {
    const r = await submittedRequest(traveller);
    ok(await act(manager, instanceOf(r), { action: 'approve' }));
    refused(await act(executive, instanceOf(r), { action: 'approve' }), 403, 'NOT_AN_APPROVER');
    ok(await finance.post('/api/v1/approvals/delegations', { delegateId: id.executive, startsAt: hours(-1), endsAt: hours(1) }), 201);
    const inbox = ok<InboxJson>(await executive.get('/api/v1/approvals/inbox', { limit: '200' }));
    expect(inbox.items.find((i) => i.instanceId === instanceOf(r))?.onBehalfOf?.employeeId).toBe(id.finance);
    expect(ok<ApprovalJson>(await act(executive, instanceOf(r), { action: 'approve' })).status).toBe('approved');
  });
});

describe('the rules: one delegate at a time, never on one’s own request or trip', () => {
  const delegate = (caller: Caller, delegateId: string, startsAt: string, endsAt: string) =>
    caller.post('/api/v1/approvals/delegations', { delegateId, startsAt, endsAt });
  // One clock for the periods a test compares (h() reads it anew).
  const base = Date.now();
  const h = (n: number) => new Date(base + n * 3_600_000).toISOString();

  it('a period overlapping one of the delegator’s delegations is refused, naming it; one starting as it ends is not', async () => {
    const first = ok<DelegationJson>(await delegate(manager, id.executive, h(100), h(148)), 201);
    for (const [from, to] of [
      [h(120), h(200)],
      [h(90), h(101)],
      [h(110), h(120)],
      [h(50), h(300)],
    ] as const) {
      const err = refused(await delegate(manager, id.finance, from, to), 409, 'DELEGATION_OVERLAP');
      expect(err.details?.conflicting).toEqual({
        id: first.id,
        delegateId: id.executive,
        delegateName: first.delegateName,
        startsAt: first.startsAt,
        endsAt: first.endsAt,
      });
      expect(err.message).toContain(first.delegateName);
    }
    const next = ok<DelegationJson>(await delegate(manager, id.finance, h(148), h(160)), 201);
    const before = ok<DelegationJson>(await delegate(manager, id.finance, h(90), h(100)), 201);
    // Another delegator's period is theirs alone.
    const other = ok<DelegationJson>(await delegate(finance, id.executive, h(100), h(148)), 201);
    for (const [caller, d] of [
      [manager, first],
      [manager, next],
      [manager, before],
      [finance, other],
    ] as const)
      expect((await caller.del(`/api/v1/approvals/delegations/${d.id}`)).statusCode).toBe(204);
  });

  it('overlapping delegations sent at once: exactly one is created', async () => {
    const answers = await Promise.all([delegate(manager, id.executive, h(400), h(500)), delegate(manager, id.finance, h(450), h(550))]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const created = answers.find((a) => a.statusCode === 201)?.json<DelegationJson>();
    expect((await manager.del(`/api/v1/approvals/delegations/${created?.id ?? ''}`)).statusCode).toBe(204);
  });

  it('a delegate who is the requester or a traveller is not offered the approval, and is refused with SELF_APPROVAL', async () => {
    const travellerId = (await k.employeeOf('traveller@huachen.example.com')).id;
    const r = await submittedRequest(traveller, { travellerIds: [travellerId, id.executive] });
    for (const delegateId of [travellerId, id.executive]) {
      const caller = delegateId === travellerId ? traveller : executive;
      const d = ok<DelegationJson>(await delegate(manager, delegateId, hours(-1), hours(1)), 201);
      const inbox = ok<InboxJson>(await caller.get('/api/v1/approvals/inbox', { limit: '200' }));
      expect(inbox.items.map((i) => i.instanceId)).not.toContain(instanceOf(r));
      const detail = ok<{ approval: ApprovalJson }>(await caller.get(`/api/v1/travel-requests/${r.id}`));
      expect(detail.approval.canAct).toBe(false);
      expect(detail.approval.actions).not.toContain('approve');
      refused(await act(caller, instanceOf(r), { action: 'approve' }), 403, 'SELF_APPROVAL');
      expect((await manager.del(`/api/v1/approvals/delegations/${d.id}`)).statusCode).toBe(204);
    }
    // Someone else the manager delegates to decides, recorded as the delegate's decision.
    const d = ok<DelegationJson>(await delegate(manager, id.finance, hours(-1), hours(1)), 201);
    const view = ok<ApprovalJson>(await act(finance, instanceOf(r), { action: 'approve' }));
    expect(view.stages[0]?.approvers[0]?.decidedBy).toEqual({ kind: 'person', employeeId: id.finance, name: expect.any(String) });
    expect((await manager.del(`/api/v1/approvals/delegations/${d.id}`)).statusCode).toBe(204);
  });
});
