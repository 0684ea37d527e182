import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/modules/access/index.ts';
import { Value } from '@sinclair/typebox/value';
import {
  addBusinessMinutes,
  calendarOf,
  fireSlaTimer,
  firingsOf,
  pendingSlaTimers,
  SlaTimerPayload,
  storedTicketSla,
} from '../../src/modules/sla/index.ts';
import { addMessage, createTicket, DEFAULT_TICKET_SETTINGS, ticketById, type TicketRow } from '../../src/modules/tickets/index.ts';
import { inSystemScope, inTenantScope } from '../../src/platform/db/scope.ts';
import { slaAfterChange, slaFireDeps } from '../../src/support/ticket-sla.ts';
import { recordingScheduler } from '../approval/approval-test-kit.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

/**
 * Tickets under SLA on the database: a new ticket gets the default policy's deadlines in business
 * hours (China's holidays and 调休 included) and its timers armed; a timer that fires while the
 * target is still due acts once — a breach on the timeline and the priority one step up — and a
 * second firing, or one whose instant moved (a reply came), does nothing.
 */
let db: TestDb;
let tenantId: string;
let requester: { employeeId: string; name: string };
const scheduler = recordingScheduler();
const WORKDAY = calendarOf({
  kind: 'business_hours',
  timeZone: 'Asia/Shanghai',
  week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '18:00' }]])),
  chinaHolidays: true,
});
// A Tuesday morning in Beijing (2026-12-08 10:00 +08:00).
const OPENED = new Date('2026-12-08T02:00:00Z');

beforeAll(async () => {
  db = await testDatabase();
  tenantId = db.demo.tenants.huachen;
  const [row] = await db.database.query<{ id: string; name: string }>(
    `select e.id, e.name from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = 'traveller@huachen.example.com'`,
  );
  requester = { employeeId: row?.id ?? '', name: row?.name ?? '' };
});
afterAll(async () => db?.close());

const inTenant = <T>(fn: (tx: Parameters<Parameters<typeof inTenantScope>[2]>[0]) => Promise<T>) =>
  inTenantScope(db.database.db, [tenantId], fn);

async function open(subject: string, priority?: 'urgent'): Promise<TicketRow> {
  return inTenant(async (tx) => {
    const { ticket } = await createTicket(tx, {
      tenantId,
      subject,
      body: '请尽快处理',
      category: 'inquiry',
      ...(priority ? { priority } : {}),
      channel: 'web',
      language: 'zh-CN',
      requester,
      author: { kind: 'requester', accountId: null, employeeId: requester.employeeId, name: requester.name },
      actor: systemActor('测试'),
      at: OPENED,
    });
    const arm = await slaAfterChange(scheduler)(tx, ticket, OPENED);
    return { ticket, arm };
  }).then(async ({ ticket, arm }) => {
    await arm();
    return ticket;
  });
}

