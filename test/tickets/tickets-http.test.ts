import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalDeps } from '../../src/approval-subjects.ts';
import { createOrder, type OrderRow } from '../../src/modules/orders/index.ts';
import { recordingScheduler, type Kit } from '../approval/approval-test-kit.ts';
import { flightInput, inOrderWork } from '../orders/order-kit.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

/**
 * Tickets over HTTP: a traveller opens one from their order; the desk sees it in its views, takes
 * it (optimistic concurrency), replies and notes; the statuses move as the desk and the requester
 * act (pending on the customer, solved, reopened, closed, a follow-up); another enterprise never
 * sees it; an API key opens tickets idempotently; every change is on the timeline.
 */
let t: TestApp;
let order: OrderRow;
type Send = (o: InjectOptions) => Promise<LightMyRequestResponse>;
let traveller: Send;
let colleague: Send;
let agent: Send;
let agentId: string;
let yunfanAdmin: Send;
let hcAdmin: Send;
/** The ticket the first journey opens. */
let firstId = '';

const employee = async (email: string) => {
  const [row] = await t.db.database.query<{ id: string; name: string }>(
    'select e.id, e.name from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = $1',
    [email],
  );
  if (!row) throw new Error(email);
  return row;
};

beforeAll(async () => {
  t = await testApp();
  const kit = { deps: { ...approvalDeps(t.db.database.db, recordingScheduler()) }, huachen: t.db.demo.tenants.huachen } as unknown as Kit;
  const me = await employee('traveller@huachen.example.com');
  order = await inOrderWork(kit, (w) => createOrder(w, flightInput(me.id)));
  const as = async (email: string): Promise<Send> => {
    const { headers } = await signInAs(t.app, email);
    return (o) => t.app.inject({ ...o, headers: { ...headers, ...(o.headers as Record<string, string> | undefined) } });
  };
  traveller = await as('traveller@huachen.example.com');
  colleague = await as('approver@huachen.example.com');
  agent = await as('agent@tripdesk.example.com');
  yunfanAdmin = await as('admin@yunfan.example.com');
  hcAdmin = await as('admin@huachen.example.com');
  const [row] = await t.db.database.query<{ id: string }>(`select id from accounts where email = 'agent@tripdesk.example.com'`);
  agentId = row?.id ?? '';
});
afterAll(async () => t?.close());

const body = <T = Record<string, unknown>>(res: LightMyRequestResponse, status: number): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};
const huachen = () => ({ 'x-tenant-id': t.db.demo.tenants.huachen });

interface Ticket {
  id: string;
  number: number;
  status: string;
  version: number;
  assigneeAccountId: string | null;
  firstResponseAt: string | null;
  reopenUntil: string | null;
  followUpOf: string | null;
  messages: { kind: string; authorKind: string; body: string }[];
  orders: { orderId: string; trackingCode: string }[];
}

