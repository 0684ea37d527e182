import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { isUuid } from '../../../platform/ids.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../../platform/pagination/cursor.ts';
import {
  ACTIVE_STATUSES,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
} from '../engine/ticket-lifecycle.ts';
import { tickets } from '../schema.ts';
import { summaryOf, type TicketSummary } from './ticket-view.ts';
import { visibleAnd, type TicketViewer } from './ticket-viewer.ts';

/**
 * The desk's views (an agent's home): mine (assigned to me and not solved), unassigned (nobody has
 * it yet), pending (waiting on the customer, a supplier, or on hold), all; and requested (what I
 * asked for: a traveller's list).
 */
export const TICKET_VIEWS = ['mine', 'unassigned', 'pending', 'all', 'requested'] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];

export interface TicketFilters {
  view: TicketView;
  status?: TicketStatus;
  category?: TicketCategory;
  priority?: TicketPriority;
  channel?: TicketChannel;
  tenantId?: string;
  /** A ticket number (#100023 or 100023) or words of the subject. */
  q?: string;
  /** Tickets about this order. */
  orderId?: string;
}

const PENDING: readonly TicketStatus[] = ['pending_customer', 'pending_supplier', 'on_hold'];

export function viewCondition(view: TicketView, viewer: TicketViewer): SQL | undefined {
  if (view !== 'requested' && view !== 'all' && !viewer.canWork) {
    throw new AppError('FORBIDDEN', 'The desk views need the permission ticket.work', { permission: 'ticket.work' });
  }
  switch (view) {
    case 'mine':
      return and(eq(tickets.assigneeAccountId, viewer.accountId), inArray(tickets.status, [...ACTIVE_STATUSES]));
    case 'unassigned':
      return and(isNull(tickets.assigneeAccountId), inArray(tickets.status, [...ACTIVE_STATUSES]));
    case 'pending':
      return inArray(tickets.status, [...PENDING]);
    case 'requested':
      return viewer.employeeId === null ? sql`false` : eq(tickets.requesterEmployeeId, viewer.employeeId);
    case 'all':
      return undefined;
  }
}

function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const number = /^#?(\d{1,15})$/.exec(text);
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return number
    ? or(eq(tickets.number, Number(number[1])), sql`${tickets.subject} ilike ${`%${escaped}%`}`)
    : sql`${tickets.subject} ilike ${`%${escaped}%`}`;
}

export function filterCondition(viewer: TicketViewer, f: TicketFilters): SQL | undefined {
  return visibleAnd(
    viewer,
    viewCondition(f.view, viewer),
    f.status ? eq(tickets.status, f.status) : undefined,
    f.category ? eq(tickets.category, f.category) : undefined,
    f.priority ? eq(tickets.priority, f.priority) : undefined,
    f.channel ? eq(tickets.channel, f.channel) : undefined,
    f.tenantId ? eq(tickets.tenantId, f.tenantId) : undefined,
    searchCondition(f.q),
    f.orderId
      ? sql`exists (select 1 from ticket_orders o where o.tenant_id = ${tickets.tenantId} and o.ticket_id = ${tickets.id} and o.order_id = ${f.orderId})`
      : undefined,
  );
}

/** One page, most recently updated first (the cursor holds the last row's update time and id). */
export async function pageOfTickets(
  tx: Tx,
  where: SQL | undefined,
  cursor: string | undefined,
  limit: number,
): Promise<Page<TicketSummary>> {
  const after = decodeCursor(cursor, 2);
  let afterCondition: SQL | undefined;
  if (after) {
    const [at, id] = after;
    if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(Date.parse(at))) throw invalidCursor();
    const when = new Date(at);
    afterCondition = or(lt(tickets.updatedAt, when), and(eq(tickets.updatedAt, when), lt(tickets.id, id)));
  }
  const rows = await tx
    .select()
    .from(tickets)
    .where(and(where, afterCondition))
    .orderBy(desc(tickets.updatedAt), desc(tickets.id))
    .limit(limit + 1);
  return toPage(rows.map(summaryOf), limit, (t) => [t.updatedAt, t.id]);
}

/** How many tickets each desk view holds for the viewer (the counts beside the views). */
export async function viewCounts(tx: Tx, viewer: TicketViewer): Promise<Record<TicketView, number>> {
  const views: TicketView[] = viewer.canWork ? [...TICKET_VIEWS] : ['requested', 'all'];
  const counts = {} as Record<TicketView, number>;
  for (const view of TICKET_VIEWS) counts[view] = 0;
  const parts = views.map((view) => sql`count(*) filter (where ${visibleAnd(viewer, viewCondition(view, viewer)) ?? sql`true`})::int`);
  const [row] = await tx.select({ values: sql<number[]>`array[${sql.join(parts, sql`, `)}]` }).from(tickets);
  views.forEach((view, i) => {
    counts[view] = Number(row?.values[i] ?? 0);
  });
  return counts;
}
