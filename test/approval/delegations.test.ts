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
