import { rankResolver } from '../../org/index.ts';
import type { Category, TravelOption } from '../../policy/index.ts';
import { chineseBookingHeader, type BookingColumn } from './booking-columns.ts';
import type { BookingRow } from './booking-row.ts';
import type { BookingImportError, BookingImportErrorCode } from './import-error.ts';

/** The tenant's organisation and earlier imports, by the codes a file uses. */
export interface BookingReferenceData {
  employees: ReadonlyMap<string, { id: string; departmentId: string }>;
  ranks: readonly { code: string; name: string }[];
  departmentIds: ReadonlyMap<string, string>;
  /** External references already imported (any batch). */
  existingReferences: ReadonlySet<string>;
}

export interface PlannedBooking {
  id: string;
  externalReference: string;
  bookedAt: Date;
  employeeId: string | null;
  employeeNo: string | null;
  travellerName: string;
  rankCode: string | null;
  departmentId: string | null;
  category: Category;
  option: TravelOption;
  amountFen: number;
  supplierName: string;
}

/**
 * Checks rows against each other and the organisation. A traveller is an employee (by number) or,
 * for people the organisation does not know, a rank and a department. Pure.
 */
export function planBookings(
  rows: readonly BookingRow[],
  ref: BookingReferenceData,
  labels: Partial<Record<BookingColumn, string>>,
  newId: () => string,
): { errors: BookingImportError[]; bookings: PlannedBooking[] } {
  const errors: BookingImportError[] = rows.flatMap((r) => r.errors);
  const fail = (row: BookingRow, column: BookingColumn, code: BookingImportErrorCode, message: string, value?: string) =>
    errors.push({ row: row.line, column: labels[column] ?? chineseBookingHeader[column], code, message, ...(value ? { value } : {}) });
  const resolveRank = rankResolver(ref.ranks);
  const firstLine = new Map<string, number>();
  const bookings: PlannedBooking[] = [];
  for (const row of rows) {
    if (row.reference !== undefined) {
      const first = firstLine.get(row.reference);
      if (first !== undefined)
        fail(row, 'reference', 'duplicate_in_file', `order ${row.reference} is already on line ${first}`, row.reference);
      else firstLine.set(row.reference, row.line);
      if (ref.existingReferences.has(row.reference))
        fail(row, 'reference', 'duplicate', `order ${row.reference} was imported before`, row.reference);
    }
    const employee = row.employeeNo === null ? undefined : ref.employees.get(row.employeeNo);
    let rankCode: string | null = null;
    if (row.rank !== null) {
      const rank = resolveRank(row.rank);
      if (rank.ok) rankCode = rank.code;
      else fail(row, 'rank', 'unknown_rank', rank.message, row.rank);
    }
    let departmentId = employee?.departmentId ?? null;
    if (row.departmentCode !== null) {
      departmentId = ref.departmentIds.get(row.departmentCode) ?? null;
      if (departmentId === null)
        fail(row, 'departmentCode', 'unknown_department', `no department with code ${row.departmentCode}`, row.departmentCode);
    }
    if (employee === undefined) {
      // Someone the organisation does not know needs a rank and a department for the policy to apply.
      if (row.employeeNo !== null && (row.rank === null || row.departmentCode === null))
        fail(
          row,
          'employeeNo',
          'unknown_employee',
          `no employee ${row.employeeNo}; give the rank and department code of travellers outside the organisation`,
          row.employeeNo,
        );
      else {
        if (row.rank === null) fail(row, 'rank', 'required', 'give the employee number, or the rank and department code');
        if (row.departmentCode === null)
          fail(row, 'departmentCode', 'required', 'give the employee number, or the rank and department code');
      }
    }
    const { reference, bookedAt, category, amountFen, option } = row;
    if (reference === undefined || bookedAt === undefined || category === undefined || amountFen === undefined || option === undefined)
      continue;
    bookings.push({
      id: newId(),
      externalReference: reference,
      bookedAt,
      employeeId: employee?.id ?? null,
      employeeNo: row.employeeNo,
      travellerName: row.travellerName,
      rankCode,
      departmentId,
      category,
      option,
      amountFen,
      supplierName: row.supplier,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { errors, bookings: errors.length > 0 ? [] : bookings };
}
