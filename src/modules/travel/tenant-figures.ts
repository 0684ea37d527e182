import { gte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { travelRequests } from './schema.ts';

export interface TravelFigures {
  inApproval: number;
  /** Submitted since the given instant (the start of the month, for the home page). */
  submittedSince: number;
  /** Estimated total of those, in fen. */
  submittedSinceFen: number;
}

/** Travel request figures per tenant in the caller's scope (row-level security decides which tenants). */
export async function travelFiguresByTenant(tx: Tx, since: Date): Promise<Map<string, TravelFigures>> {
  const recent = gte(travelRequests.submittedAt, since);
  const rows = await tx
    .select({
      tenantId: travelRequests.tenantId,
      inApproval: sql<number>`count(*) filter (where ${travelRequests.status} = 'approving')::int`.mapWith(Number),
      submittedSince: sql<number>`count(*) filter (where ${recent})::int`.mapWith(Number),
      submittedSinceFen: sql<number>`coalesce(sum(${travelRequests.estimatedTotalFen}) filter (where ${recent}), 0)::float8`.mapWith(
        Number,
      ),
    })
    .from(travelRequests)
    .groupBy(travelRequests.tenantId);
  return new Map(rows.map(({ tenantId, ...f }) => [tenantId, f]));
}
