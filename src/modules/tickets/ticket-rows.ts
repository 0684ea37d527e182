import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { tickets } from './schema.ts';
import type { TicketRow } from './ticket-types.ts';

/** The ticket, locked for this transaction's change; NOT_FOUND when the caller's scope has no such ticket. */
export async function lockTicket(tx: Tx, tenantId: string, ticketId: string): Promise<TicketRow> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND', 'No such ticket', { entity: 'ticket' });
  return row;
}

/** "#100023": how people quote a ticket. */
export const ticketRef = (row: Pick<TicketRow, 'number'>): string => `#${row.number}`;
