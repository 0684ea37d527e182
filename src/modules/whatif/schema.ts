import { bigint, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

/**
 * One CSV file of past bookings from a previous provider, imported at once (all or nothing) and
 * deleted at once: the batch is what an administrator manages.
 */
export const importedBookingBatches = pgTable(
  'imported_booking_batches',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    rowCount: integer('row_count').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    /** The earliest and latest booking time in the file. */
    firstBookedAt: timestamp('first_booked_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastBookedAt: timestamp('last_booked_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: text('created_by'),
    createdByName: text('created_by_name').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);

/**
 * A past booking made through another provider, kept only so that what-if replays of a draft
 * policy count it. The option's facts are the policy engine's TravelOption (jsonb, checked on
 * import); the columns beside it are what the replay selects and groups by.
 */
export const importedBookings = pgTable(
  'imported_bookings',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    batchId: uuid('batch_id').notNull(),
    /** The previous provider's order number: unique in the tenant, so a file cannot be imported twice. */
    externalReference: text('external_reference').notNull(),
    bookedAt: timestamp('booked_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The traveller, when their employee number is known to the organisation. */
    employeeId: uuid('employee_id'),
    employeeNo: text('employee_no'),
    travellerName: text('traveller_name').notNull().default(''),
    /** The traveller's rank at booking (from the file); the employee's current rank when absent. */
    rankCode: text('rank_code'),
    /** The department charged; the employee's department when the file names none. */
    departmentId: uuid('department_id'),
    category: text('category', { enum: ['flight', 'hotel', 'train', 'car'] }).notNull(),
    option: jsonb('option').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    supplierName: text('supplier_name').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.batchId], foreignColumns: [importedBookingBatches.tenantId, importedBookingBatches.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('imported_bookings_reference_key').on(t.tenantId, t.externalReference),
    index('imported_bookings_booked_at_idx').on(t.tenantId, t.bookedAt),
    index('imported_bookings_batch_idx').on(t.tenantId, t.batchId),
    tenantIsolation(),
  ],
);
