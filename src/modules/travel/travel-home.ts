import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import { travelRequests } from './schema.ts';
import { summaryContext, summaryOf, type TravelRequestSummary } from './travel-request-view.ts';

export interface TravelHome {
  /** Approved trips not over yet (their last day is today or later), soonest first. */
  upcoming: TravelRequestSummary[];
  /** Drafts, requests in approval and returned ones, latest change first. */
  inProgress: TravelRequestSummary[];
  counts: { upcoming: number; drafts: number; approving: number; returned: number };
}

const SHOWN = 8;

/** A traveller's home: their upcoming trips and the requests still moving, filed by or for them. */
export async function travelHome(db: Db, args: { tenantId: string; employeeId: string | null; now?: Date }): Promise<TravelHome> {
  const empty: TravelHome = { upcoming: [], inProgress: [], counts: { upcoming: 0, drafts: 0, approving: 0, returned: 0 } };
  const me = args.employeeId;
  if (me === null) return empty;
  const today = chinaDateOf(args.now ?? new Date());
  const mine = and(
    eq(travelRequests.tenantId, args.tenantId),
    or(eq(travelRequests.requesterId, me), sql`${me}::uuid = any(${travelRequests.travellerIds})`),
  );
  const lastDay = sql`(select max(coalesce(l->>'returnDate', l->>'departDate')) from jsonb_array_elements(${travelRequests.itinerary}) l)`;
  const firstDay = sql`(select min(l->>'departDate') from jsonb_array_elements(${travelRequests.itinerary}) l)`;
  const notOver = and(mine, eq(travelRequests.status, 'approved'), sql`${lastDay} >= ${today}`);
  const moving = and(mine, inArray(travelRequests.status, ['draft', 'approving', 'returned']));
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const upcoming = await tx.select().from(travelRequests).where(notOver).orderBy(asc(firstDay), asc(travelRequests.id)).limit(SHOWN);
    const inProgress = await tx
      .select()
      .from(travelRequests)
      .where(moving)
      .orderBy(desc(travelRequests.updatedAt), desc(travelRequests.id))
      .limit(SHOWN);
    const [c] = await tx
      .select({
        upcoming: sql<number>`count(*) filter (where ${notOver})::int`.mapWith(Number),
        drafts: sql<number>`count(*) filter (where ${travelRequests.status} = 'draft')::int`.mapWith(Number),
        approving: sql<number>`count(*) filter (where ${travelRequests.status} = 'approving')::int`.mapWith(Number),
        returned: sql<number>`count(*) filter (where ${travelRequests.status} = 'returned')::int`.mapWith(Number),
      })
      .from(travelRequests)
      .where(mine);
    const ctx = await summaryContext(tx, args.tenantId, [...upcoming, ...inProgress]);
    return {
      upcoming: upcoming.map((r) => summaryOf(r, ctx)),
      inProgress: inProgress.map((r) => summaryOf(r, ctx)),
      counts: c ?? empty.counts,
    };
  });
}
