import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { timelineIn } from '../../timeline/index.ts';
import { travellersOf } from '../order-rows.ts';
import type { OrderRow } from '../order-types.ts';
import { orders } from '../schema.ts';
import { parseTrackingCode } from '../tracking-code/tracking-code.ts';
import { loadVisibleOrder, type OrderViewer } from './order-access.ts';
import { type OrderSummary, summaryOf } from './order-view.ts';
import { type Words, wordsOf } from './order-words.ts';

/** One event of the order's timeline: plain words for everyone; who acted and the raw data for support (order.read_all). */
export interface OrderTimelineEntry {
  seq: number;
  at: string;
  type: string;
  words: Words;
  actorName?: string;
  data?: Record<string, unknown>;
}

export interface OrderDetail extends OrderSummary {
  offer: Record<string, unknown>;
  policyOutcome: string | null;
  policyVersionId: string | null;
  policyVerdict: Record<string, unknown> | null;
  reasonCode: string | null;
  reasonText: string | null;
  personalPayFen: number;
  fareDifferenceFen: number;
  changeFeeFen: number;
  refundFeeFen: number;
  bearer: { kind: OrderRow['bearerKind']; id: string };
  projectId: string | null;
  approvalInstanceId: string | null;
  supplierBookingRef: string | null;
  /** The order it was changed from (父单), the chain's first (原单), and the orders changed from it. */
  parentCode: string | null;
  originalCode: string | null;
  childCodes: string[];
  timeline: OrderTimelineEntry[];
}

async function codesOf(
  tx: Tx,
  tenantId: string,
  order: OrderRow,
): Promise<Pick<OrderDetail, 'parentCode' | 'originalCode' | 'childCodes'>> {
  const linked = await tx
    .select({ id: orders.id, code: orders.trackingCode, parentOrderId: orders.parentOrderId })
    .from(orders)
    .where(
      and(
        eq(orders.tenantId, tenantId),
        or(inArray(orders.id, [order.parentOrderId ?? order.id, order.originalOrderId ?? order.id]), eq(orders.parentOrderId, order.id)),
      ),
    );
  const code = (id: string | null) => (id === null ? null : (linked.find((l) => l.id === id)?.code ?? null));
  return {
    parentCode: code(order.parentOrderId),
    originalCode: code(order.originalOrderId),
    childCodes: linked.filter((l) => l.parentOrderId === order.id).map((l) => l.code),
  };
}

export async function detailIn(tx: Tx, tenantId: string, order: OrderRow, full: boolean): Promise<OrderDetail> {
  const travellers = (await travellersOf(tx, tenantId, [order.id])).get(order.id) ?? [];
  const events = await timelineIn(tx, tenantId, 'order', order.id);
  return {
    ...summaryOf(order, travellers),
    offer: order.offer,
    policyOutcome: order.policyOutcome,
    policyVersionId: order.policyVersionId,
    policyVerdict: order.policyVerdict,
    reasonCode: order.reasonCode,
    reasonText: order.reasonText,
    personalPayFen: order.personalPayFen,
    fareDifferenceFen: order.fareDifferenceFen,
    changeFeeFen: order.changeFeeFen,
    refundFeeFen: order.refundFeeFen,
    bearer: { kind: order.bearerKind, id: order.bearerId },
    projectId: order.projectId,
    approvalInstanceId: order.approvalInstanceId,
    supplierBookingRef: order.supplierBookingRef,
    ...(await codesOf(tx, tenantId, order)),
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      words: wordsOf(e, true),
      ...(full ? { actorName: e.actorName, data: e.data } : {}),
    })),
  };
}

/** GET /orders/{id}: the order with its timeline (full for order.read_all). */
export function getOrder(db: Db, args: { tenantId: string; viewer: OrderViewer; id: string }): Promise<OrderDetail> {
  return inTenantScope(db, [args.tenantId], async (tx) =>
    detailIn(tx, args.tenantId, await loadVisibleOrder(tx, args.tenantId, args.viewer, { id: args.id }), args.viewer.canReadAll),
  );
}

/** GET /orders/by-code/{code}: the same, found by tracking code within the viewer's scope. */
export function getOrderByCode(db: Db, args: { tenantId: string; viewer: OrderViewer; code: string }): Promise<OrderDetail> {
  const parsed = parseTrackingCode(args.code);
  if (parsed === null) return Promise.reject(notFound('order'));
  return inTenantScope(db, [args.tenantId], async (tx) =>
    detailIn(tx, args.tenantId, await loadVisibleOrder(tx, args.tenantId, args.viewer, { code: parsed.code }), args.viewer.canReadAll),
  );
}
