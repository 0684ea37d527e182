import { and, eq, sql, type SQL } from 'drizzle-orm';
import { tickets } from '../schema.ts';

/**
 * Who is looking at tickets: an enterprise user sees the tickets they requested, or every ticket
 * of their enterprise with ticket.read_all; operator staff see their assigned tenants' tickets
 * (the tenant scope already limits them) and work them with ticket.work.
 */
export interface TicketViewer {
  accountId: string;
  employeeId: string | null;
  canReadAll: boolean;
  canWork: boolean;
}

/** What of a tenant's tickets the viewer may see (the tenant scope does the tenant part). */
export function visibleTickets(viewer: TicketViewer): SQL | undefined {
  if (viewer.canReadAll || viewer.canWork) return undefined;
  return viewer.employeeId === null ? sql`false` : eq(tickets.requesterEmployeeId, viewer.employeeId);
}

export const visibleAnd = (viewer: TicketViewer, ...more: (SQL | undefined)[]): SQL | undefined => and(visibleTickets(viewer), ...more);
