import { and, eq, sql } from 'drizzle-orm';
import type { OrderWork } from './order-types.ts';
import { orders } from './schema.ts';

/** Keeps the supplier's booking reference (returned by book after the hold); the order's status does not change. */
export async function recordBookingRef(work: OrderWork, id: string, bookingRef: string): Promise<void> {
  await work.tx
    .update(orders)
    .set({ supplierBookingRef: bookingRef, version: sql`${orders.version} + 1`, updatedAt: work.now })
    .where(and(eq(orders.tenantId, work.tenantId), eq(orders.id, id)));
}
