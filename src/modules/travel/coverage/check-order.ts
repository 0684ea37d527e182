import { and, arrayContains, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { approvalSubjectOf, loadApprovalOrg, previewStages, type StagePreviewView, activeFlows } from '../../approval/index.ts';
import {
  type Evaluation,
  type Explanation,
  type TravelOption,
  evaluateForTraveller,
  subjectEmployeeId,
  subjectTraveller,
  type PolicyCaller,
} from '../../policy/index.ts';
import { travelRequests } from '../schema.ts';
import { firstDepartDate } from '../travel-input.ts';
import type { TravelRequestRow } from '../travel-request-view.ts';
import { decideOrderApproval, type OrderApprovalOutcome, type OrderApprovalReason } from './order-approval.ts';
import { intentOfOption, type OrderIntent } from './order-intent.ts';
import { type Coverage, coverageOf } from './request-coverage.ts';

export interface OrderCheckInput {
  /** The traveller; the caller's own employee by default (another needs policy.manage). */
  employeeId?: string;
  /** Check against this request only; otherwise the traveller's approved requests are searched. */
  requestId?: string;
  /** Charged to this project when no request covers the order (a covered order takes the request's). */
  projectId?: string | null;
  option: TravelOption;
}

export interface OrderCheck {
  travellerId: string;
  /** The request that covers the order, or the nearest one and why it does not; null: none to compare. */
  request: { id: string; code: string; purpose: string; status: TravelRequestRow['status'] } | null;
  coverage: Coverage | null;
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  /** The option against the traveller's policy (null when no policy applies), matchedApprovedRequest filled in. */
  evaluation: Evaluation | null;
  approval: {
    outcome: OrderApprovalOutcome;
    reason: OrderApprovalReason;
    explanation: Explanation;
    flow: { id: string; name: string } | null;
    /** Who would approve, when approval is required. */
    stages: StagePreviewView[];
  };
}

/** Candidate requests: the one asked for (it must concern the traveller), or the traveller's approved ones. */
async function candidates(tx: Tx, tenantId: string, travellerId: string, requestId: string | undefined): Promise<TravelRequestRow[]> {
  if (requestId !== undefined) {
    const [row] = await tx
      .select()
      .from(travelRequests)
      .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, requestId)));
    if (!row || (row.requesterId !== travellerId && !row.travellerIds.includes(travellerId))) throw notFound('travel request');
    return [row];
  }
  return tx
    .select()
    .from(travelRequests)
    .where(
      and(
        eq(travelRequests.tenantId, tenantId),
        eq(travelRequests.status, 'approved'),
        arrayContains(travelRequests.travellerIds, [travellerId]),
      ),
    );
}

/** The covering request, else the one that misses by the fewest checks (then the nearest departure). */
function bestMatch(rows: readonly TravelRequestRow[], intent: OrderIntent): { row: TravelRequestRow; coverage: Coverage } | null {
  let best: { row: TravelRequestRow; coverage: Coverage; failed: number; distance: number } | null = null;
  for (const row of rows) {
    // Spend already booked against the request comes with the booking module; until then none is.
    const coverage = coverageOf(row, intent, 0);
    const failed = coverage.checks.filter((c) => !c.pass).length;
    const distance = Math.abs(Date.parse(firstDepartDate(row.itinerary) ?? intent.startDate) - Date.parse(intent.startDate));
    if (best === null || failed < best.failed || (failed === best.failed && distance < best.distance))
      best = { row, coverage, failed, distance };
  }
  return best === null ? null : { row: best.row, coverage: best.coverage };
}

/**
 * Before booking (预订前校验): does an approved travel request cover this option, what does the
 * traveller's policy say of it, and does the order need approval — and whose. The booking module
 * calls checkOrderIn when it books; the API offers it to the console and to integrations.
 */
export async function checkOrderIn(
  tx: Tx,
  tenantId: string,
  args: { travellerId: string; input: Omit<OrderCheckInput, 'employeeId'>; now: Date },
): Promise<OrderCheck> {
  const { travellerId, input, now } = args;
  const traveller = await subjectTraveller(tx, tenantId, travellerId);
  const intent = intentOfOption(input.option, travellerId);
  const match = bestMatch(await candidates(tx, tenantId, travellerId, input.requestId), intent);
  const covered = match?.coverage.covered === true;

  const option: TravelOption = { ...input.option, matchedApprovedRequest: covered };
  const evaluated = await evaluateForTraveller(tx, tenantId, traveller, [option]);
  const evaluation = evaluated.evaluations[0] ?? null;

  const { directory } = await loadApprovalOrg(tx, tenantId, now);
  const subject = await approvalSubjectOf(tx, tenantId, directory, {
    category: intent.category,
    amountFen: intent.amountFen,
    requesterId: travellerId,
    projectId: covered && match ? match.row.projectId : (input.projectId ?? null),
    outOfPolicy: evaluation !== null && !evaluation.compliant,
    withinApprovedRequest: covered,
  });
  const decision = decideOrderApproval({
    covered,
    policyOutcome: evaluation?.outcome ?? null,
    flows: await activeFlows(tx, tenantId),
    subject,
  });
  const flow = decision.outcome === 'approval_required' ? decision.flow : null;

  return {
    travellerId,
    request: match ? { id: match.row.id, code: match.row.code, purpose: match.row.purpose, status: match.row.status } : null,
    coverage: match?.coverage ?? null,
    policy: evaluated.policy,
    version: evaluated.version,
    evaluation,
    approval: {
      outcome: decision.outcome,
      reason: decision.reason,
      explanation: decision.explanation,
      flow: flow === null ? null : { id: flow.id, name: flow.name },
      stages: flow === null ? [] : await previewStages(tx, tenantId, flow, subject, directory),
    },
  };
}

export function checkOrder(
  db: Db,
  args: { tenantId: string; caller: PolicyCaller; input: OrderCheckInput; now?: Date },
): Promise<OrderCheck> {
  const { employeeId, ...input } = args.input;
  const travellerId = subjectEmployeeId(args.caller, employeeId);
  return inTenantScope(db, [args.tenantId], (tx) => checkOrderIn(tx, args.tenantId, { travellerId, input, now: args.now ?? new Date() }));
}
