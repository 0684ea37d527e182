import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../platform/db/tenant-policy.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Supplier events as stored before the 2xx (事件接入). Supplier-owned, not tenant-owned: tenant_id
 * is null until the event is applied to an order, then the order's tenant, so a tenant scope sees
 * exactly its applied events (row-level security) and the system scope sees all. `seq` is the
 * stream position; ingestion serialises its inserting transactions so seq order is commit order.
 * supplier_id has no foreign key: the supplier registry is another module (its code is kept beside).
 */
export const supplierEvents = pgTable(
  'supplier_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    supplierId: uuid('supplier_id').notNull(),
    supplierCode: text('supplier_code').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    orderRef: text('order_ref').notNull(),
    bookingRef: text('booking_ref'),
    occurredAt: ts('occurred_at').notNull(),
    receivedAt: ts('received_at').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>(),
    status: text('status', { enum: ['stored', 'applied', 'dead'] })
      .notNull()
      .default('stored'),
    tenantId: uuid('tenant_id'),
    orderId: uuid('order_id'),
    deadReason: text('dead_reason'),
    deadMessage: text('dead_message'),
    applyAttempts: integer('apply_attempts').notNull().default(0),
    /** After an applier failure (an exception, not an outcome): not before this time again. */
    retryAt: ts('retry_at'),
    appliedAt: ts('applied_at'),
  },
  (t) => [
    uniqueIndex('supplier_events_supplier_event_key').on(t.supplierId, t.eventId),
    // Few indexes: each one costs the batch insert. The applier's queue, in order (partial: small);
    // one order's events (the applier's ordering check, the order's timeline); the dead letters.
    index('supplier_events_stored_idx')
      .on(t.seq)
      .where(sql`status = 'stored'`),
    index('supplier_events_order_ref_idx').on(t.orderRef, t.seq),
    index('supplier_events_dead_idx')
      .on(t.seq)
      .where(sql`status = 'dead'`),
    tenantIsolation(),
  ],
);

/**
 * Events that failed validation, kept as sent (raw) with the validator's errors, for operations to
 * inspect and dismiss. Platform-level: tenant scopes are granted nothing (migration notes).
 */
export const supplierEventRejects = pgTable(
  'supplier_event_rejects',
  {
    id: uuid('id').primaryKey(),
    supplierId: uuid('supplier_id').notNull(),
    supplierCode: text('supplier_code').notNull(),
    /** The eventId it claimed, when it had a readable one. */
    eventId: text('event_id'),
    raw: jsonb('raw').notNull(),
    errors: jsonb('errors').$type<{ path: string; message: string }[]>().notNull(),
    receivedAt: ts('received_at').notNull(),
    dismissedAt: ts('dismissed_at'),
    dismissedBy: text('dismissed_by'),
    dismissReason: text('dismiss_reason'),
  },
  (t) => [
    index('supplier_event_rejects_open_idx')
      .on(t.receivedAt, t.id)
      .where(sql`dismissed_at is null`),
  ],
);

/** Where each consumer of the event stream is: the last seq it finished (consumeStream). */
export const eventStreamConsumers = pgTable('event_stream_consumers', {
  name: text('name').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
