/**
 * A message on a ticket: a public reply or an internal note by an agent, or the requester's message
 * from any channel. What it does to the status: the requester's message reopens a ticket pending
 * on them or solved within the reopen window, and a message to a closed ticket (or one solved past
 * its window) opens a follow-up ticket instead; an agent's first public reply is the first response
 * and opens a new ticket; an agent may set the status with the message. A message delivered twice
 * on its channel (same external id) is stored once.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { recordChange } from '../timeline/index.ts';
import { ticketTextProblems } from './engine/ticket-input.ts';
import { agentMayMove, statusAfterAgentReply, statusAfterRequesterMessage, type TicketStatus } from './engine/ticket-lifecycle.ts';
import { createTicket } from './create-ticket.ts';
import { ticketMessages, ticketOrders, tickets } from './schema.ts';
import { lockTicket, ticketRef } from './ticket-rows.ts';
import type { NewMessageInput, TicketMessageRow, TicketRow, TicketSettings } from './ticket-types.ts';
import { applyChanges, type FieldChange } from './update-ticket.ts';

export interface AddedMessage {
  /** The ticket the message went to: the one named, or its follow-up. */
  ticket: TicketRow;
  message: TicketMessageRow;
  duplicate: boolean;
  followUp: boolean;
}

async function existingMessage(tx: Tx, input: NewMessageInput): Promise<TicketMessageRow | null> {
  if (input.externalId === undefined) return null;
  const [row] = await tx
    .select()
    .from(ticketMessages)
    .where(
      and(
        eq(ticketMessages.tenantId, input.tenantId),
        eq(ticketMessages.channel, input.channel),
        eq(ticketMessages.externalId, input.externalId),
      ),
    );
  return row ?? null;
}

/** The status the message leaves the ticket in; null: it belongs in a follow-up ticket. */
function nextStatus(row: TicketRow, input: NewMessageInput, nowMs: number): TicketStatus | null {
  const reopenUntil = row.reopenUntil?.getTime() ?? null;
  if (input.author.kind === 'requester') return statusAfterRequesterMessage(row.status, nowMs, reopenUntil);
  if (row.status === 'closed') throw new AppError('TICKET_ILLEGAL_TRANSITION', `Ticket ${ticketRef(row)} is closed`);
  const wanted = input.setStatus ?? (input.kind === 'public' ? statusAfterAgentReply(row.status) : row.status);
  if (wanted !== row.status) {
    const move = agentMayMove(row.status, wanted, nowMs, reopenUntil);
    if (!move.ok) throw new AppError('TICKET_ILLEGAL_TRANSITION', `Ticket ${ticketRef(row)}: ${move.reason ?? 'not allowed'}`);
  }
  return wanted;
}

/** A follow-up of a closed ticket: same tenant, requester, category and orders; the message opens it. */
async function openFollowUp(tx: Tx, row: TicketRow, input: NewMessageInput, at: Date): Promise<AddedMessage> {
  const orders = await tx
    .select({ orderId: ticketOrders.orderId, trackingCode: ticketOrders.trackingCode })
    .from(ticketOrders)
    .where(and(eq(ticketOrders.tenantId, row.tenantId), eq(ticketOrders.ticketId, row.id)));
  const created = await createTicket(tx, {
    tenantId: row.tenantId,
    subject: row.subject,
    body: input.body,
    category: row.category,
    priority: row.priority,
    channel: input.channel,
    language: row.language,
    requester: { employeeId: row.requesterEmployeeId, name: row.requesterName },
    author: input.author,
    actor: input.actor,
    orders,
    tags: row.tags,
    followUpOf: row.id,
    ...(input.externalId === undefined ? {} : { externalMessageId: input.externalId }),
    at,
  });
  if (!created.firstMessage) throw new Error('a follow-up ticket without its first message');
  return { ticket: created.ticket, message: created.firstMessage, duplicate: false, followUp: true };
}

export async function addMessage(tx: Tx, input: NewMessageInput, settings: TicketSettings): Promise<AddedMessage> {
  const problems = ticketTextProblems({ body: input.body });
  if (problems.length > 0) throw validationFailed(problems);
  if (input.kind === 'note' && input.author.kind === 'requester') {
    throw new AppError('FORBIDDEN', 'A requester cannot write internal notes');
  }
  const at = input.at ?? new Date();
  const row = await lockTicket(tx, input.tenantId, input.ticketId);
  const seen = await existingMessage(tx, input);
  if (seen) {
    const [ticket] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.tenantId, seen.tenantId), eq(tickets.id, seen.ticketId)));
    return { ticket: ticket ?? row, message: seen, duplicate: true, followUp: false };
  }
  const status = nextStatus(row, input, at.getTime());
  if (status === null) return openFollowUp(tx, row, input, at);

  const [message] = await tx
    .insert(ticketMessages)
    .values({
      tenantId: input.tenantId,
      id: newId(),
      ticketId: row.id,
      kind: input.kind,
      authorKind: input.author.kind,
      authorAccountId: input.author.accountId,
      authorEmployeeId: input.author.employeeId,
      authorName: input.author.name,
      body: input.body,
      channel: input.channel,
      externalId: input.externalId ?? null,
      createdAt: at,
    })
    .returning();
  if (!message) throw new Error('a ticket message was not stored');

  const firstResponse = input.author.kind === 'agent' && input.kind === 'public' && row.firstResponseAt === null;
  if (firstResponse) {
    await tx
      .update(tickets)
      .set({ firstResponseAt: at })
      .where(and(eq(tickets.tenantId, row.tenantId), eq(tickets.id, row.id)));
  }
  await recordChange(tx, {
    tenantId: row.tenantId,
    actor: input.actor,
    entityType: 'ticket',
    entityId: row.id,
    type: input.kind === 'note' ? 'ticket.noted' : input.author.kind === 'requester' ? 'ticket.requester_replied' : 'ticket.replied',
    summary: `Ticket ${ticketRef(row)}: ${input.kind === 'note' ? 'internal note' : 'message'} by ${input.author.name} (${input.channel})`,
    data: { number: row.number, messageId: message.id, kind: input.kind, author: input.author.name, channel: input.channel, firstResponse },
    at,
  });
  const changes: FieldChange[] = status === row.status ? [] : [{ field: 'status', from: row.status, to: status }];
  const fresh = { ...row, firstResponseAt: firstResponse ? at : row.firstResponseAt };
  const ticket =
    changes.length > 0 ? await applyChanges(tx, fresh, changes, { actor: input.actor, settings, at }) : await touch(tx, fresh, at);
  return { ticket, message, duplicate: false, followUp: false };
}

/** A message makes the ticket recently updated (and a newer version) even when no field changed. */
async function touch(tx: Tx, row: TicketRow, at: Date): Promise<TicketRow> {
  const [updated] = await tx
    .update(tickets)
    .set({ updatedAt: at, version: row.version + 1 })
    .where(and(eq(tickets.tenantId, row.tenantId), eq(tickets.id, row.id)))
    .returning();
  return updated ?? row;
}
