import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import {
  activeFlows,
  type ApprovalStatus,
  type ApprovalSubject,
  loadApprovalOrg,
  selectFlow,
  startApproval,
  type SubjectBrief,
  type SubjectFlag,
  type SubjectHooks,
} from '../approval/index.ts';
import { departmentChain } from '../org/index.ts';
import type { OrderEvent } from './lifecycle/index.ts';
import { cityName, orderTitle } from './order-labels.ts';
import { moveOrder } from './move-order.ts';
import type { OrderChangeHook, OrderRow, OrderWork } from './order-types.ts';
import { orders } from './schema.ts';

/**
 * An order as an approval subject ('order'): the approval starts from its first traveller — their
 * department picks the flow, their manager chain approves — while the booker (a secretary booking
 * for others, 代订) is the requester. Categories are the order's (flight, hotel, train, car); out of
 * policy and inside an approved request are the flows' conditions.
 */
export async function orderApprovalSubject(
  tx: Tx,
  order: OrderRow,
  travellerIds: readonly string[],
  directory: {
    employeeDepartment(id: string): string | null;
  },
): Promise<ApprovalSubject> {
  const anchor = travellerIds[0] ?? order.bookerEmployeeId;
  const departmentId = directory.employeeDepartment(anchor);
  if (departmentId === null) throw validationFailed([{ path: 'travellers[0]', message: 'the traveller has no department' }]);
  const others = travellerIds.filter((id) => id !== order.bookerEmployeeId);
  return {
    category: order.category,
    amountFen: order.amountFen,
    departmentId,
    departmentChain: await departmentChain(tx, order.tenantId, departmentId),
    outOfPolicy: !order.compliant,
    projectId: order.projectId,
    requesterId: order.bookerEmployeeId,
    ...(anchor !== order.bookerEmployeeId ? { anchorEmployeeId: anchor } : {}),
    ...(others.length > 0 ? { travellerIds: others } : {}),
    travellers: [...travellerIds],
    costCentreId: order.bearerKind === 'cost_centre' ? order.bearerId : null,
    withinApprovedRequest: order.travelRequestId !== null,
  };
}

/**
 * Starts the order's approval under the tenant's first matching flow; when none applies the order
 * is approved at once (the timeline says so). The order must be pending_approval.
 */
export async function startOrderApproval(
  work: OrderWork,
  order: OrderRow,
  travellerIds: readonly string[],
): Promise<'started' | 'no_flow'> {
  const { tx, tenantId, now } = work;
  const { directory } = await loadApprovalOrg(tx, tenantId, now);
  const subject = await orderApprovalSubject(tx, order, travellerIds, directory);
  const flow = selectFlow(await activeFlows(tx, tenantId), subject);
  if (flow === null) {
    await moveOrder(work, order.id, { event: 'approve', data: { reason: 'no_flow' } });
    return 'no_flow';
  }
  const started = await startApproval(work, { flow, subject, subjectType: 'order', subjectId: order.id, directory });
  await tx
    .update(orders)
    .set({ approvalInstanceId: started.id })
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, order.id)));
  return 'started';
}

const eventFor: Partial<Record<ApprovalStatus, OrderEvent>> = {
  approved: 'approve',
  rejected: 'reject',
  withdrawn: 'cancel',
  cancelled: 'cancel',
};

/** What the inbox shows of orders: the route and date, and out-of-policy with the 超标原因. */
async function orderBriefs(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, SubjectBrief>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), inArray(orders.id, [...ids])));
  return new Map(
    rows.map((r) => {
      const flags: SubjectFlag[] = r.compliant ? [] : [{ code: 'out_of_policy', note: r.reasonText ?? r.reasonCode }];
      if (r.personalPayFen > 0) flags.push({ code: 'personal_pay', note: null });
      const leg = {
        fromCity: cityName(r.originCityId ?? r.destinationCityId, 'zh-CN'),
        toCity: cityName(r.destinationCityId, 'zh-CN'),
        departDate: chinaDateOf(r.serviceStartAt),
        returnDate: r.category === 'hotel' ? chinaDateOf(r.serviceEndAt) : null,
      };
      return [r.id, { itinerary: [leg], flags }];
    }),
  );
}

/**
 * The order's approval hooks, registered at the root as subject type 'order'
 * (src/approval-subjects.ts): approval moves the order to approved, rejection to rejected, a
 * withdrawal or cancellation of the approval cancels it; each move is told to `onOrderChange`
 * (the root's: webhooks), in the approval's transaction.
 */
export const orderSubjectWith = (onOrderChange?: OrderChangeHook): SubjectHooks => ({
  async lock(tx, tenantId, id) {
    await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), eq(orders.id, id)))
      .for('update');
  },
  async describe(tx, tenantId, id) {
    const [row] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), eq(orders.id, id)));
    return row ? { code: row.trackingCode, title: orderTitle(row) } : null;
  },
  brief: orderBriefs,
  link: (id) => `/orders/${id}`,
  async statusChanged(work, { subjectId, instance }) {
    const event = eventFor[instance.status];
    if (event === undefined) return;
    const [row] = await work.tx
      .select({ status: orders.status })
      .from(orders)
      .where(and(eq(orders.tenantId, work.tenantId), eq(orders.id, subjectId)));
    // Only a pending order follows its approval (a cancelled one stays cancelled).
    if (row?.status !== 'pending_approval') return;
    await moveOrder({ ...work, ...(onOrderChange ? { onOrderChange } : {}) }, subjectId, { event, data: { instanceId: instance.id } });
  },
});

/** The hooks with no one to tell of the order's moves (tests; the root passes its hook). */
export const orderSubject: SubjectHooks = orderSubjectWith();
