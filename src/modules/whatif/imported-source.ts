import { and, asc, eq, gt, gte, lt, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { TravelOption } from '../policy/index.ts';
import type { PastBooking, PastBookingQuery, PastBookingSource } from './past-booking.ts';
import { importedBookings } from './schema.ts';

/** Rows per read: keeps memory flat on large histories while one round trip carries many rows. */
const CHUNK = 2_000;

type Row = Pick<
  typeof importedBookings.$inferSelect,
  'id' | 'externalReference' | 'bookedAt' | 'employeeId' | 'rankCode' | 'departmentId' | 'category' | 'option' | 'amountFen'
>;

function pastBookingOf(r: Row): PastBooking {
  // The option was built and checked by the import (booking-row.ts); only this module writes it.
  const option = r.option as TravelOption;
  if (option.category !== r.category)
    throw new Error(`imported booking ${r.id}: option category ${String(option.category)} ≠ ${r.category}`);
  return {
    id: r.id,
    reference: r.externalReference,
    source: 'imported',
    bookedAt: r.bookedAt,
    traveller: { employeeId: r.employeeId, rankCode: r.rankCode, departmentId: r.departmentId },
    category: r.category,
    option,
    amountFen: r.amountFen,
    departmentId: r.departmentId,
    recorded: null,
  };
}

/** The bookings imported from previous providers, booked in [from, to), in chunks ordered by time. */
export const importedBookingSource: PastBookingSource = async function* (tx: Tx, { tenantId, from, to }: PastBookingQuery) {
  const t = importedBookings;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const rows: Row[] = await tx
      .select({
        id: t.id,
        externalReference: t.externalReference,
        bookedAt: t.bookedAt,
        employeeId: t.employeeId,
        rankCode: t.rankCode,
        departmentId: t.departmentId,
        category: t.category,
        option: t.option,
        amountFen: t.amountFen,
      })
      .from(t)
      .where(
        and(
          eq(t.tenantId, tenantId),
          gte(t.bookedAt, from),
          lt(t.bookedAt, to),
          after === null ? undefined : or(gt(t.bookedAt, after.at), and(eq(t.bookedAt, after.at), gt(t.id, after.id))),
        ),
      )
      .orderBy(asc(t.bookedAt), asc(t.id))
      .limit(CHUNK);
    if (rows.length > 0) yield rows.map(pastBookingOf);
    const last = rows.at(-1);
    if (rows.length < CHUNK || last === undefined) return;
    after = { at: last.bookedAt, id: last.id };
  }
};