describe('SLA of a ticket', () => {
  it('a new ticket gets the default policy: first response due two business hours later, its timers armed', async () => {
    const ticket = await open('发票问题');
    const sla = await inTenant((tx) => storedTicketSla(tx, tenantId, ticket.id));
    expect(sla?.policyName).toBe('默认（工作时间）');
    const first = sla?.clock.targets.first_response;
    expect(first?.state).toBe('running');
    expect(first?.dueAt).toBe(addBusinessMinutes(WORKDAY, OPENED.getTime(), 120));
    expect(new Date(first?.dueAt ?? 0).toISOString()).toBe('2026-12-08T04:00:00.000Z');
    const armed = scheduler.sent.filter((s) => (s.payload as { ticketId: string }).ticketId === ticket.id);
    expect(armed.map((s) => [(s.payload as { target: string }).target, (s.payload as { kind: string }).kind])).toEqual(
      expect.arrayContaining([
        ['first_response', 'warning'],
        ['first_response', 'breach'],
        ['resolution', 'breach'],
      ]),
    );
    // What the job runner will accept (it checks payloads with TypeBox's Value).
    for (const s of armed) expect(Value.Check(SlaTimerPayload, s.payload)).toBe(true);
    // Keys make re-arming idempotent.
    expect(new Set(armed.map((s) => s.key)).size).toBe(armed.length);
  });

  it('a breach that is still due fires once: on the timeline, priority one step up; firing again does nothing', async () => {
    const ticket = await open('行程单未收到');
    const sla = await inTenant((tx) => storedTicketSla(tx, tenantId, ticket.id));
    const dueAt = sla?.clock.targets.first_response.dueAt ?? 0;
    const firing = { tenantId, ticketId: ticket.id, target: 'first_response' as const, kind: 'breach' as const, at: dueAt };
    const at = new Date(dueAt + 350);
    expect((await inTenant((tx) => fireSlaTimer(tx, slaFireDeps, firing, at))).outcome).toBe('fired');
    // Now high priority, under a stricter policy: the old instant is no longer the deadline.
    expect((await inTenant((tx) => fireSlaTimer(tx, slaFireDeps, firing, new Date(dueAt + 900)))).outcome).toBe('stale');
    const after = await inTenant((tx) => ticketById(tx, ticket.id));
    expect(after?.priority).toBe('high');
    const fired = await inTenant((tx) => firingsOf(tx, tenantId, ticket.id));
    expect(fired).toEqual([expect.objectContaining({ target: 'first_response', kind: 'breach', dueAt, lateMs: 350 })]);
    const events = await db.database.query<{ type: string }>(
      `select type from timeline_events where entity_type = 'ticket' and entity_id = $1 order by seq`,
      [ticket.id],
    );
    expect(events.map((e) => e.type)).toEqual(['ticket.created', 'ticket.sla_breached', 'ticket.updated']);
  });

  it('an urgent ticket runs on 7×24; its breach fires once however often the timer runs', async () => {
    const ticket = await open('到店无房', 'urgent');
    const sla = await inTenant((tx) => storedTicketSla(tx, tenantId, ticket.id));
    expect(sla?.policyName).toBe('紧急 7×24');
    const dueAt = sla?.clock.targets.first_response.dueAt ?? 0;
    expect(dueAt).toBe(OPENED.getTime() + 15 * 60_000);
    const firing = { tenantId, ticketId: ticket.id, target: 'first_response' as const, kind: 'breach' as const, at: dueAt };
    const outcomes = [];
    for (const late of [20, 400, 5_000])
      outcomes.push((await inTenant((tx) => fireSlaTimer(tx, slaFireDeps, firing, new Date(dueAt + late)))).outcome);
    expect(outcomes).toEqual(['fired', 'repeated', 'repeated']);
    expect(await inTenant((tx) => firingsOf(tx, tenantId, ticket.id))).toHaveLength(1);
  });

  it('a timer whose instant moved does nothing: the reply came in time', async () => {
    const ticket = await open('改签咨询');
    const sla = await inTenant((tx) => storedTicketSla(tx, tenantId, ticket.id));
    const dueAt = sla?.clock.targets.first_response.dueAt ?? 0;
    await inTenant(async (tx) => {
      const replied = await addMessage(
        tx,
        {
          tenantId,
          ticketId: ticket.id,
          kind: 'public',
          author: { kind: 'agent', accountId: null, employeeId: null, name: '客服' },
          body: '您好，正在处理',
          channel: 'web',
          actor: systemActor('客服'),
          at: new Date(OPENED.getTime() + 30 * 60_000),
        },
        DEFAULT_TICKET_SETTINGS,
      );
      await (
        await slaAfterChange(scheduler)(tx, replied.ticket, new Date(OPENED.getTime() + 30 * 60_000))
      )();
    });
    const met = await inTenant((tx) => storedTicketSla(tx, tenantId, ticket.id));
    expect(met?.clock.targets.first_response.state).toBe('met');
    const firing = { tenantId, ticketId: ticket.id, target: 'first_response' as const, kind: 'breach' as const, at: dueAt };
    expect((await inTenant((tx) => fireSlaTimer(tx, slaFireDeps, firing, new Date(dueAt)))).outcome).toBe('stale');
    expect((await inTenant((tx) => ticketById(tx, ticket.id)))?.priority).toBe('normal');
  });

  it('a starting server finds every instant not yet fired (past ones included) to arm again', async () => {
    const pending = await inSystemScope(db.database.db, (tx) => pendingSlaTimers(tx));
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.some((p) => p.kind === 'breach' && p.target === 'resolution')).toBe(true);
    const fired = await db.database.query<{ ticket_id: string; due_at: string }>(`select ticket_id, due_at::text from ticket_sla_firings`);
    for (const f of fired)
      expect(
        pending.some(
          (p) => p.ticketId === f.ticket_id && p.at === Number(f.due_at) && p.kind === 'breach' && p.target === 'first_response',
        ),
      ).toBe(false);
  });
});
