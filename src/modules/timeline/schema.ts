import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId, tenantIsolation } from '../../platform/db/tenant-policy.ts';

/**
 * The timeline of any entity (travel request, order, ticket, alert, incident): every state change
 * is an event here, written in the same transaction as the change and its audit entry.
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** Order within the entity's timeline (events in one transaction share a timestamp). */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorKind: text('actor_kind', { enum: ['account', 'api_key', 'system'] }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('timeline_events_entity_idx').on(t.tenantId, t.entityType, t.entityId, t.seq),
    tenantIsolation(),
  ],
);
