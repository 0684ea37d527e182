import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { orderTitle } from './order-labels.ts';
import { orders } from './schema.ts';

/** "F7KM-3QX9-K 机票 北京→上海 2026-12-08": orders named by tracking code and itinerary for the audit log, in the caller's scope. */
export async function orderAuditLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: orders.id,
      trackingCode: orders.trackingCode,
      category: orders.category,
      originCityId: orders.originCityId,
      destinationCityId: orders.destinationCityId,
      serviceStartAt: orders.serviceStartAt,
    })
    .from(orders)
    .where(inArray(orders.id, [...ids]));
  return new Map(rows.map((r) => [r.id, `${r.trackingCode} ${orderTitle(r)}`]));
}
