import { and, eq } from 'drizzle-orm';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { startWorkflow, type WorkflowRun } from '../../../platform/workflow/index.ts';
import { runApprovalWork } from '../../approval/index.ts';
import { employees } from '../../org/index.ts';
import { createOrder, loadOrder, type OrderRow } from '../../orders/index.ts';
import type { Offer } from '../../suppliers/index.ts';
import { checkOrderIn } from '../../travel/index.ts';
import { searchOptions } from '../search/search-options.ts';
import type { SearchOption, SearchRequest } from '../search/search-types.ts';
import { workflowRunStore } from '../workflow/workflow-run-store.ts';
import type { Booker, BookingDeps } from './booking-deps.ts';
import { bookingStepReporter, bookingWorkflow, type BookingInput } from './booking-workflow.ts';

export interface PlaceOrderRequest {
  /** The search the option came from (its traveller and travel request too): it is run again to verify the price (验价). */
  search: SearchRequest;
  supplierCode: string;
  offerId: string;
  /** 超标原因: required for an option out of policy. */
  reason?: { code?: string; text?: string };
  paymentMode?: 'company' | 'personal';
}

export interface PlacedOrder {
  order: OrderRow;
  workflow: { id: string; status: WorkflowRun['status']; step: string | null };
}

/** When the service starts and ends, and where, from the offer (hotel dates in China time: in at 14:00, out at 12:00). */
export function serviceOf(offer: Offer): { start: Date; end: Date; origin: string | null; destination: string } {
  switch (offer.category) {
    case 'flight':
    case 'train':
      return {
        start: new Date(offer.departureAt),
        end: new Date(offer.arrivalAt),
        origin: offer.originCityId,
        destination: offer.destinationCityId,
      };
    case 'hotel':
      return {
        start: new Date(`${offer.checkIn}T14:00:00+08:00`),
        end: new Date(`${offer.checkOut}T12:00:00+08:00`),
        origin: null,
        destination: offer.cityId,
      };
    case 'car': {
      const start = new Date(offer.pickupAt);
      return { start, end: new Date(start.getTime() + 2 * 3_600_000), origin: null, destination: offer.cityId };
    }
  }
}

async function verifiedOption(deps: BookingDeps, booker: Booker, req: PlaceOrderRequest, now: Date) {
  const answer = await searchOptions(deps.db, {
    ...req.search,
    showBlocked: true,
    gateway: deps.gateway,
    tenantId: booker.tenantId,
    caller: { employeeId: booker.employeeId, canBookSelf: booker.canBookSelf, canBookOthers: booker.canBookOthers },
    now,
  });
  const chosen: SearchOption | undefined = answer.options.find(
    (o) => o.offer.supplierCode === req.supplierCode && o.offer.offerId === req.offerId,
  );
  if (!chosen)
    throw new AppError('OFFER_UNAVAILABLE', 'The offer is no longer on sale at that price: search again', {
      supplierCode: req.supplierCode,
      offerId: req.offerId,
    });
  if (!chosen.bookable) throw new AppError('POLICY_BLOCKED', 'The travel policy blocks this option');
  return { chosen, travellerId: answer.traveller.employeeId };
}

/**
 * 下单: verifies the offer by searching again (its price and the traveller's policy as they are
 * now), checks it against the traveller's approved requests (no second approval inside their
 * bounds unless a rule says so), creates the order (pending approval, or approved) with its
 * tracking code, and starts the booking workflow (hold → approval → book). Answers once the run
 * has held (and booked, when no approval is needed) or failed; ticketing follows as the supplier's event.
 */
export async function placeOrder(deps: BookingDeps, booker: Booker, req: PlaceOrderRequest, now = new Date()): Promise<PlacedOrder> {
  if (booker.employeeId === null)
    throw new AppError('FORBIDDEN', 'Only an employee of the enterprise books', { permission: 'booking.self' });
  const bookerId = booker.employeeId;
  const { chosen, travellerId } = await verifiedOption(deps, booker, req, now);
  const service = serviceOf(chosen.offer);
  const { order, travellerName } = await runApprovalWork(
    deps.approvals,
    { tenantId: booker.tenantId, actor: booker.actor, now },
    async (w) => {
      const check = await checkOrderIn(w.tx, booker.tenantId, {
        travellerId,
        input: { ...(req.search.travelRequestId ? { requestId: req.search.travelRequestId } : {}), option: chosen.option },
        now,
      });
      const evaluation = check.evaluation;
      const [person] = await w.tx
        .select({ name: employees.name })
        .from(employees)
        .where(and(eq(employees.tenantId, booker.tenantId), eq(employees.id, travellerId)));
      const created = await createOrder(
        { ...w, onOrderChange: deps.onOrderChange },
        {
          category: chosen.offer.category,
          offer: { ...chosen.offer, ...(chosen.fares ? { fares: chosen.fares } : {}) },
          travellerIds: [travellerId],
          bookerEmployeeId: bookerId,
          travelRequestId: check.coverage?.covered ? (check.request?.id ?? null) : (req.search.travelRequestId ?? null),
          policy: {
            versionId: check.version?.versionId ?? null,
            outcome: evaluation?.outcome ?? null,
            compliant: evaluation?.compliant ?? true,
            verdict: { option: { ...chosen.option }, failedChecks: chosen.policy?.failedChecks ?? [], approval: check.approval.reason },
          },
          ...(req.reason ? { reason: { code: req.reason.code ?? null, text: req.reason.text ?? null } } : {}),
          personalPayFen: evaluation?.personalPayFen ?? 0,
          paymentMode: req.paymentMode ?? 'company',
          supplier: { id: null, code: chosen.offer.supplierCode },
          amountFen: chosen.offer.priceFen,
          serviceStartAt: service.start,
          serviceEndAt: service.end,
          originCityId: service.origin,
          destinationCityId: service.destination,
          needsApproval: check.approval.outcome === 'approval_required',
        },
      );
      return { order: created, travellerName: person?.name ?? '' };
    },
  );
  const input: BookingInput = {
    tenantId: booker.tenantId,
    orderId: order.id,
    trackingCode: order.trackingCode,
    category: order.category,
    supplierCode: chosen.offer.supplierCode,
    offerId: chosen.offer.offerId,
    passengers: [{ name: travellerName, phone: null }],
  };
  const run = await startWorkflow(
    bookingWorkflow(deps),
    { store: workflowRunStore(deps.db, booker.tenantId), onStep: bookingStepReporter(deps, booker.tenantId, order.trackingCode) },
    { id: newId(), subjectType: 'order', subjectId: order.id, input },
  );
  const latest = await inTenantScope(deps.db, [booker.tenantId], (tx) => loadOrder(tx, booker.tenantId, order.id));
  return { order: latest, workflow: { id: run.id, status: run.status, step: bookingWorkflow(deps).steps[run.stepIndex]?.name ?? null } };
}
