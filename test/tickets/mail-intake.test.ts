import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyAddress, signTicketToken, startSmtpListener, type SmtpListener } from '../../src/modules/mail/index.ts';
import { DEFAULT_TICKET_SETTINGS, listIntakeReviews } from '../../src/modules/tickets/index.ts';
import { takeMail, type MailIntakeDeps, type MailOutcome } from '../../src/support/mail-intake.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

/**
 * Mail in over real SMTP: the listener hands each mail to the intake, which opens a ticket for a
 * known employee, threads replies (by the reply address's token, or by the Message-ID answered),
 * stores a redelivered mail once, and keeps what it cannot attribute for review.
 */
const SUPPORT = 'support@tripdesk.local';
let db: TestDb;
let listener: SmtpListener;
let deps: MailIntakeDeps;
const outcomes: MailOutcome[] = [];
/** The demo traveller's and approver's work addresses (employees.email, which the intake matches). */
let traveller = '';
let approver = '';
const silent = { info: () => {}, warn: () => {}, error: () => {} };

beforeAll(async () => {
  db = await testDatabase();
  const address = async (login: string) => {
    const [row] = await db.database.query<{ email: string }>(
      'select e.email from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = $1',
      [login],
    );
    if (!row?.email) throw new Error(`no work address behind ${login}`);
    return row.email;
  };
  traveller = await address('traveller@huachen.example.com');
  approver = await address('approver@huachen.example.com');
  deps = { db: db.database.db, supportEmail: SUPPORT, tokenSecret: Buffer.alloc(32, 9), settings: DEFAULT_TICKET_SETTINGS };
  listener = await startSmtpListener({
    port: 0,
    host: '127.0.0.1',
    supportEmail: SUPPORT,
    maxBytes: 5 * 1024 * 1024,
    onMessage: async (raw, envelope) => {
      outcomes.push(await takeMail(deps, raw, envelope));
    },
    log: silent,
  });
});
afterAll(async () => {
  await listener?.close();
  await db?.close();
});

const send = (mail: Parameters<ReturnType<typeof createTransport>['sendMail']>[0]) =>
  createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true }).sendMail(mail);
const last = () => outcomes[outcomes.length - 1];

describe('mail in', () => {
  let ticketId = '';
  const firstId = `<first-${Date.now()}@huachen.example.com>`;

  it('a known employee’s mail opens a ticket in their enterprise; delivered twice, it is stored once', async () => {
    const mail = {
      from: traveller,
      to: SUPPORT,
      subject: '行程单没有收到',
      text: '上周的机票行程单还没收到，麻烦补发。',
      messageId: firstId,
    };
    await send(mail);
    const opened = last();
    expect(opened).toMatchObject({ kind: 'ticket_opened', tenantId: db.demo.tenants.huachen, duplicate: false });
    if (opened?.kind !== 'ticket_opened') throw new Error('no ticket');
    ticketId = opened.ticketId;
    await send(mail);
    expect(last()).toMatchObject({ kind: 'ticket_opened', ticketId, duplicate: true });
    const [row] = await db.database.query<{ channel: string; language: string; subject: string; messages: number }>(
      `select t.channel, t.language, t.subject, (select count(*)::int from ticket_messages m where m.ticket_id = t.id) as messages from tickets t where t.id = $1`,
      [ticketId],
    );
    expect(row).toEqual({ channel: 'email', language: 'zh-CN', subject: '行程单没有收到', messages: 1 });
  });

  it('a reply to the reply address (its token) or to the Message-ID lands in the ticket, without the quoted history', async () => {
    const token = signTicketToken(deps.tokenSecret, ticketId);
    await send({
      from: traveller,
      to: replyAddress(SUPPORT, token),
      subject: 'Re: 行程单没有收到',
      text: '补充一下：是 12 月 1 日上海到北京的。\n\n在 2026-12-08 10:00:00，Tripdesk 客服 写道：\n> 您好，请提供订单号。',
    });
    expect(last()).toMatchObject({ kind: 'message_added', ticketId, duplicate: false, followUp: false });
    await send({
      from: traveller,
      to: SUPPORT,
      subject: 'Re: 行程单没有收到',
      text: '谢谢！',
      inReplyTo: firstId,
      references: [firstId],
    });
    expect(last()).toMatchObject({ kind: 'message_added', ticketId });
    const bodies = await db.database.query<{ body: string }>(
      `select body from ticket_messages where ticket_id = $1 order by created_at, id`,
      [ticketId],
    );
    expect(bodies.map((b) => b.body.trim())).toEqual([
      '上周的机票行程单还没收到，麻烦补发。',
      '补充一下：是 12 月 1 日上海到北京的。',
      '谢谢！',
    ]);
  });

  it('keeps for review what it cannot attribute: an unknown sender, someone else answering a ticket, a forged token', async () => {
    await send({
      from: 'stranger@gmail.com',
      to: SUPPORT,
      subject: 'Hello',
      text: 'Who are you?',
      messageId: `<stranger-${Date.now()}@gmail.com>`,
    });
    expect(last()).toMatchObject({ kind: 'kept_for_review', reason: 'unknown_sender' });
    const token = signTicketToken(deps.tokenSecret, ticketId);
    await send({ from: approver, to: replyAddress(SUPPORT, token), subject: 'Re: 行程单', text: '我来回复一下' });
    expect(last()).toMatchObject({ kind: 'kept_for_review', reason: 'not_the_requester' });
    const forged = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;
    await send({ from: 'stranger@gmail.com', to: replyAddress(SUPPORT, forged), subject: 'Re: x', text: 'let me in' });
    expect(last()).toMatchObject({ kind: 'kept_for_review', reason: 'unknown_sender' });
    const open = await listIntakeReviews(db.database.db, { limit: 50 });
    expect(open.items.map((r) => r.reason).sort()).toEqual(['not_the_requester', 'unknown_sender', 'unknown_sender']);
    expect(open.items.every((r) => r.rawBase64 !== null && r.rawBase64.length > 0)).toBe(true);
  });
});

