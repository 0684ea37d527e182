import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Supplier events as stored before the 2xx (事件接入): the facts as received, never updated. `seq`
 * is the stream position; ingestion serialises its inserting transactions so seq order is commit
 * order. Supplier-owned, not tenant-owned: platform-level, tenant scopes are granted nothing (a
 * tenant sees its orders' events on their timelines). supplier_id has no foreign key: the supplier
 * registry is another module (its code is kept beside).
 *
 * Few indexes, since each one costs the batch insert: the key, deduplication, and one order's events
 * in order (the order's timeline, the stream by order).
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
  },
  (t) => [
    uniqueIndex('supplier_events_supplier_event_key').on(t.supplierId, t.eventId),
    index('supplier_events_order_ref_idx').on(t.orderRef, t.seq),
  ],
);

/**
 * Events the applier holds back (apply-events.ts): one whose application threw, waiting for a
 * retry with backoff (`attempts`, `retryAt`), and the later events of its order reference, queued
 * behind it (attempts 0, no retryAt) so that one order's events are applied in seq order. Empty
 * while all goes well: the applier reads the stream by position, not through this table.
 */
export const supplierEventRetries = pgTable(
  'supplier_event_retries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    orderRef: text('order_ref').notNull(),
    attempts: integer('attempts').notNull().default(0),
    retryAt: ts('retry_at'),
  },
  (t) => [index('supplier_event_retries_order_ref_idx').on(t.orderRef, t.seq)],
);

/**
 * The dead-letter list: events that could not be applied (unknown order reference, a transition the
 * order refuses, bad data, an applier that kept failing), with the reason, until a replay applies
 * them. Applied events leave no row here: their effect is on the order and its timeline, and the
 * applier's position says how far the stream is applied.
 */
export const supplierEventDeadLetters = pgTable('supplier_event_dead_letters', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  reason: text('reason').notNull(),
  message: text('message').notNull(),
  /** Times the applier has run on it (outcomes and exceptions). */
  attempts: integer('attempts').notNull(),
  deadAt: ts('dead_at').notNull().defaultNow(),
});

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

/** Where each consumer of the event stream is: the last seq it finished (consumeStream; the applier is 'ingest.applier'). */
export const eventStreamConsumers = pgTable('event_stream_consumers', {
  name: text('name').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
