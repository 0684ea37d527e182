import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { isUuid } from '../../../platform/ids.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../../platform/pagination/cursor.ts';
import { startOfChinaDay } from '../../../platform/time/china-time.ts';
import type { OrderCategory, OrderStatus } from '../lifecycle/index.ts';
import { travellersOf } from '../order-rows.ts';
import { orders } from '../schema.ts';
import { parseTrackingCode } from '../tracking-code/tracking-code.ts';
import { mineCondition, type OrderViewer, visibleCondition } from './order-access.ts';
import { type OrderSummary, summaryOf } from './order-view.ts';

export interface OrderFilters {
  /** mine (default): booked by or for me; all: the tenant's (order.read_all). */
  scope?: 'mine' | 'all';
  status?: OrderStatus;
  category?: OrderCategory;
  travellerId?: string;
  /** Orders whose cost a department bears. */
  departmentId?: string;
  /** China dates: the service starts on or after from, on or before to. */
  from?: string;
  to?: string;
  compliant?: boolean;
  /** A tracking code as typed (dashes and case free). */
  code?: string;
}

/** The filters as SQL; a code that is no valid code matches nothing. */
export function filterCondition(tenantId: string, viewer: OrderViewer, f: OrderFilters): SQL | undefined {
  const scope = f.scope ?? 'mine';
  if (scope === 'all' && !viewer.canReadAll)
    throw new AppError('FORBIDDEN', 'Seeing every order needs the permission order.read_all', { permission: 'order.read_all' });
  const code = f.code === undefined ? undefined : parseTrackingCode(f.code);
  const nextDay = (d: string) => new Date(startOfChinaDay(d).getTime() + 24 * 60 * 60 * 1000);
  return and(
    eq(orders.tenantId, tenantId),
    scope === 'all' ? visibleCondition(viewer) : viewer.employeeId === null ? sql`false` : mineCondition(viewer.employeeId),
    f.status ? eq(orders.status, f.status) : undefined,
    f.category ? eq(orders.category, f.category) : undefined,
    f.travellerId ? travelsOn(f.travellerId) : undefined,
    f.departmentId ? and(eq(orders.bearerKind, 'department'), eq(orders.bearerId, f.departmentId)) : undefined,
    f.from ? gte(orders.serviceStartAt, startOfChinaDay(f.from)) : undefined,
    f.to ? lt(orders.serviceStartAt, nextDay(f.to)) : undefined,
    f.compliant !== undefined ? eq(orders.compliant, f.compliant) : undefined,
    code === undefined ? undefined : code === null ? eq(orders.trackingCode, '') : eq(orders.trackingCode, code.code),
  );
}

const travelsOn = (employeeId: string): SQL =>
  sql`exists (select 1 from order_travellers t where t.tenant_id = "orders"."tenant_id" and t.order_id = "orders"."id" and t.employee_id = ${employeeId})`;

/** One page of orders, newest first, with their travellers. */
export async function pageOfOrders(
  tx: Tx,
  tenantId: string,
  where: SQL | undefined,
  cursor: string | undefined,
  limit: number,
): Promise<Page<OrderSummary>> {
  const after = decodeCursor(cursor, 1);
  const afterId = after ? String(after[0]) : null;
  if (afterId !== null && !isUuid(afterId)) throw invalidCursor();
  const rows = await tx
    .select()
    .from(orders)
    .where(and(where, afterId ? lt(orders.id, afterId) : undefined))
    .orderBy(desc(orders.id))
    .limit(limit + 1);
  const page = toPage(rows, limit, (r) => [r.id]);
  const travellers = await travellersOf(
    tx,
    tenantId,
    page.items.map((r) => r.id),
  );
  return { items: page.items.map((r) => summaryOf(r, travellers.get(r.id) ?? [])), nextCursor: page.nextCursor };
}

/** GET /orders: mine by default, the tenant's with order.read_all; filtered; a page at a time. */
export function listOrders(
  db: Db,
  args: { tenantId: string; viewer: OrderViewer; filters: OrderFilters; cursor?: string; limit: number },
): Promise<Page<OrderSummary>> {
  const where = filterCondition(args.tenantId, args.viewer, args.filters);
  return inTenantScope(db, [args.tenantId], (tx) => pageOfOrders(tx, args.tenantId, where, args.cursor, args.limit));
}
