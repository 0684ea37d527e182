import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from './approval-test-kit.ts';
import { act, instanceOf, submittedRequest } from './travel-fixtures.ts';

/** Approval flows: managed by travel admins, validated with paths, chosen by priority and conditions. */

let k: Kit;
let admin: Caller;
let traveller: Caller;
let manager: Caller;
let am: Caller;

const stage = (id: string, approvers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  name: `审批-${id}`,
  approvers,
  mode: 'any',
  onEmpty: { kind: 'skip' },
  ...extra,
});

beforeAll(async () => {
  k = await approvalKit();
  [admin, traveller, manager] = await k.asEach(
    'admin@huachen.example.com',
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
  );
  const amCaller = await k.as('am@tripdesk.example.com');
  am = {
    ...amCaller,
    post: (url, payload) =>
      k.app.inject({ method: 'POST', url, payload: payload as object, headers: { ...amCaller.headers, 'x-tenant-id': k.huachen } }),
  };
});
afterAll(async () => {
  await k?.close();
});

interface FlowJson {
  id: string;
  name: string;
  priority: number;
  active: boolean;
  definition: { id: string; name: string; priority: number; stages: { id: string }[]; conditions: unknown[] };
}

describe('flows', () => {
  it('lists the demo flow; travellers may not manage flows', async () => {
    const { items } = ok<{ items: FlowJson[] }>(await admin.get('/api/v1/approval-flows'));
    expect(items.map((f) => f.name)).toContain('差旅申请审批');
    const demo = items.find((f) => f.name === '差旅申请审批');
    expect(demo?.definition).toMatchObject({ id: demo?.id, name: demo?.name, priority: demo?.priority });
    expect(demo?.definition.stages.map((s) => s.id)).toEqual(['manager', 'finance']);
    refused(await traveller.get('/api/v1/approval-flows'), 403, 'FORBIDDEN');
  });

  it('refuses unusable definitions with the path of each problem', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const err = refused(
      await admin.post('/api/v1/approval-flows', {
        name: 'unusable',
        priority: 1,
        definition: {
          conditions: [
            { kind: 'amount_between', minFen: 500, maxFen: 100 },
            { kind: 'department_in', departmentIds: [unknown] },
          ],
          stages: [
            stage('a', { kind: 'user', userId: unknown }),
            stage('a', { kind: 'role', role: 'captain' }, { onEmpty: { kind: 'fallback', to: { kind: 'user', userId: unknown } } }),
          ],
        },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(err)).toEqual([
      'definition.conditions[0]',
      'definition.conditions[1].departmentIds[0]',
      'definition.stages[0].approvers.userId',
      'definition.stages[1].approvers.role',
      'definition.stages[1].id',
      'definition.stages[1].onEmpty.to.userId',
    ]);
    // A blank name is refused by the request schema, before the definition is looked at.
    const blank = refused(
      await admin.post('/api/v1/approval-flows', {
        name: ' ',
        priority: 1,
        definition: { conditions: [], stages: [stage('a', { kind: 'direct_manager' })] },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(blank)).toContain('name');
    const shape = refused(
      await admin.post('/api/v1/approval-flows', { name: 'x', priority: 1, definition: { conditions: [], stages: [] } }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(shape)).toEqual(['definition.stages']);
  });

  it('creates, changes and deletes a flow; a used flow is IN_USE and can be deactivated', async () => {
    const body = {
      name: '小额出差',
      priority: 10,
      definition: { conditions: [{ kind: 'amount_at_most', fen: 100_000 }], stages: [stage('only', { kind: 'direct_manager' })] },
    };
    const created = ok<FlowJson>(await admin.post('/api/v1/approval-flows', body), 201);
    expect(created).toMatchObject({ name: '小额出差', priority: 10, active: true });
    const changed = ok<FlowJson>(
      await admin.put(`/api/v1/approval-flows/${created.id}`, { ...body, name: '小额出差（千元以下）', priority: 5 }),
    );
    expect(changed.definition).toMatchObject({ name: '小额出差（千元以下）', priority: 5 });
    expect(ok<FlowJson>(await admin.get(`/api/v1/approval-flows/${created.id}`)).name).toBe('小额出差（千元以下）');

    // Chosen before the default flow for small requests: one stage only.
    const small = await submittedRequest(traveller, { yuan: 800 });
    expect(small.approval).toMatchObject({ flowName: '小额出差（千元以下）' });
    expect(small.approval?.stages.map((s) => s.id)).toEqual(['only']);
    const large = await submittedRequest(traveller, { yuan: 8_000 });
    expect(large.approval?.flowName).toBe('差旅申请审批');
    // Editing a flow does not change approvals already started.
    ok(
      await admin.put(`/api/v1/approval-flows/${created.id}`, {
        ...body,
        definition: { ...body.definition, stages: [stage('x', { kind: 'direct_manager' }), stage('y', { kind: 'role', role: 'finance' })] },
      }),
    );
    expect(ok<{ status: string }>(await act(manager, instanceOf(small), { action: 'approve' })).status).toBe('approved');

    refused(await admin.del(`/api/v1/approval-flows/${created.id}`), 409, 'IN_USE');
    const off = ok<FlowJson>(await admin.put(`/api/v1/approval-flows/${created.id}`, { ...body, active: false }));
    expect(off.active).toBe(false);
    expect((await submittedRequest(traveller, { yuan: 800 })).approval?.flowName).toBe('差旅申请审批');

    const unused = ok<FlowJson>(await admin.post('/api/v1/approval-flows', { ...body, name: '临时' }), 201);
    expect((await admin.del(`/api/v1/approval-flows/${unused.id}`)).statusCode).toBe(204);
    refused(await admin.get(`/api/v1/approval-flows/${unused.id}`), 404, 'NOT_FOUND');
    const audit = await k.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [
      unused.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['approval_flow.created', 'approval_flow.deleted']);
  });

  it('counts lengths in characters on the way in and on the way back: a stage name of 100 emoji is kept', async () => {
    // The request schema (Ajv) counts code points; the stored definition used to be re-checked by
    // TypeBox, which counts UTF-16 units, so 60 emoji passed in and failed on the way out (500).
    const name = '😀'.repeat(100);
    const created = ok<FlowJson>(
      await admin.post('/api/v1/approval-flows', {
        name: 'emoji',
        priority: 90,
        definition: { conditions: [], stages: [stage('s1', { kind: 'direct_manager' }, { name })] },
      }),
      201,
    );
    const read = ok<FlowJson & { definition: { stages: { name: string }[] } }>(await admin.get(`/api/v1/approval-flows/${created.id}`));
    expect(read.definition.stages[0]?.name).toBe(name);
    refused(
      await admin.post('/api/v1/approval-flows', {
        name: 'emoji 2',
        priority: 91,
        definition: { conditions: [], stages: [stage('s1', { kind: 'direct_manager' }, { name: `${name}😀` })] },
      }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('an account manager serving the tenant manages its flows with X-Tenant-Id', async () => {
    const res = await am.post('/api/v1/approval-flows', {
      name: '运营方配置',
      priority: 50,
      active: false,
      definition: { conditions: [], stages: [stage('s', { kind: 'role', role: 'finance' })] },
    });
    const flow = ok<FlowJson>(res, 201);
    const [row] = await k.db.database.query<{ tenant_id: string }>('select tenant_id from approval_flows where id = $1', [flow.id]);
    expect(row?.tenant_id).toBe(k.huachen);
  });
});