describe('the review queue over HTTP', () => {
  it('the desk makes a kept mail a ticket for an employee, or discards one; each is reviewed once', async () => {
    const { buildTripdeskApp } = await import('../../src/app.ts');
    const { loadConfig } = await import('../../src/platform/config/config.ts');
    const { signInAs } = await import('../support/app.ts');
    const app = await buildTripdeskApp(
      { config: loadConfig({ TRIPDESK_DATA_DIR: '/tmp/tripdesk-test', LOG_LEVEL: 'silent' }), database: db.database, cipher: db.cipher },
      { logger: false },
    );
    await app.ready();
    try {
      const agent = await signInAs(app, 'agent@tripdesk.example.com');
      const list = await app.inject({ method: 'GET', url: '/api/v1/tickets/intake-reviews', headers: agent.headers });
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json<{ items: { id: string; reason: string; sender: string }[] }>().items;
      const [first, second] = items;
      if (!first || !second) throw new Error('nothing to review');
      const [employee] = await db.database.query<{ id: string }>(
        `select employee_id as id from accounts where email = 'traveller@huachen.example.com'`,
      );
      const made = await app.inject({
        method: 'POST',
        url: `/api/v1/tickets/intake-reviews/${first.id}/ticket`,
        headers: agent.headers,
        payload: { tenantId: db.demo.tenants.huachen, requesterEmployeeId: employee?.id, category: 'other' },
      });
      expect(made.statusCode, made.body).toBe(201);
      const again = await app.inject({
        method: 'POST',
        url: `/api/v1/tickets/intake-reviews/${first.id}/discard`,
        headers: agent.headers,
        payload: { note: 'spam' },
      });
      expect(again.statusCode).toBe(409);
      const discarded = await app.inject({
        method: 'POST',
        url: `/api/v1/tickets/intake-reviews/${second.id}/discard`,
        headers: agent.headers,
        payload: { note: '垃圾邮件' },
      });
      expect(discarded.statusCode, discarded.body).toBe(204);
      const left = await app.inject({ method: 'GET', url: '/api/v1/tickets/intake-reviews', headers: agent.headers });
      expect(left.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(first.id);
      const traveller = await signInAs(app, 'traveller@huachen.example.com');
      expect((await app.inject({ method: 'GET', url: '/api/v1/tickets/intake-reviews', headers: traveller.headers })).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});
