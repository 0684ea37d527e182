import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import type { TicketChannel } from '../engine/ticket-lifecycle.ts';
import { ticketMessages, tickets } from '../schema.ts';
import type { TicketRow } from '../ticket-types.ts';

/**
 * For the channels, which do not know the tenant when a message comes in: a ticket by id in any
 * tenant, or the ticket one of a channel's message ids belongs to (an email's In-Reply-To /
 * References). In a system-scope transaction.
 */
export async function ticketById(tx: Tx, ticketId: string): Promise<TicketRow | null> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, ticketId));
  return row ?? null;
}

export async function ticketOfChannelMessage(tx: Tx, channel: TicketChannel, externalIds: readonly string[]): Promise<TicketRow | null> {
  if (externalIds.length === 0) return null;
  const found = await tx
    .select({ ticket: tickets, externalId: ticketMessages.externalId })
    .from(ticketMessages)
    .innerJoin(tickets, and(eq(tickets.tenantId, ticketMessages.tenantId), eq(tickets.id, ticketMessages.ticketId)))
    .where(and(eq(ticketMessages.channel, channel), inArray(ticketMessages.externalId, [...externalIds])));
  // The first id given (the nearest message the sender replied to) wins.
  for (const id of externalIds) {
    const hit = found.find((f) => f.externalId === id);
    if (hit) return hit.ticket;
  }
  return null;
}
