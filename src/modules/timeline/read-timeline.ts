import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { timelineEvents } from './schema.ts';

/** One event of an entity's timeline as the API returns it. */
export interface TimelineEventView {
  seq: number;
  type: string;
  at: string;
  /** 'system' for timers and jobs (the console names it 系统 / System), else who acted. */
  actorKind: 'account' | 'api_key' | 'system';
  actorName: string;
  data: Record<string, unknown>;
}

/** The events of one entity (travel request, order, ticket …), oldest first, inside a tenant transaction. */
export async function timelineIn(tx: Tx, tenantId: string, entityType: string, entityId: string): Promise<TimelineEventView[]> {
  const rows = await tx
    .select()
    .from(timelineEvents)
    .where(and(eq(timelineEvents.tenantId, tenantId), eq(timelineEvents.entityType, entityType), eq(timelineEvents.entityId, entityId)))
    .orderBy(asc(timelineEvents.seq));
  return rows.map((r) => ({
    seq: r.seq,
    type: r.type,
    at: r.at.toISOString(),
    actorKind: r.actorKind,
    actorName: r.actorName,
    data: r.data,
  }));
}

/** The same in its own transaction, for callers without one. */
export async function readTimeline(
  db: Db,
  tenantIds: readonly string[],
  entityType: string,
  entityId: string,
): Promise<TimelineEventView[]> {
  const [tenantId] = tenantIds;
  if (tenantId === undefined || tenantIds.length !== 1) throw new Error('readTimeline reads one tenant’s timeline');
  return inTenantScope(db, tenantIds, (tx) => timelineIn(tx, tenantId, entityType, entityId));
}
