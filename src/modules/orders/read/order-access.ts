import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import type { OrderRow } from '../order-types.ts';
import { orders } from '../schema.ts';

/** Who looks at orders: their own (booked by or for them), or the tenant's with order.read_all. */
export interface OrderViewer {
  employeeId: string | null;
  /** order.read_all: every order of the tenant, with the full timeline (support, travel admin, finance). */
  canReadAll: boolean;
}

/** The orders the employee booked or travels on (qualified by hand: Drizzle leaves a single table's columns bare). */
export const mineCondition = (employeeId: string): SQL =>
  or(
    eq(orders.bookerEmployeeId, employeeId),
    sql`exists (select 1 from order_travellers t where t.tenant_id = "orders"."tenant_id" and t.order_id = "orders"."id" and t.employee_id = ${employeeId})`,
  ) as SQL;

/** What the viewer may see: everything with order.read_all, else their own; nothing for a caller who is no employee. */
export const visibleCondition = (viewer: OrderViewer): SQL | undefined =>
  viewer.canReadAll ? undefined : viewer.employeeId === null ? sql`false` : mineCondition(viewer.employeeId);

/** One order the viewer may see, by id or by tracking code; anything else reads as not found. */
export async function loadVisibleOrder(
  tx: Tx,
  tenantId: string,
  viewer: OrderViewer,
  by: { id: string } | { code: string },
): Promise<OrderRow> {
  const [row] = await tx
    .select()
    .from(orders)
    .where(
      and(eq(orders.tenantId, tenantId), 'id' in by ? eq(orders.id, by.id) : eq(orders.trackingCode, by.code), visibleCondition(viewer)),
    );
  if (!row) throw notFound('order');
  return row;
}
