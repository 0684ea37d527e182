import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/modules/access/principal.ts';
import { notifyInApp } from '../../src/modules/notify/in-app.ts';
import { readTimeline } from '../../src/modules/timeline/read-timeline.ts';
import { recordChange } from '../../src/modules/timeline/record-change.ts';
import { inTenantScope } from '../../src/platform/db/scope.ts';
import { newId } from '../../src/platform/ids.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

let t: TestApp;
let huachen: string;
let yunfan: string;
beforeAll(async () => {
  t = await testApp();
  huachen = t.db.demo.tenants.huachen;
  yunfan = t.db.demo.tenants.yunfan;
});
afterAll(async () => {
  await t.close();
});

const employeeIdOf = async (email: string) => {
  const [row] = await t.db.database.query<{ employee_id: string }>('select employee_id from accounts where email = $1', [email]);
  if (!row) throw new Error(`no account ${email}`);
  return row.employee_id;
};

describe('timeline', () => {
  it('records each change on the entity timeline, in order, and in the audit log', async () => {
    const entityId = newId();
    const actor = systemActor('test');
    for (const type of ['travel_request.created', 'travel_request.submitted', 'approval.approved']) {
      await inTenantScope(t.db.database.db, [huachen], (tx) =>
        recordChange(tx, { tenantId: huachen, actor, entityType: 'travel_request', entityId, type, summary: type, data: { step: type } }),
      );
    }
    const events = await readTimeline(t.db.database.db, [huachen], 'travel_request', entityId);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'travel_request.created'],
      [2, 'travel_request.submitted'],
      [3, 'approval.approved'],
    ]);
    const audit = await t.db.database.query<{ action: string }>(
      'select action from audit_log where tenant_id = $1 and entity_id = $2 order by seq',
      [huachen, entityId],
    );
    expect(audit.map((a) => a.action)).toEqual(['travel_request.created', 'travel_request.submitted', 'approval.approved']);
    // Another tenant sees none of it.
    expect(await readTimeline(t.db.database.db, [yunfan], 'travel_request', entityId)).toEqual([]);
  });

  it('a change that fails leaves neither a timeline event nor an audit entry', async () => {
    const entityId = newId();
    await expect(
      inTenantScope(t.db.database.db, [huachen], async (tx) => {
        await recordChange(tx, {
          tenantId: huachen,
          actor: systemActor(),
          entityType: 'travel_request',
          entityId,
          type: 'x.y',
          summary: 'x',
        });
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await readTimeline(t.db.database.db, [huachen], 'travel_request', entityId)).toEqual([]);
    const audit = await t.db.database.query('select 1 from audit_log where entity_id = $1', [entityId]);
    expect(audit).toHaveLength(0);
  });
});

describe('in-app notifications', () => {
  it('the recipient lists them newest first with an unread count, marks one and then all read', async () => {
    const traveller = await employeeIdOf('traveller@huachen.example.com');
    const s = await signInAs(t.app, 'traveller@huachen.example.com');
    // The demo data may already hold notifications for this traveller: count from where we start.
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: s.headers })).json<{ unread: number }>()
      .unread;
    await inTenantScope(t.db.database.db, [huachen], async (tx) => {
      await notifyInApp(tx, {
        tenantId: huachen,
        recipientIds: [traveller, traveller],
        template: 'approval_requested',
        data: { n: 1 },
        link: '/x/1',
      });
      await notifyInApp(tx, { tenantId: huachen, recipientIds: [traveller], template: 'approved', data: { n: 2 } });
    });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: s.headers });
    expect(list.statusCode).toBe(200);
    const body = list.json<{ items: { id: string; template: string }[]; unread: number }>();
    expect(body.unread).toBe(before + 2);
    expect(body.items.slice(0, 2).map((i) => i.template)).toEqual(['approved', 'approval_requested']);

    const first = body.items[0]?.id ?? '';
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first}/read`, headers: s.headers })).statusCode).toBe(204);
    const unread = await t.app.inject({ method: 'GET', url: '/api/v1/notifications?unread=true', headers: s.headers });
    expect(unread.json<{ items: unknown[]; unread: number }>()).toMatchObject({ unread: before + 1 });
    const all = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: s.headers });
    expect(all.json()).toEqual({ marked: before + 1 });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/notifications?unread=true', headers: s.headers });
    expect(after.json<{ items: unknown[]; unread: number }>()).toMatchObject({ items: [], unread: 0 });
  });

  it('nobody else can read or mark them', async () => {
    const traveller = await employeeIdOf('traveller@huachen.example.com');
    const [row] = await t.db.database.query<{ id: string }>('select id from notifications where recipient_id = $1 limit 1', [traveller]);
    const other = await signInAs(t.app, 'approver@huachen.example.com');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: other.headers });
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(row?.id);
    const mark = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${row?.id ?? ''}/read`, headers: other.headers });
    expect(mark.statusCode).toBe(404);
    const foreign = await signInAs(t.app, 'admin@yunfan.example.com');
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${row?.id ?? ''}/read`, headers: foreign.headers })).statusCode,
    ).toBe(404);
  });
});
