import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { findInstance, involvedIn } from '../../approval/index.ts';
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

/**
 * Whether the employee takes part in the order's approval (an approver of a stage, a delegate, the
 * one who acted, a carbon copy): they read the order they are asked to decide.
 */
async function inItsApproval(tx: Tx, tenantId: string, order: OrderRow, employeeId: string | null): Promise<boolean> {
  if (employeeId === null || order.approvalInstanceId === null) return false;
  const found = await findInstance(tx, tenantId, order.approvalInstanceId);
  return found !== null && found.subjectType === 'order' && involvedIn(found.instance).has(employeeId);
}

/**
 * One order the viewer may see, by id or by tracking code (its approvers too, unless `approvers`
 * is false: reading is not acting); anything else reads as not found.
 */
export async function loadVisibleOrder(
  tx: Tx,
  tenantId: string,
  viewer: OrderViewer,
  by: { id: string } | { code: string },
  options: { approvers: boolean } = { approvers: true },
): Promise<OrderRow> {
  const which = and(eq(orders.tenantId, tenantId), 'id' in by ? eq(orders.id, by.id) : eq(orders.trackingCode, by.code));
  const [row] = await tx
    .select()
    .from(orders)
    .where(and(which, visibleCondition(viewer)));
  if (row) return row;
  const [other] = await tx.select().from(orders).where(which);
  if (other && options.approvers && (await inItsApproval(tx, tenantId, other, viewer.employeeId))) return other;
  throw notFound('order');
}
