import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { Actor } from '../../access/index.ts';
import { departments, employees, ranks, readCsv } from '../../org/index.ts';
import { recordChange } from '../../timeline/index.ts';
import { importedBookingBatches, importedBookings } from '../schema.ts';
import { mapBookingHeader } from './booking-columns.ts';
import { readBookingRow } from './booking-row.ts';
import type { BookingImportError } from './import-error.ts';
import { planBookings, type BookingReferenceData, type PlannedBooking } from './plan-bookings.ts';

export const MAX_BOOKING_ROWS = 10_000;
const MAX_LISTED_ERRORS = 1_000;
/** Rows per INSERT: multi-row VALUES is an order of magnitude faster than one row at a time. */
const INSERT_CHUNK = 500;

export interface ImportBookingsResult {
  /** Null for a dry run. */
  batchId: string | null;
  imported: number;
  totalFen: number;
  dryRun: boolean;
}

function invalid(errors: BookingImportError[], rowCount: number, message?: string): AppError {
  return new AppError('IMPORT_INVALID', message ?? `The file has ${errors.length} errors; nothing was imported`, {
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: errors.length,
    rowCount,
  });
}

async function referenceData(tx: Tx, tenantId: string, numbers: string[], references: string[]): Promise<BookingReferenceData> {
  const people =
    numbers.length === 0
      ? []
      : await tx
          .select({ no: employees.employeeNo, id: employees.id, departmentId: employees.departmentId })
          .from(employees)
          .where(and(eq(employees.tenantId, tenantId), inArray(employees.employeeNo, numbers)));
  const rankRows = await tx.select({ code: ranks.code, name: ranks.name }).from(ranks).where(eq(ranks.tenantId, tenantId));
  const departmentRows = await tx
    .select({ code: departments.code, id: departments.id })
    .from(departments)
    .where(eq(departments.tenantId, tenantId));
  const existing =
    references.length === 0
      ? []
      : await tx
          .select({ ref: importedBookings.externalReference })
          .from(importedBookings)
          .where(and(eq(importedBookings.tenantId, tenantId), inArray(importedBookings.externalReference, references)));
  return {
    employees: new Map(people.map((p) => [p.no, { id: p.id, departmentId: p.departmentId }])),
    ranks: rankRows,
    departmentIds: new Map(departmentRows.map((d) => [d.code, d.id])),
    existingReferences: new Set(existing.map((e) => e.ref)),
  };
}

async function writeBatch(tx: Tx, tenantId: string, actor: Actor, batchId: string, bookings: PlannedBooking[]): Promise<number> {
  const times = bookings.map((b) => b.bookedAt.getTime());
  const totalFen = bookings.reduce((sum, b) => sum + b.amountFen, 0);
  await tx.insert(importedBookingBatches).values({
    tenantId,
    id: batchId,
    rowCount: bookings.length,
    totalFen,
    firstBookedAt: new Date(Math.min(...times)),
    lastBookedAt: new Date(Math.max(...times)),
    createdBy: actor.id,
    createdByName: actor.name,
  });
  for (let i = 0; i < bookings.length; i += INSERT_CHUNK) {
    await tx.insert(importedBookings).values(bookings.slice(i, i + INSERT_CHUNK).map((b) => ({ tenantId, batchId, ...b })));
  }
  return totalFen;
}

/**
 * Imports past bookings from a previous provider's CSV export, to count in what-if replays. All or
 * nothing: every row is checked first and any error refuses the whole file (422 IMPORT_INVALID with
 * the errors by line); otherwise the rows become one batch, written in one transaction with its
 * event on the batch's timeline and in the audit log. A dry run only checks.
 */
export async function importPastBookings(
  db: Db,
  args: { tenantId: string; actor: Actor; csv: string; dryRun: boolean },
): Promise<ImportBookingsResult> {
  const { tenantId, actor, dryRun } = args;
  const parsed = readCsv(args.csv);
  if (!parsed.ok) throw invalid([{ ...parsed.error, code: 'malformed' }], 0);
  const [header, ...data] = parsed.records;
  if (header === undefined || data.length === 0) {
    throw invalid([{ row: header ? 2 : 1, column: null, code: 'empty', message: 'The file has no booking rows' }], 0);
  }
  if (data.length > MAX_BOOKING_ROWS) {
    const message = `The file has ${data.length} rows; at most ${MAX_BOOKING_ROWS} can be imported at once`;
    throw invalid([{ row: data[MAX_BOOKING_ROWS]?.line ?? 0, column: null, code: 'too_many_rows', message }], data.length, message);
  }
  const mapping = mapBookingHeader(header.cells);
  if (mapping.errors.length > 0) throw invalid(mapping.errors, data.length);
  const rows = data.map((record) => readBookingRow(record, mapping));
  const numbers = [...new Set(rows.flatMap((r) => (r.employeeNo === null ? [] : [r.employeeNo])))];
  const references = [...new Set(rows.flatMap((r) => (r.reference === undefined ? [] : [r.reference])))];

  return inTenantScope(db, [tenantId], async (tx) => {
    const plan = planBookings(rows, await referenceData(tx, tenantId, numbers, references), mapping.labels, newId);
    if (plan.errors.length > 0) throw invalid(plan.errors, data.length);
    const totalFen = plan.bookings.reduce((sum, b) => sum + b.amountFen, 0);
    if (dryRun) return { batchId: null, imported: plan.bookings.length, totalFen, dryRun };
    const batchId = newId();
    await writeBatch(tx, tenantId, actor, batchId, plan.bookings);
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'imported_booking_batch',
      entityId: batchId,
      type: 'whatif.bookings_imported',
      summary: `Past bookings imported for what-if: ${plan.bookings.length} rows, ¥${(totalFen / 100).toFixed(2)}`,
      data: { rows: plan.bookings.length, totalFen },
    });
    return { batchId, imported: plan.bookings.length, totalFen, dryRun };
  });
}
