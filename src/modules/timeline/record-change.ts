import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { timelineEvents } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';

export interface Change {
  tenantId: string;
  actor: Actor;
  entityType: string;
  entityId: string;
  /** e.g. travel_request.submitted, approval.approved */
  type: string;
  /** One line for the audit log. */
  summary: string;
  data?: Record<string, unknown>;
  at?: Date;
}

/**
 * A state change of an order, request, ticket, alert or incident: one event on the entity's
 * timeline and one audit entry, in the caller's transaction.
 */
export async function recordChange(tx: Tx, change: Change): Promise<void> {
  const at = change.at ?? new Date();
  // Serialise writers of one entity's timeline so that seq has no gaps or twins.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${change.entityType}:${change.entityId}`}, 0))`);
  const [last] = await tx
    .select({ seq: sql<number>`coalesce(max(${timelineEvents.seq}), 0)::int` })
    .from(timelineEvents)
    .where(
      and(
        eq(timelineEvents.tenantId, change.tenantId),
        eq(timelineEvents.entityType, change.entityType),
        eq(timelineEvents.entityId, change.entityId),
      ),
    );
  await tx.insert(timelineEvents).values({
    tenantId: change.tenantId,
    id: newId(),
    entityType: change.entityType,
    entityId: change.entityId,
    seq: (last?.seq ?? 0) + 1,
    type: change.type,
    at,
    actorKind: change.actor.kind,
    actorId: change.actor.id,
    actorName: change.actor.name,
    data: change.data ?? {},
  });
  await appendAudit(tx, {
    tenantId: change.tenantId,
    actor: change.actor,
    action: change.type,
    entityType: change.entityType,
    entityId: change.entityId,
    summary: change.summary,
    data: change.data ?? {},
  });
}
