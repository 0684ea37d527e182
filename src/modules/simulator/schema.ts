import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from '../../platform/db/tenant-policy.ts';

/**
 * The simulator's own state, platform-owned (no tenant_id: the simulated suppliers serve every
 * tenant, as real ones do; read and written in system scope only, the application role gets
 * nothing on them — /work/migration-notes/simulator.sql). Kept in the database so a restart loses
 * no booking and no event still to send.
 */

/** A planned status change of a booking: at `at` it becomes `status` (ticketing after the latency …). */
export interface PlannedStatus {
  at: string;
  status: string;
  confirmation?: string;
}

/** Holds and bookings: a hold becomes a booking when booked (booking_ref set); a change adds a row. */
export const simulatorBookings = pgTable(
  'simulator_bookings',
  {
    /** The hold id ('SH…'), or the change's own id. */
    id: text('id').primaryKey(),
    supplierCode: text('supplier_code').notNull(),
    category: text('category').notNull(),
    offerId: text('offer_id').notNull(),
    /** The unit of inventory the offer draws on (flight + date + class …): sold-out checks count these. */
    inventoryKey: text('inventory_key').notNull(),
    orderRef: text('order_ref').notNull(),
    /** The idempotency key of the call that created the row (hold, or change prefixed 'change:'). */
    requestKey: text('request_key').notNull(),
    bookingRef: text('booking_ref'),
    bookKey: text('book_key'),
    parentBookingRef: text('parent_booking_ref'),
    /** held | released | pending | issued | failed | cancelled | changed | completed */
    status: text('status').notNull(),
    plan: jsonb('plan')
      .$type<PlannedStatus[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    confirmation: text('confirmation'),
    /** Where the service is: departed, arrived, checked_in, checked_out, no_show, driver_assigned … */
    serviceState: text('service_state'),
    priceFen: integer('price_fen').notNull(),
    fareDifferenceFen: integer('fare_difference_fen'),
    changeFeeFen: integer('change_fee_fen'),
    refundFen: integer('refund_fen'),
    feeFen: integer('fee_fen'),
    cancelKey: text('cancel_key'),
    passengers: jsonb('passengers').$type<{ name: string; phone: string | null }[]>().notNull(),
    /** The offer as re-derived when held (what was sold). */
    offer: jsonb('offer').$type<Record<string, unknown>>().notNull(),
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('simulator_bookings_request_key').on(t.supplierCode, t.requestKey),
    uniqueIndex('simulator_bookings_booking_ref').on(t.bookingRef),
    index('simulator_bookings_inventory_idx').on(t.inventoryKey),
    index('simulator_bookings_order_ref_idx').on(t.orderRef),
    index('simulator_bookings_created_idx').on(t.createdAt),
  ],
);

/** Supplier events to push to ingestion, each delivered at least once by the sender loop. */
export const simulatorOutbox = pgTable(
  'simulator_outbox',
  {
    eventId: text('event_id').primaryKey(),
    supplierCode: text('supplier_code').notNull(),
    bookingRef: text('booking_ref'),
    orderRef: text('order_ref').notNull(),
    type: text('type').notNull(),
    /** The event in the wire format (supplier-event.ts). */
    event: jsonb('event').$type<Record<string, unknown>>().notNull(),
    /** When it happens: not sent before (the simulated latency). */
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    index('simulator_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`delivered_at is null`),
    index('simulator_outbox_booking_idx').on(t.bookingRef),
  ],
);
