import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { ticketMessages, ticketOrders, tickets } from '../schema.ts';
import { messageOf, summaryOf, type TicketDetail } from './ticket-view.ts';
import { visibleAnd, type TicketViewer } from './ticket-viewer.ts';

/** A ticket with its conversation (notes only for those who work tickets) and orders; NOT_FOUND when not visible. */
export async function ticketDetail(tx: Tx, viewer: TicketViewer, ticketId: string): Promise<TicketDetail> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(visibleAnd(viewer, eq(tickets.id, ticketId)));
  if (!row) throw new AppError('NOT_FOUND', 'No such ticket', { entity: 'ticket' });
  const messages = await tx
    .select()
    .from(ticketMessages)
    .where(
      and(
        eq(ticketMessages.tenantId, row.tenantId),
        eq(ticketMessages.ticketId, row.id),
        viewer.canWork ? undefined : eq(ticketMessages.kind, 'public'),
      ),
    )
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  const orders = await tx
    .select({ orderId: ticketOrders.orderId, trackingCode: ticketOrders.trackingCode })
    .from(ticketOrders)
    .where(and(eq(ticketOrders.tenantId, row.tenantId), eq(ticketOrders.ticketId, row.id)));
  return { ...summaryOf(row), messages: messages.map(messageOf), orders };
}
