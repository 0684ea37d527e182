import { validationFailed } from '../../platform/errors/app-error.ts';
import { transition } from './lifecycle/index.ts';
import { createOrder } from './create-order.ts';
import { illegalTransition, moveOrder } from './move-order.ts';
import { issueOrder } from './order-transitions.ts';
import { recordBookingRef } from './booking-ref.ts';
import { loadOrder, travellersOf } from './order-rows.ts';
import type { OrderRow, OrderWork } from './order-types.ts';

/** What the supplier's change (改签) came to, and the new itinerary. */
export interface ChangeOrderInput {
  /** The new offer as booked. */
  offer: Record<string, unknown>;
  /** The new fare in full. */
  amountFen: number;
  /** New fare − old fare (negative: the difference comes back). */
  fareDifferenceFen: number;
  changeFeeFen: number;
  serviceStartAt: Date;
  serviceEndAt: Date;
  originCityId: string | null;
  destinationCityId: string;
  /** The supplier's booking for the new itinerary, and whether it is already issued (else a supplier event will say). */
  bookingRef: string | null;
  issued: boolean;
  /** The policy check of the new option; the parent's when absent. */
  policy?: { versionId: string | null; outcome: string | null; compliant: boolean; verdict: Record<string, unknown> | null };
  reason?: { code: string | null; text: string | null };
  supplier?: { id: string | null; code: string };
}

/**
 * 改签: the order becomes 'changed' and a child order carries the new itinerary — linked to it
 * (父单 parent_order_id) and to the chain's first order (原单 original_order_id), with the fare
 * difference and the change fee, the same travellers, bearer, request and payment. The child
 * starts 'booking' (or issued at once when the supplier's change is), and its cost (new fare + fee)
 * replaces the parent's on the budgets. Returns [parent, child].
 */
export async function changeOrder(work: OrderWork, orderId: string, input: ChangeOrderInput): Promise<[OrderRow, OrderRow]> {
  const { tx, tenantId } = work;
  const parent = await loadOrder(tx, tenantId, orderId, true);
  const t = transition(parent.category, parent.status, 'change');
  if (!t.ok) throw illegalTransition(parent, 'change', t.allowed);
  if (!Number.isSafeInteger(input.fareDifferenceFen)) throw validationFailed([{ path: 'fareDifferenceFen', message: 'must be whole fen' }]);
  const travellers = (await travellersOf(tx, tenantId, [orderId])).get(orderId) ?? [];
  const created = await createOrder(work, {
    category: parent.category,
    offer: input.offer,
    travellerIds: travellers.map((r) => r.employeeId),
    bookerEmployeeId: parent.bookerEmployeeId,
    bearer: { kind: parent.bearerKind, id: parent.bearerId },
    projectId: parent.projectId,
    travelRequestId: parent.travelRequestId,
    policy: input.policy ?? {
      versionId: parent.policyVersionId,
      outcome: parent.policyOutcome,
      compliant: parent.compliant,
      verdict: parent.policyVerdict,
    },
    reason: input.reason ?? { code: parent.reasonCode, text: parent.reasonText },
    paymentMode: parent.paymentMode,
    supplier: input.supplier ?? { id: parent.supplierId, code: parent.supplierCode },
    amountFen: input.amountFen,
    serviceStartAt: input.serviceStartAt,
    serviceEndAt: input.serviceEndAt,
    originCityId: input.originCityId,
    destinationCityId: input.destinationCityId,
    needsApproval: false,
    changeOf: { parent, fareDifferenceFen: input.fareDifferenceFen, changeFeeFen: input.changeFeeFen },
  });
  const changed = await moveOrder(work, orderId, {
    event: 'change',
    data: {
      childCode: created.trackingCode,
      childId: created.id,
      fareDifferenceFen: input.fareDifferenceFen,
      changeFeeFen: input.changeFeeFen,
    },
  });
  const child = input.issued
    ? await issueOrder(work, created.id, { bookingRef: input.bookingRef })
    : input.bookingRef
      ? await refOnly(work, created.id, input.bookingRef)
      : created;
  return [changed, child];
}

async function refOnly(work: OrderWork, id: string, bookingRef: string): Promise<OrderRow> {
  await recordBookingRef(work, id, bookingRef);
  return loadOrder(work.tx, work.tenantId, id);
}
