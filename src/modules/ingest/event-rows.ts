import type { SupplierEventType } from '../suppliers/index.ts';
import type { supplierEvents } from './schema.ts';
import type { StoredSupplierEvent } from './stored-event.ts';

export type SupplierEventRow = typeof supplierEvents.$inferSelect;

/** A stored row as the applier and the stream's consumers see it. */
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
    tenantId: row.tenantId,
  };
}