describe('a ticket from open to follow-up', () => {
  let ticket: Ticket;

  it('a traveller opens one from their order (联系客服), and sees it among what they requested', async () => {
    ticket = body<Ticket>(
      await traveller({
        method: 'POST',
        url: '/api/v1/tickets',
        payload: {
          subject: '航班延误，想改签',
          body: '明天的航班延误了，能否改到下午？',
          category: 'change',
          orderCodes: [order.trackingCode.toLowerCase()],
        },
      }),
      201,
    );
    expect(ticket).toMatchObject({
      status: 'new',
      priority: 'normal',
      channel: 'web',
      requesterName: expect.any(String),
      assigneeAccountId: null,
    });
    expect(ticket.number).toBeGreaterThanOrEqual(100001);
    expect(ticket.orders).toEqual([{ orderId: order.id, trackingCode: order.trackingCode }]);
    expect(ticket.messages).toEqual([expect.objectContaining({ kind: 'public', authorKind: 'requester' })]);
    firstId = ticket.id;
    const mine = body<{ items: { id: string; requesterEmployeeId: string }[] }>(
      await traveller({ method: 'GET', url: '/api/v1/tickets' }),
      200,
    );
    expect(mine.items[0]?.id).toBe(ticket.id);
    expect(new Set(mine.items.map((i) => i.requesterEmployeeId)).size).toBe(1);
    // Not someone else's order, not the desk's views.
    body(
      await colleague({
        method: 'POST',
        url: '/api/v1/tickets',
        payload: { subject: 'x', body: 'y', category: 'inquiry', orderCodes: [order.trackingCode] },
      }),
      422,
    );
    body(await traveller({ method: 'GET', url: '/api/v1/tickets?view=unassigned' }), 403);
  });

  it('the desk sees it unassigned, takes it with the version it saw; a stale version is refused', async () => {
    const counts = body<Record<string, number>>(await agent({ method: 'GET', url: '/api/v1/tickets/views' }), 200);
    expect(counts.unassigned).toBeGreaterThanOrEqual(1);
    const unassigned = body<{ items: { id: string }[] }>(
      await agent({ method: 'GET', url: '/api/v1/tickets?view=unassigned&category=change' }),
      200,
    );
    expect(unassigned.items.map((i) => i.id)).toContain(ticket.id);
    const byNumber = body<{ items: { id: string }[] }>(
      await agent({ method: 'GET', url: `/api/v1/tickets?view=all&q=%23${ticket.number}` }),
      200,
    );
    expect(byNumber.items.map((i) => i.id)).toEqual([ticket.id]);
    const taken = body<Ticket>(
      await agent({
        method: 'PATCH',
        url: `/api/v1/tickets/${ticket.id}`,
        payload: { version: ticket.version, assigneeAccountId: agentId, priority: 'high' },
      }),
      200,
    );
    expect(taken).toMatchObject({ assigneeAccountId: agentId, version: ticket.version + 1 });
    const stale = body<{ code: string }>(
      await agent({ method: 'PATCH', url: `/api/v1/tickets/${ticket.id}`, payload: { version: ticket.version, priority: 'low' } }),
      409,
    );
    expect(stale.code).toBe('CONCURRENT_UPDATE');
    const notStaff = body<{ code: string }>(
      await agent({
        method: 'PATCH',
        url: `/api/v1/tickets/${ticket.id}`,
        payload: { version: taken.version, assigneeAccountId: ticket.id },
      }),
      422,
    );
    expect(notStaff.code).toBe('VALIDATION_FAILED');
    const mine = body<{ items: { id: string }[] }>(await agent({ method: 'GET', url: '/api/v1/tickets?view=mine' }), 200);
    expect(mine.items.map((i) => i.id)).toContain(ticket.id);
    ticket = taken;
  });

  it('a public reply is the first response and opens it; a note stays inside the desk; replying pending on the customer, their answer reopens it', async () => {
    const replied = body<{ ticket: Ticket }>(
      await agent({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '您好，已为您查询下午的航班。' } }),
      201,
    ).ticket;
    expect(replied.status).toBe('open');
    expect(replied.firstResponseAt).not.toBeNull();
    body(
      await agent({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '供应商说下午有位', kind: 'note' } }),
      201,
    );
    const seen = body<Ticket>(await traveller({ method: 'GET', url: `/api/v1/tickets/${ticket.id}` }), 200);
    expect(seen.messages.map((m) => m.kind)).toEqual(['public', 'public']);
    const desk = body<Ticket>(await agent({ method: 'GET', url: `/api/v1/tickets/${ticket.id}` }), 200);
    expect(desk.messages.map((m) => m.kind)).toEqual(['public', 'public', 'note']);
    body(await traveller({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '内部', kind: 'note' } }), 403);

    const waiting = body<{ ticket: Ticket }>(
      await agent({
        method: 'POST',
        url: `/api/v1/tickets/${ticket.id}/messages`,
        payload: { body: '请确认 15:30 的航班可以吗？', status: 'pending_customer' },
      }),
      201,
    ).ticket;
    expect(waiting.status).toBe('pending_customer');
    const answered = body<{ ticket: Ticket }>(
      await traveller({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '可以，谢谢' } }),
      201,
    ).ticket;
    expect(answered.status).toBe('open');
  });

  it('solved, reopened by the requester within the window, closed for good; a later message opens a follow-up', async () => {
    const solved = body<{ ticket: Ticket }>(
      await agent({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '已改签成功。', status: 'solved' } }),
      201,
    ).ticket;
    expect(solved.status).toBe('solved');
    expect(Date.parse(solved.reopenUntil ?? '')).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
    const reopened = body<{ ticket: Ticket }>(
      await traveller({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '行程单还没收到' } }),
      201,
    ).ticket;
    expect(reopened).toMatchObject({ status: 'open', reopenUntil: null });
    const closed = body<Ticket>(
      await agent({ method: 'PATCH', url: `/api/v1/tickets/${ticket.id}`, payload: { version: reopened.version, status: 'solved' } }),
      200,
    );
    const final = body<Ticket>(
      await agent({ method: 'PATCH', url: `/api/v1/tickets/${ticket.id}`, payload: { version: closed.version, status: 'closed' } }),
      200,
    );
    expect(final.status).toBe('closed');
    const illegal = body<{ code: string }>(
      await agent({ method: 'PATCH', url: `/api/v1/tickets/${ticket.id}`, payload: { version: final.version, status: 'open' } }),
      409,
    );
    expect(illegal.code).toBe('TICKET_ILLEGAL_TRANSITION');
    const later = body<{ ticket: Ticket; followUp: boolean }>(
      await traveller({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/messages`, payload: { body: '又有新问题' } }),
      201,
    );
    expect(later.followUp).toBe(true);
    expect(later.ticket).toMatchObject({ status: 'new', followUpOf: ticket.id });
    expect(later.ticket.orders).toEqual(ticket.orders);
  });

  it('every change is on the timeline, field by field, and in the audit log', async () => {
    const timeline = body<{ type: string; data: Record<string, unknown> }[]>(
      await agent({ method: 'GET', url: `/api/v1/tickets/${ticket.id}/timeline` }),
      200,
    );
    const types = timeline.map((e) => e.type);
    expect(types[0]).toBe('ticket.created');
    expect(types).toEqual(
      expect.arrayContaining([
        'ticket.updated',
        'ticket.replied',
        'ticket.noted',
        'ticket.requester_replied',
        'ticket.solved',
        'ticket.reopened',
        'ticket.closed',
      ]),
    );
    const priority = timeline.find((e) => e.type === 'ticket.updated');
    expect(priority?.data.changes).toEqual(expect.arrayContaining([{ field: 'priority', from: 'normal', to: 'high' }]));
    const [audit] = await t.db.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where entity_type = 'ticket' and entity_id = $1`,
      [ticket.id],
    );
    expect(audit?.n).toBe(timeline.length);
  });
});

