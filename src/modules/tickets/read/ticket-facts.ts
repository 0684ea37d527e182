import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { timelineIn } from '../../timeline/index.ts';
import { TICKET_STATUSES, type TicketStatus } from '../engine/ticket-lifecycle.ts';
import { ticketMessages } from '../schema.ts';
import type { TicketRow } from '../ticket-types.ts';

/** What happened to a ticket, as its SLA clock reads it (the sla module's TicketFact, by shape). */
export type TicketHistoryFact =
  | { kind: 'created'; at: number; status: TicketStatus }
  | { kind: 'status_changed'; at: number; to: TicketStatus }
  | { kind: 'agent_reply'; at: number }
  | { kind: 'customer_message'; at: number };

const isStatus = (v: unknown): v is TicketStatus => typeof v === 'string' && (TICKET_STATUSES as readonly string[]).includes(v);

/**
 * The ticket's history from what is stored: its creation, every status move on its timeline, and
 * its public messages (an agent's reply; the requester's message). Internal notes do not count.
 */
export async function ticketFacts(tx: Tx, ticket: TicketRow): Promise<TicketHistoryFact[]> {
  const facts: TicketHistoryFact[] = [{ kind: 'created', at: ticket.createdAt.getTime(), status: 'new' }];
  for (const event of await timelineIn(tx, ticket.tenantId, 'ticket', ticket.id)) {
    const changes = Array.isArray(event.data.changes) ? event.data.changes : [];
    for (const change of changes) {
      if (
        typeof change === 'object' &&
        change !== null &&
        'field' in change &&
        change.field === 'status' &&
        'to' in change &&
        isStatus(change.to)
      ) {
        facts.push({ kind: 'status_changed', at: Date.parse(event.at), to: change.to });
      }
    }
  }
  const messages = await tx
    .select({ kind: ticketMessages.kind, authorKind: ticketMessages.authorKind, createdAt: ticketMessages.createdAt })
    .from(ticketMessages)
    .where(and(eq(ticketMessages.tenantId, ticket.tenantId), eq(ticketMessages.ticketId, ticket.id), eq(ticketMessages.kind, 'public')))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  // The first message opened the ticket; it is the creation, not a message to answer again.
  for (const m of messages.slice(1)) {
    if (m.authorKind === 'agent') facts.push({ kind: 'agent_reply', at: m.createdAt.getTime() });
    else if (m.authorKind === 'requester') facts.push({ kind: 'customer_message', at: m.createdAt.getTime() });
  }
  return facts.sort((a, b) => a.at - b.at);
}
