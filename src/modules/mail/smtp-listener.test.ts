/**
 * The email channel over real SMTP on ephemeral ports: nodemailer and a raw socket talk to the
 * listener, and the desk's outgoing mail goes through nodemailer to a second smtp-server standing
 * for the requester's mail server. "The desk" here is the handful of lines the composition root
 * will run: parse, decide the thread, find or open the ticket.
 */
import net from 'node:net';
import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { v7 } from 'uuid';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decideThread } from './engine/thread-decision.ts';
import type { InboundMessage } from './inbound-message.ts';
import { parseInbound } from './parse-inbound.ts';
import { createMailSender } from './send-mail.ts';
import { startSmtpListener, type InboundEnvelope, type SmtpListener } from './smtp-listener.ts';
import { ticketReceivedMail } from './templates.ts';
import { readMailFixture } from './testing/fixtures.ts';
import { ticketNotification } from './ticket-notification.ts';

const SUPPORT = 'support@tripdesk.local';
const secret = Buffer.from('a-test-secret-of-32-bytes-length');
const MAX_BYTES = 64 * 1024;
const silent = { info: () => {}, warn: () => {}, error: () => {} };

type Handler = (raw: Buffer, envelope: InboundEnvelope) => Promise<void>;
let handle: Handler = async () => {};
let listener: SmtpListener;

/** The requester's mail server: takes anything and keeps it. */
async function startMailbox() {
  const messages: Buffer[] = [];
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const client = (port: number) => createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A raw SMTP session: send a line, read the (possibly multi-line) reply. */
function smtpSession(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  let wake: () => void = () => {};
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    wake();
  });
  const reply = async (): Promise<string> => {
    for (;;) {
      const m = /^(?:\d{3}-[^\r\n]*\r\n)*\d{3} [^\r\n]*\r\n/.exec(buffer);
      if (m) {
        buffer = buffer.slice(m[0].length);
        return m[0];
      }
      await new Promise<void>((r) => (wake = r));
    }
  };
  return {
    reply,
    pending: () => buffer,
    send: (line: string) => {
      socket.write(`${line}\r\n`);
      return reply();
    },
    write: (data: string) => socket.write(data),
    close: () => socket.destroy(),
  };
}

beforeAll(async () => {
  listener = await startSmtpListener({
    port: 0,
    host: '127.0.0.1',
    supportEmail: SUPPORT,
    maxBytes: MAX_BYTES,
    onMessage: (raw, envelope) => handle(raw, envelope),
    log: silent,
    serverName: 'mx.tripdesk.local',
  });
});
afterAll(async () => {
  await listener.close();
});
afterEach(() => {
  handle = async () => {};
});

