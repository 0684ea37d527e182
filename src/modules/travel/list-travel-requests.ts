import { and, desc, eq, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../platform/http/pagination.ts';
import { isUuid } from '../../platform/ids.ts';
import { containsPattern } from '../org/shared/like.ts';
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

/** Requests whose approval asks the employee now (also as a delegate in force) or that they decided in. */
function approvingFor(tenantId: string, me: string): SQL {
  const decided = JSON.stringify([{ by: me }]);
  return sql`exists (
    select 1 from approval_instances i
     where i.tenant_id = ${tenantId} and i.id = ${travelRequests.approvalInstanceId}
       and (exists (select 1 from approval_tasks k
                     where k.tenant_id = i.tenant_id and k.instance_id = i.id and k.on_behalf_of is null
                       and (k.approver_id = ${me}::uuid
                            or (i.requester_id <> ${me}::uuid and k.approver_id in (
                                  select d.delegator_id from approval_delegations d
                                   where d.tenant_id = i.tenant_id and d.delegate_id = ${me}::uuid
                                     and d.starts_at <= now() and d.ends_at > now()))))
            or (i.state->'history') @> ${decided}::jsonb))`;
}

/** GET /travel-requests: newest first, a page at a time. */
export async function listTravelRequests(db: Db, args: { tenantId: string; viewer: TravelViewer; query: ListQuery }): Promise<Page<TravelRequestSummary>> {
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
        : approvingFor(tenantId, me);
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
