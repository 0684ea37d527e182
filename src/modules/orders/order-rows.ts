import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import type { OrderRow, OrderTravellerRow } from './order-types.ts';
import { orders, orderTravellers } from './schema.ts';

/** One order of the tenant, or NOT_FOUND; `lock` takes it for update (every change of an order does). */
export async function loadOrder(tx: Tx, tenantId: string, id: string, lock = false): Promise<OrderRow> {
  const query = tx
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('order');
  return row;
}

/** The travellers of these orders, in their order on each. */
export async function travellersOf(tx: Tx, tenantId: string, orderIds: readonly string[]): Promise<Map<string, OrderTravellerRow[]>> {
  const byOrder = new Map<string, OrderTravellerRow[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await tx
    .select()
    .from(orderTravellers)
    .where(and(eq(orderTravellers.tenantId, tenantId), inArray(orderTravellers.orderId, [...orderIds])))
    .orderBy(asc(orderTravellers.orderId), asc(orderTravellers.position));
  for (const r of rows) byOrder.set(r.orderId, [...(byOrder.get(r.orderId) ?? []), r]);
  return byOrder;
}