describe('email threading over SMTP', () => {
  it('a GB2312 request with an attachment opens a ticket; a reply to its acknowledgement lands in it', async () => {
    const mailbox = await startMailbox();
    const sender = createMailSender({ smtpUrl: `smtp://127.0.0.1:${mailbox.port}`, from: `"Tripdesk 客服" <${SUPPORT}>` });

    // The desk: tickets, and the Message-IDs of every mail in and out of each.
    const tickets = new Map<string, InboundMessage[]>();
    const ticketOfMessageId = new Map<string, string>();
    const deliveries: { ticketId: string; how: string; mail: InboundMessage }[] = [];
    handle = async (raw, envelope) => {
      const mail = await parseInbound(raw);
      const recipients = [...envelope.rcptTo, ...mail.to.map((a) => a.address), ...mail.cc.map((a) => a.address)];
      const decision = decideThread({ inReplyTo: mail.inReplyTo, references: mail.references, recipients, supportEmail: SUPPORT, secret });
      let ticketId: string | undefined;
      if (decision.kind === 'token') ticketId = decision.ticketId;
      if (decision.kind === 'references')
        ticketId = decision.messageIds.map((id) => ticketOfMessageId.get(id)).find((t) => t !== undefined);
      const how = ticketId === undefined ? 'new' : decision.kind;
      ticketId ??= v7();
      tickets.set(ticketId, [...(tickets.get(ticketId) ?? []), mail]);
      if (mail.messageId) ticketOfMessageId.set(mail.messageId, ticketId);
      deliveries.push({ ticketId, how, mail });
    };

    // 1. Zhang San writes from Foxmail, in GB2312, with the itinerary attached.
    const request = readMailFixture('foxmail-gb2312-new.eml');
    const sent = await client(listener.port).sendMail({ envelope: { from: 'zhangsan@example.com', to: [SUPPORT] }, raw: request });
    expect(sent.response).toMatch(/^250 /);
    expect(deliveries).toHaveLength(1);
    const opened = deliveries[0];
    expect(opened?.how).toBe('new');
    expect(opened?.mail.subject).toBe('机票改签：12月10日北京—上海 CA1501');
    expect(opened?.mail.from).toEqual({ address: 'zhangsan@example.com', name: '张三' });
    expect(opened?.mail.text).toMatch(/^您好：\n\n我是市场部的张三。.*同行的王镕也一起改。\n\n行程单见附件，谢谢！$/);
    expect(opened?.mail.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([['行程单.pdf', 'application/pdf', 70]]);
    const ticketId = opened?.ticketId ?? '';

    // 2. The desk acknowledges it: the ticket's reply address in Reply-To, threaded under the request.
    const ack = ticketNotification({
      to: 'zhangsan@example.com',
      mail: ticketReceivedMail('zh-CN', { requesterName: '张三', ticketNumber: 'T-2612-0001', subject: opened?.mail.subject ?? '' }),
      supportEmail: SUPPORT,
      tokenSecret: secret,
      ticketId,
      thread: [opened?.mail.messageId ?? ''],
    });
    const { messageId: ackId, rejected } = await sender.send(ack);
    expect(rejected).toEqual([]);
    ticketOfMessageId.set(ackId, ticketId);
    expect(mailbox.messages).toHaveLength(1);
    const received = await simpleParser(mailbox.messages[0] ?? Buffer.alloc(0));
    expect(received.messageId).toBe(ackId);
    expect(received.subject).toBe('[工单 T-2612-0001] 我们已收到您的请求：机票改签：12月10日北京—上海 CA1501');
    expect(received.inReplyTo).toBe('<202612080941070712345@example.com>');
    const replyTo = received.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(/^support\+t\.[0-9a-z]{39}@tripdesk\.local$/);

    // 3. Zhang San answers the acknowledgement; their client quotes it 网易-style.
    const quoted = (received.text ?? '')
      .trim()
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    await client(listener.port).sendMail({
      from: '"张三" <zhangsan@example.com>',
      to: replyTo,
      subject: `Re: ${received.subject}`,
      inReplyTo: ackId,
      references: [opened?.mail.messageId ?? '', ackId],
      text: `好的，谢谢！改签后请把新的行程单发给我。\n\n在 2026-12-08 10:00:00，"Tripdesk 客服" <support@tripdesk.local> 写道：\n${quoted}\n`,
    });
    expect(deliveries).toHaveLength(2);
    expect(deliveries[1]).toMatchObject({ ticketId, how: 'token' });
    expect(deliveries[1]?.mail.text).toBe('好的，谢谢！改签后请把新的行程单发给我。');

    // 4. A client that dropped Reply-To and wrote to the support address still threads by In-Reply-To.
    await client(listener.port).sendMail({
      from: 'zhangsan@example.com',
      to: SUPPORT,
      subject: `Re: ${received.subject}`,
      inReplyTo: ackId,
      text: '还有一件事：同行的王镕也需要改签。',
    });
    expect(deliveries[2]).toMatchObject({ ticketId, how: 'references' });

    // 5. A forged reply address does not reach the ticket: without headers it is a new mail.
    const forged = replyTo.replace(/t\.([0-9a-z])/, (_m, c: string) => `t.${c === '0' ? '2' : '0'}`);
    await client(listener.port).sendMail({ from: 'someone@example.org', to: forged, subject: 'hi', text: 'hello' });
    expect(deliveries[3]?.how).toBe('new');
    expect(deliveries[3]?.ticketId).not.toBe(ticketId);

    expect(tickets.get(ticketId)?.map((m) => m.text)).toEqual([
      opened?.mail.text,
      '好的，谢谢！改签后请把新的行程单发给我。',
      '还有一件事：同行的王镕也需要改签。',
    ]);
    sender.close();
    await mailbox.close();
  });

  it('the envelope names the sender, the support recipients and the client', async () => {
    const envelopes: InboundEnvelope[] = [];
    handle = async (_raw, envelope) => {
      envelopes.push(envelope);
    };
    const info = await client(listener.port).sendMail({
      envelope: { from: 'LiLei@Example.com', to: ['Support@Tripdesk.local', 'other@example.com'] },
      from: 'lilei@example.com',
      to: SUPPORT,
      subject: 'x',
      text: 'y',
    });
    expect(info.rejected).toEqual(['other@example.com']);
    expect(envelopes).toHaveLength(1);
    expect(envelopes[0]).toMatchObject({ mailFrom: 'lilei@example.com', rcptTo: ['support@tripdesk.local'], remoteAddress: '127.0.0.1' });
    expect(envelopes[0]?.receivedAt).toBeInstanceOf(Date);
  });
});

describe('the listener loses no mail', () => {
  it('answers 250 only once the handler resolved', async () => {
    const gate = deferred();
    const called = deferred();
    handle = async () => {
      called.resolve();
      await gate.promise;
    };
    const s = smtpSession(listener.port);
    expect(await s.reply()).toMatch(/^220 mx\.tripdesk\.local /);
    const ehlo = await s.send('EHLO client.example');
    expect(ehlo).toMatch(/^250-mx\.tripdesk\.local/);
    expect(ehlo).toMatch(new RegExp(`^250[- ]SIZE ${MAX_BYTES}\r$`, 'm'));
    expect(ehlo).not.toMatch(/AUTH|STARTTLS/);
    expect(await s.send('AUTH PLAIN AGxpbGVpAHNlY3JldA==')).toMatch(/^50[02] /);
    expect(await s.send('MAIL FROM:<lilei@example.com>')).toMatch(/^250 /);
    expect(await s.send('RCPT TO:<lilei@example.com>')).toMatch(/^550 /);
    expect(await s.send('RCPT TO:<support+t.anything@tripdesk.local>')).toMatch(/^250 /);
    expect(await s.send('DATA')).toMatch(/^354 /);
    s.write('From: lilei@example.com\r\nTo: support@tripdesk.local\r\nSubject: wait\r\n\r\nbody\r\n.\r\n');
    await called.promise;
    // The handler holds the message: no reply may have been sent, however long it takes.
    await new Promise((r) => setTimeout(r, 50));
    expect(s.pending()).toBe('');
    gate.resolve();
    expect(await s.reply()).toMatch(/^250 /);
    expect(await s.send('QUIT')).toMatch(/^221 /);
    s.close();
  });

  it('a handler that fails gives 451 (nothing acknowledged); the retry is delivered', async () => {
    let attempts = 0;
    const delivered: Buffer[] = [];
    handle = async (raw) => {
      attempts += 1;
      if (attempts === 1) throw new Error('database unavailable');
      delivered.push(raw);
    };
    const message = { from: 'zhangsan@example.com', to: SUPPORT, subject: '改签', text: '请改签到12月11日。' };
    await expect(client(listener.port).sendMail(message)).rejects.toMatchObject({ responseCode: 451 });
    expect(delivered).toEqual([]);
    const retry = await client(listener.port).sendMail(message);
    expect(retry.response).toMatch(/^250 /);
    expect(delivered).toHaveLength(1);
    expect((await parseInbound(delivered[0] ?? Buffer.alloc(0))).text).toBe('请改签到12月11日。');
  });

  it('refuses mail for other mailboxes with 550', async () => {
    let called = false;
    handle = async () => {
      called = true;
    };
    await expect(
      client(listener.port).sendMail({ from: 'a@example.com', to: 'sales@tripdesk.local', subject: 'x', text: 'y' }),
    ).rejects.toMatchObject({
      responseCode: 550,
    });
    expect(called).toBe(false);
  });

  it('refuses a message over the size limit with 552, declared (SIZE) or not', async () => {
    let called = false;
    handle = async () => {
      called = true;
    };
    const big = 'x'.repeat(MAX_BYTES + 1);
    await expect(client(listener.port).sendMail({ from: 'a@example.com', to: SUPPORT, subject: 'big', text: big })).rejects.toMatchObject({
      responseCode: 552,
    });

    const s = smtpSession(listener.port);
    await s.reply();
    await s.send('EHLO client.example');
    expect(await s.send('MAIL FROM:<a@example.com> SIZE=999999999')).toMatch(/^552 /);
    expect(await s.send('MAIL FROM:<a@example.com>')).toMatch(/^250 /);
    expect(await s.send(`RCPT TO:<${SUPPORT}>`)).toMatch(/^250 /);
    expect(await s.send('DATA')).toMatch(/^354 /);
    s.write(`Subject: big\r\n\r\n${`${'y'.repeat(998)}\r\n`.repeat(70)}.\r\n`);
    expect(await s.reply()).toMatch(/^552 /);
    s.close();
    expect(called).toBe(false);
  });
});
