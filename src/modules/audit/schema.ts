import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId, tenantIsolation } from '../../platform/db/tenant-policy.ts';

/**
 * Append-only audit log; each entry's hash covers the previous entry of the same tenant.
 * Platform-level events (operator sign-ins, tenant management) use the nil tenant id.
 * Updates and deletes are refused by a trigger (migration 0002).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: tenantId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorKind: text('actor_kind', { enum: ['account', 'api_key', 'system'] }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.seq] }),
    index('audit_log_entity_idx').on(t.tenantId, t.entityType, t.entityId),
    tenantIsolation(),
  ],
);

/** The last link of each tenant's chain; locked FOR UPDATE while appending, so links never fork. */
export const auditChainHeads = pgTable(
  'audit_chain_heads',
  {
    tenantId: uuid('tenant_id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  () => [tenantIsolation()],
);
