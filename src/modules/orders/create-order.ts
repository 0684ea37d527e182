import { randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, type FieldError, validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { recordChange } from '../timeline/index.ts';
import { employees } from '../org/index.ts';
import type { OrderCategory } from './lifecycle/index.ts';
import { followMoney } from './order-money.ts';
import { loadOrder } from './order-rows.ts';
import { startOrderApproval } from './order-approval.ts';
import type { OrderRow, OrderWork } from './order-types.ts';
import { type OrderBearerKind, orders, orderTravellers } from './schema.ts';
import { newTrackingCode } from './tracking-code/tracking-code.ts';

/** What the booking flow knows when it creates an order (after the search, the policy check and the hold). */
export interface CreateOrderInput {
  category: OrderCategory;
  /** The offer as booked (the supplier's offer object, or the part of it worth keeping). */
  offer: Record<string, unknown>;
  /** Who travels, first one first (the first anchors the approval). */
  travellerIds: string[];
  bookerEmployeeId: string;
  /** 费用归属; absent: the first traveller's department. */
  bearer?: { kind: OrderBearerKind; id: string };
  projectId?: string | null;
  /** The approved travel request the order is booked under; null: it stands alone. */
  travelRequestId?: string | null;
  /** The policy check of the option (travel's checkOrderIn): the version, outcome, compliance and verdict. */
  policy: { versionId: string | null; outcome: string | null; compliant: boolean; verdict: Record<string, unknown> | null };
  /** 超标原因: required when the option is out of policy. */
  reason?: { code: string | null; text: string | null };
  personalPayFen?: number;
  paymentMode: 'company' | 'personal';
  supplier: { id: string | null; code: string };
  amountFen: number;
  serviceStartAt: Date;
  serviceEndAt: Date;
  originCityId: string | null;
  destinationCityId: string;
  /** Whether the order must be approved first (travel's decideOrderApproval said 'approval_required'). */
  needsApproval: boolean;
  /** Set for a change's child order (change-order.ts). */
  changeOf?: { parent: OrderRow; fareDifferenceFen: number; changeFeeFen: number };
}

function check(input: CreateOrderInput): void {
  const errors: FieldError[] = [];
  const fen = (path: string, v: number | undefined) => {
    if (v !== undefined && (!Number.isSafeInteger(v) || v < 0)) errors.push({ path, message: 'must be whole, non-negative fen' });
  };
  fen('amountFen', input.amountFen);
  fen('personalPayFen', input.personalPayFen);
  if (input.travellerIds.length === 0) errors.push({ path: 'travellerIds', message: 'at least one traveller' });
  if (new Set(input.travellerIds).size !== input.travellerIds.length) errors.push({ path: 'travellerIds', message: 'listed twice' });
  if (input.serviceEndAt.getTime() < input.serviceStartAt.getTime()) errors.push({ path: 'serviceEndAt', message: 'before the start' });
  if (errors.length > 0) throw validationFailed(errors);
  if (input.policy.outcome === 'block') throw new AppError('POLICY_BLOCKED', 'The travel policy blocks this option');
  const reason = input.reason?.text?.trim() || input.reason?.code?.trim();
  if (!input.policy.compliant && !reason)
    throw new AppError('REASON_REQUIRED', 'The option is out of policy: give a reason (超标原因)', { field: 'reason' });
}

/** The order's row with a fresh tracking code: a code another tenant holds is skipped, never shown (ON CONFLICT DO NOTHING). */
async function insertWithCode(work: OrderWork, row: Omit<typeof orders.$inferInsert, 'trackingCode'>): Promise<OrderRow> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const trackingCode = newTrackingCode(row.category, (n) => randomInt(n));
    const [inserted] = await work.tx
      .insert(orders)
      .values({ ...row, trackingCode })
      .onConflictDoNothing({ target: orders.trackingCode })
      .returning();
    if (inserted) return inserted;
  }
  throw new Error('no free tracking code after 5 attempts');
}