describe('who sees what', () => {
  it('another enterprise and a colleague never see it; the travel admin sees the enterprise’s tickets without the notes', async () => {
    const id = firstId;
    expect((await yunfanAdmin({ method: 'GET', url: `/api/v1/tickets/${id}` })).statusCode).toBe(404);
    expect((await colleague({ method: 'GET', url: `/api/v1/tickets/${id}` })).statusCode).toBe(404);
    expect((await colleague({ method: 'POST', url: `/api/v1/tickets/${id}/messages`, payload: { body: 'hi' } })).statusCode).toBe(404);
    const all = body<{ items: { id: string; tenantId: string }[] }>(
      await yunfanAdmin({ method: 'GET', url: '/api/v1/tickets?view=all' }),
      200,
    );
    expect(all.items.length).toBeGreaterThan(0);
    expect(all.items.every((i) => i.tenantId === t.db.demo.tenants.yunfan)).toBe(true);
    const admin = body<Ticket>(await hcAdmin({ method: 'GET', url: `/api/v1/tickets/${id}` }), 200);
    expect(admin.messages.every((m) => m.kind === 'public')).toBe(true);
  });

  it('an agent serving two enterprises opens a ticket for a caller in the one it names (a logged call)', async () => {
    const caller = await employee('approver@huachen.example.com');
    const noTenant = await agent({
      method: 'POST',
      url: '/api/v1/tickets',
      payload: { subject: '电话咨询', body: '来电询问发票', category: 'invoice', requesterEmployeeId: caller.id },
    });
    expect(noTenant.statusCode).toBe(400);
    const logged = body<Ticket & { channel: string }>(
      await agent({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: huachen(),
        payload: { subject: '电话咨询', body: '来电询问发票', category: 'invoice', requesterEmployeeId: caller.id },
      }),
      201,
    );
    expect(logged).toMatchObject({ channel: 'phone', status: 'new' });
    expect(logged.messages).toEqual([expect.objectContaining({ kind: 'note', authorKind: 'agent' })]);
  });

  it('an API key (tickets:write) opens tickets for an employee, idempotently by sourceRef', async () => {
    const key = body<{ secret: string }>(
      await hcAdmin({ method: 'POST', url: '/api/v1/api-keys', payload: { name: 'OA 系统', scopes: ['tickets:write'] } }),
      201,
    );
    const caller = await employee('traveller@huachen.example.com');
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: { authorization: `Bearer ${key.secret}` },
        payload: {
          subject: 'OA 转来的报销咨询',
          body: '发票抬头错误',
          category: 'invoice',
          requesterEmployeeId: caller.id,
          sourceRef: 'OA-2026-001',
        },
      });
    const first = body<Ticket & { channel: string }>(await send(), 201);
    const again = body<Ticket>(await send(), 201);
    expect(again.id).toBe(first.id);
    expect(first.channel).toBe('api');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: { authorization: `Bearer ${key.secret}` },
      payload: { subject: 'x', body: 'y', category: 'other' },
    });
    expect(missing.statusCode).toBe(422);
  });
});
