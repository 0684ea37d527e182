/**
 * Mail in (邮件渠道), at the composition root because it joins three modules: mail parses and
 * threads, org knows who sent it (an employee's address, in whichever enterprise), tickets stores
 * it. A reply goes into its ticket (by the signed token in the reply address, else by the Message-IDs
 * it answers) when it comes from the ticket's requester; a new mail from a known employee opens a
 * ticket in their enterprise; anything else is kept for review. Every path commits before the SMTP
 * listener answers 250, and a mail delivered twice is stored once.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/database.ts';
import { inSystemScope } from '../platform/db/scope.ts';
import { systemActor, type Actor } from '../modules/access/index.ts';
import { decideThread, parseInbound, type InboundEnvelope, type InboundMessage } from '../modules/mail/index.ts';
import { employees } from '../modules/org/index.ts';
import {
  addMessage,
  createTicket,
  keepForReview,
  ticketById,
  ticketOfChannelMessage,
  type IntakeReason,
  type TicketRow,
  type TicketSettings,
} from '../modules/tickets/index.ts';

export interface MailIntakeDeps {
  db: Db;
  supportEmail: string;
  /** The key of the tokens in reply addresses (derived from the platform key). */
  tokenSecret: Buffer;
  settings: TicketSettings;
  /** After a ticket changed, in the same transaction (its SLA); what it returns runs after the commit. */
  afterChange?(tx: Tx, ticket: TicketRow): Promise<() => Promise<void>>;
}

export type MailOutcome =
  | { kind: 'ticket_opened'; ticketId: string; tenantId: string; duplicate: boolean }
  | { kind: 'message_added'; ticketId: string; tenantId: string; duplicate: boolean; followUp: boolean }
  | { kind: 'kept_for_review'; reason: IntakeReason; reviewId: string };

interface Sender {
  tenantId: string;
  employeeId: string;
  name: string;
}

/** Active employees with this address, in any enterprise. */
async function employeesWithAddress(tx: Tx, address: string): Promise<Sender[]> {
  const rows = await tx
    .select({ tenantId: employees.tenantId, employeeId: employees.id, name: employees.name })
    .from(employees)
    .where(and(sql`lower(${employees.email}) = ${address.toLowerCase()}`, eq(employees.status, 'active')));
  return rows;
}

const hasChinese = (text: string) => /[\u3400-\u9fff]/.test(text);
const actorOf = (name: string): Actor => ({ ...systemActor(name), name: `${name}（邮件）` });

async function review(tx: Tx, mail: InboundMessage, raw: Buffer, reason: IntakeReason, at: Date): Promise<MailOutcome> {
  const row = await keepForReview(tx, {
    channel: 'email',
    reason,
    sender: mail.from?.address ?? null,
    senderName: mail.from?.name || null,
    subject: mail.subject || '(无主题)',
    body: mail.fullText || mail.text,
    externalId: mail.messageId,
    raw,
    receivedAt: at,
  });
  return { kind: 'kept_for_review', reason, reviewId: row.id };
}

/** The ticket a reply belongs to, when it is one. */
async function threadOf(tx: Tx, mail: InboundMessage, envelope: InboundEnvelope, deps: MailIntakeDeps): Promise<TicketRow | null | 'new'> {
  const decision = decideThread({
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    recipients: [...envelope.rcptTo, ...mail.to.map((a) => a.address), ...mail.cc.map((a) => a.address)],
    supportEmail: deps.supportEmail,
    secret: deps.tokenSecret,
  });
  if (decision.kind === 'token') return ticketById(tx, decision.ticketId);
  if (decision.kind === 'references') return (await ticketOfChannelMessage(tx, 'email', decision.messageIds)) ?? 'new';
  return 'new';
}

export async function takeMail(deps: MailIntakeDeps, raw: Buffer, envelope: InboundEnvelope): Promise<MailOutcome> {
  const mail = await parseInbound(raw);
  const at = envelope.receivedAt;
  const later: (() => Promise<void>)[] = [];
  const outcome = await inSystemScope(deps.db, async (tx): Promise<MailOutcome> => {
    if (!mail.from) return review(tx, mail, raw, 'no_sender', at);
    const senders = await employeesWithAddress(tx, mail.from.address);
    const ticket = await threadOf(tx, mail, envelope, deps);
    if (ticket !== 'new' && ticket !== null) {
      const sender = senders.find((s) => s.tenantId === ticket.tenantId && s.employeeId === ticket.requesterEmployeeId);
      if (!sender) return review(tx, mail, raw, 'not_the_requester', at);
      const added = await addMessage(
        tx,
        {
          tenantId: ticket.tenantId,
          ticketId: ticket.id,
          kind: 'public',
          author: { kind: 'requester', accountId: null, employeeId: sender.employeeId, name: sender.name },
          body: mail.text || mail.fullText || '(空邮件)',
          channel: 'email',
          ...(mail.messageId ? { externalId: mail.messageId } : {}),
          actor: actorOf(sender.name),
          at,
        },
        deps.settings,
      );
      if (!added.duplicate && deps.afterChange) later.push(await deps.afterChange(tx, added.ticket));
      return {
        kind: 'message_added',
        ticketId: added.ticket.id,
        tenantId: ticket.tenantId,
        duplicate: added.duplicate,
        followUp: added.followUp,
      };
    }
    if (senders.length === 0) return review(tx, mail, raw, 'unknown_sender', at);
    const [sender, second] = senders;
    if (!sender || second) return review(tx, mail, raw, 'ambiguous_sender', at);
    const text = mail.text || mail.fullText || '(空邮件)';
    const created = await createTicket(tx, {
      tenantId: sender.tenantId,
      subject: (mail.subject || text.split('\n')[0] || '(无主题)').slice(0, 200),
      body: text,
      category: 'inquiry',
      channel: 'email',
      language: hasChinese(`${mail.subject} ${text}`) ? 'zh-CN' : 'en',
      requester: { employeeId: sender.employeeId, name: sender.name },
      author: { kind: 'requester', accountId: null, employeeId: sender.employeeId, name: sender.name },
      actor: actorOf(sender.name),
      ...(mail.messageId ? { sourceRef: mail.messageId, externalMessageId: mail.messageId } : {}),
      at,
    });
    if (created.created && deps.afterChange) later.push(await deps.afterChange(tx, created.ticket));
    return { kind: 'ticket_opened', ticketId: created.ticket.id, tenantId: sender.tenantId, duplicate: !created.created };
  });
  for (const run of later) await run();
  return outcome;
}