/**
 * 创建订单 (from the booking flow): the order with its tracking code, travellers (names as booked),
 * cost bearer, policy verdict and reason, supplier and amount; 'pending_approval' with its approval
 * started when it needs one (approved at once when no flow applies), else 'approved'. Its cost
 * occupies the budgets from now on (in its travel request's room). In the work's transaction.
 */
export async function createOrder(work: OrderWork, input: CreateOrderInput): Promise<OrderRow> {
  const { tx, tenantId, now } = work;
  check(input);
  const people = await tx
    .select({ id: employees.id, name: employees.name, departmentId: employees.departmentId })
    .from(employees)
    .where(and(eq(employees.tenantId, tenantId), inArray(employees.id, [...input.travellerIds, input.bookerEmployeeId])));
  const byId = new Map(people.map((p) => [p.id, p]));
  const missing = input.travellerIds.findIndex((id) => !byId.has(id));
  if (missing >= 0) throw validationFailed([{ path: `travellerIds[${missing}]`, message: 'no such employee' }]);
  if (!byId.has(input.bookerEmployeeId)) throw validationFailed([{ path: 'bookerEmployeeId', message: 'no such employee' }]);
  const first = byId.get(input.travellerIds[0] ?? '');
  const bearer = input.bearer ?? { kind: 'department' as const, id: first?.departmentId ?? '' };
  const parent = input.changeOf?.parent;

  const order = await insertWithCode(work, {
    tenantId,
    id: newId(),
    category: input.category,
    status: input.needsApproval ? 'pending_approval' : parent ? 'booking' : 'approved',
    parentOrderId: parent?.id ?? null,
    originalOrderId: parent ? (parent.originalOrderId ?? parent.id) : null,
    travelRequestId: input.travelRequestId ?? null,
    bookerEmployeeId: input.bookerEmployeeId,
    bearerKind: bearer.kind,
    bearerId: bearer.id,
    projectId: input.projectId ?? null,
    policyVersionId: input.policy.versionId,
    policyOutcome: input.policy.outcome,
    compliant: input.policy.compliant,
    policyVerdict: input.policy.verdict,
    reasonCode: input.reason?.code?.trim() || null,
    reasonText: input.reason?.text?.trim() || null,
    personalPayFen: input.personalPayFen ?? 0,
    paymentMode: input.paymentMode,
    supplierId: input.supplier.id,
    supplierCode: input.supplier.code,
    offer: input.offer,
    amountFen: input.amountFen,
    fareDifferenceFen: input.changeOf?.fareDifferenceFen ?? 0,
    changeFeeFen: input.changeOf?.changeFeeFen ?? 0,
    serviceStartAt: input.serviceStartAt,
    serviceEndAt: input.serviceEndAt,
    originCityId: input.originCityId,
    destinationCityId: input.destinationCityId,
    createdAt: now,
    updatedAt: now,
  });
  await tx.insert(orderTravellers).values(
    input.travellerIds.map((employeeId, i) => ({
      tenantId,
      orderId: order.id,
      employeeId,
      position: i + 1,
      nameSnapshot: byId.get(employeeId)?.name ?? '',
    })),
  );
  const type = parent ? 'order.change_created' : 'order.created';
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'order',
    entityId: order.id,
    type,
    summary: `Order ${order.trackingCode} created (${order.category}, ${order.status})`,
    data: {
      code: order.trackingCode,
      category: order.category,
      to: order.status,
      amountFen: order.amountFen,
      compliant: order.compliant,
      reasonCode: order.reasonCode,
      reasonText: order.reasonText,
      paymentMode: order.paymentMode,
      ...(parent ? { parentCode: parent.trackingCode, fareDifferenceFen: order.fareDifferenceFen, changeFeeFen: order.changeFeeFen } : {}),
    },
    at: now,
  });
  await followMoney(tx, order, input.travellerIds);
  await work.onOrderChange?.(tx, {
    tenantId,
    orderId: order.id,
    trackingCode: order.trackingCode,
    category: order.category,
    from: null,
    to: order.status,
    type,
    at: now,
  });
  if (order.status === 'pending_approval') await startOrderApproval(work, order, input.travellerIds);
  return loadOrder(tx, tenantId, order.id);
}
