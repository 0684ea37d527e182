/**
 * Opening a ticket (工单): the one function every channel calls — the traveller's web form, a chat
 * that becomes a ticket, an email, a logged phone call, an IM message, the API, and (later) an
 * alert of the monitoring. The first message, the orders it is about, and the event on its
 * timeline (with the audit entry) are written in the caller's transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { recordChange } from '../timeline/index.ts';
import { defaultPriority, normaliseTags, ticketTextProblems } from './engine/ticket-input.ts';
import { ticketMessages, ticketOrders, tickets } from './schema.ts';
import { ticketRef } from './ticket-rows.ts';
import type { NewTicketInput, TicketMessageRow, TicketRow } from './ticket-types.ts';

export interface CreatedTicket {
  ticket: TicketRow;
  firstMessage: TicketMessageRow | null;
  /** false when the channel's reference had opened a ticket already: that one is returned. */
  created: boolean;
}

export async function createTicket(tx: Tx, input: NewTicketInput): Promise<CreatedTicket> {
  const problems = ticketTextProblems({ subject: input.subject, body: input.body, tags: input.tags ?? [] });
  if (problems.length > 0) throw validationFailed(problems);
  const at = input.at ?? new Date();
  const id = newId();
  const priority = input.priority ?? defaultPriority(input.category);
  const tags = normaliseTags(input.tags ?? []);
  const [ticket] = await tx
    .insert(tickets)
    .values({
      tenantId: input.tenantId,
      id,
      subject: input.subject.trim(),
      category: input.category,
      priority,
      status: 'new',
      channel: input.channel,
      language: input.language,
      requesterEmployeeId: input.requester.employeeId,
      requesterName: input.requester.name,
      tags,
      sourceRef: input.sourceRef ?? null,
      followUpOf: input.followUpOf ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing()
    .returning();
  if (!ticket) {
    // The same channel reference opened one already (a redelivered email, a retried API call).
    const [existing] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.tenantId, input.tenantId), eq(tickets.channel, input.channel), eq(tickets.sourceRef, input.sourceRef ?? '')));
    if (!existing) throw new Error('a ticket insert was skipped without a ticket to show for it');
    return { ticket: existing, firstMessage: null, created: false };
  }
  const [firstMessage] = await tx
    .insert(ticketMessages)
    .values({
      tenantId: input.tenantId,
      id: newId(),
      ticketId: id,
      kind: input.bodyKind ?? 'public',
      authorKind: input.author.kind,
      authorAccountId: input.author.accountId,
      authorEmployeeId: input.author.employeeId,
      authorName: input.author.name,
      body: input.body,
      channel: input.channel,
      externalId: input.externalMessageId ?? null,
      createdAt: at,
    })
    .returning();
  const orders = dedupeOrders(input.orders ?? []);
  if (orders.length > 0) {
    await tx
      .insert(ticketOrders)
      .values(
        orders.map((o) => ({ tenantId: input.tenantId, ticketId: id, orderId: o.orderId, trackingCode: o.trackingCode, createdAt: at })),
      );
  }
  await recordChange(tx, {
    tenantId: input.tenantId,
    actor: input.actor,
    entityType: 'ticket',
    entityId: id,
    type: 'ticket.created',
    summary: `Ticket ${ticketRef(ticket)} "${ticket.subject}" opened by ${input.author.name} (${input.channel}, ${input.category}, ${priority})`,
    data: {
      number: ticket.number,
      subject: ticket.subject,
      channel: input.channel,
      category: input.category,
      priority,
      requester: input.requester.name,
      orders: orders.map((o) => o.trackingCode),
      ...(input.followUpOf ? { followUpOf: input.followUpOf } : {}),
    },
    at,
  });
  return { ticket, firstMessage: firstMessage ?? null, created: true };
}

function dedupeOrders<T extends { orderId: string }>(orders: readonly T[]): T[] {
  const seen = new Set<string>();
  return orders.filter((o) => (seen.has(o.orderId) ? false : (seen.add(o.orderId), true)));
}
