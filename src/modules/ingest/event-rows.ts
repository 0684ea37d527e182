import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { rawRows } from '../../platform/db/raw-rows.ts';
import type { SupplierEventType } from '../suppliers/index.ts';
import type { supplierEvents } from './schema.ts';
import type { StoredSupplierEvent } from './stored-event.ts';

export type SupplierEventRow = typeof supplierEvents.$inferSelect;

/** A stored row as the stream's consumers see it. */
export function storedEventOf(row: SupplierEventRow): StoredSupplierEvent {
  return {
    seq: String(row.seq),
    supplierId: row.supplierId,
    supplierCode: row.supplierCode,
    eventId: row.eventId,
    // Only events of the wire format's types are ever stored (checked on the way in).
    type: row.type as SupplierEventType,
    occurredAt: row.occurredAt.toISOString(),
    orderRef: row.orderRef,
    ...(row.bookingRef === null ? {} : { bookingRef: row.bookingRef }),
    ...(row.data === null ? {} : { data: row.data }),
    receivedAt: row.receivedAt.toISOString(),
  };
}

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export interface EventToApply {
  event: StoredSupplierEvent;
  /** Its order reference has events held back (apply-events.ts): it must wait behind them. */
  held: boolean;
}

/**
 * The applier's read: stored events matching `where`, oldest first, as StoredSupplierEvent straight
 * from the row (times formatted by the database, no intermediate objects: the applier reads every
 * event once, so this is its hot path), each with whether its order has events held back.
 */
export async function eventsToApply(tx: Tx, where: SQL, limit: number): Promise<EventToApply[]> {
  const rows = rawRows(
    await tx.execute(sql`
      select e.seq::text as seq, e.supplier_id, e.supplier_code, e.event_id, e.type, e.order_ref, e.booking_ref,
             ${iso('e.occurred_at')} as occurred_at, ${iso('e.received_at')} as received_at, e.data,
             exists (select 1 from supplier_event_retries r where r.order_ref = e.order_ref) as held
        from supplier_events e where ${where} order by e.seq limit ${limit}`),
  );
  return rows.map((r) => ({
    event: {
      seq: String(r.seq),
      supplierId: String(r.supplier_id),
      supplierCode: String(r.supplier_code),
      eventId: String(r.event_id),
      // Only events of the wire format's types are ever stored (checked on the way in).
      type: String(r.type) as SupplierEventType,
      occurredAt: String(r.occurred_at),
      orderRef: String(r.order_ref),
      ...(r.booking_ref === null ? {} : { bookingRef: String(r.booking_ref) }),
      ...(r.data === null || typeof r.data !== 'object' ? {} : { data: r.data as Record<string, unknown> }),
      receivedAt: String(r.received_at),
    },
    held: r.held === true,
  }));
}
