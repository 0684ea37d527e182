import { and, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../platform/pagination/cursor.ts';
import { isUuid } from '../../platform/ids.ts';
import { containsPattern } from '../../platform/db/like.ts';
import { approvalsInvolving } from '../approval/index.ts';
import { travelRequests } from './schema.ts';
import type { TravelViewer } from './travel-access.ts';
import { summaryContext, summaryOf, type TravelRequestSummary, type TravelStatus } from './travel-request-view.ts';

export interface ListQuery {
  /** mine: filed or travelled on by me (default); all: the tenant's (travel.read_all); approving: those I am asked to decide or have decided. */
  scope?: 'mine' | 'all' | 'approving';
  status?: TravelStatus;
  q?: string;
  cursor?: string;
  limit: number;
}

/** GET /travel-requests: newest first, a page at a time. */
export async function listTravelRequests(
  db: Db,
  args: { tenantId: string; viewer: TravelViewer; query: ListQuery },
): Promise<Page<TravelRequestSummary>> {
  const { tenantId, viewer, query } = args;
  const scope = query.scope ?? 'mine';
  if (scope === 'all' && !viewer.canReadAll) {
    throw new AppError('FORBIDDEN', 'Seeing every request needs the permission travel.read_all', { permission: 'travel.read_all' });
  }
  const after = decodeCursor(query.cursor, 1);
  const afterId = after ? String(after[0]) : null;
  if (afterId !== null && !isUuid(afterId)) throw invalidCursor();
  const me = viewer.employeeId;
  if (scope !== 'all' && me === null) return { items: [], nextCursor: null };
  const scoped =
    scope === 'all' || me === null
      ? undefined
      : scope === 'mine'
        ? or(eq(travelRequests.requesterId, me), sql`${me}::uuid = any(${travelRequests.travellerIds})`)
        : sql`${travelRequests.approvalInstanceId} in (${approvalsInvolving(tenantId, me)})`;
  const q = query.q?.trim();
  return inTenantScope(db, [tenantId], async (tx) => {
    const rows = await tx
      .select()
      .from(travelRequests)
      .where(
        and(
          eq(travelRequests.tenantId, tenantId),
          scoped,
          query.status ? eq(travelRequests.status, query.status) : undefined,
          q ? or(ilike(travelRequests.code, containsPattern(q)), ilike(travelRequests.purpose, containsPattern(q))) : undefined,
          afterId ? lt(travelRequests.id, afterId) : undefined,
        ),
      )
      .orderBy(desc(travelRequests.id))
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, (r) => [r.id]);
    const ctx = await summaryContext(tx, tenantId, page.items);
    return { items: page.items.map((r) => summaryOf(r, ctx)), nextCursor: page.nextCursor };
  });
}
