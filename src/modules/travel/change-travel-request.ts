import { and, eq } from 'drizzle-orm';
import { AppError, type FieldError, validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { activeFlows, type ApprovalWork, actOnInstance, loadApprovalOrg, selectFlow, startApproval } from '../approval/index.ts';
import type { BudgetCheck } from '../budget/index.ts';
import { recordChange } from '../timeline/index.ts';
import { changeReasons, contentOf, sameContent } from './change-bounds.ts';
import { acceptCheck, type Charge, checkCharge } from './charge-budgets.ts';
import { applyChange, closeChange, endOpenChange, openChange } from './follow-change.ts';
import type { ChangedContent, ChangeReason, CostEstimate } from './schema.ts';
import { travelRequestChanges } from './schema.ts';
import { loadVisible, requireRequester, requireStatus, type TravelViewer } from './travel-access.ts';
import { travelApprovalSubject } from './travel-approval-subject.ts';
import { checkFields, type TravelRequestInput } from './travel-input.ts';
import type { TravelRequestRow } from './travel-request-view.ts';

/** 变更: what may change on an approved request — its dates and cities, its estimate — with a note for the approvers. */
export interface ChangeInput {
  itinerary?: TravelRequestInput['itinerary'];
  estimate?: CostEstimate;
  note?: string;
  /** Needed when the new content is over a budget that warns (超预算原因). */
  overBudgetReason?: string;
}

/** What a change would do, before it is made. */
export interface ChangePlan {
  before: ChangedContent;
  after: ChangedContent;
  /** What was approved: the bounds (dates, cities, amount) the change is compared with. */
  approved: ChangedContent;
  /** Why it needs approval; empty: it applies at once. */
  reasons: ChangeReason[];
  budgetCheck: BudgetCheck;
}

interface Planned extends ChangePlan {
  row: TravelRequestRow;
  requesterId: string;
  charge: Charge;
}

async function plan(work: ApprovalWork, args: { id: string; viewer: TravelViewer; input: ChangeInput }): Promise<Planned> {
  const { tx, tenantId, now } = work;
  const { row } = await loadVisible(tx, tenantId, args.id, args.viewer, now, true);
  const requesterId = requireRequester(row, args.viewer, 'change');
  requireStatus(row, ['approved'], 'changed after approval');
  if ((await openChange(work, row.id)) !== null)
    throw new AppError('INVALID_STATE', 'A change of this request is waiting for approval: withdraw it first', {
      status: row.status,
      reason: 'change_pending',
    });
  const errors: FieldError[] = [];
  if (args.input.itinerary === undefined && args.input.estimate === undefined)
    errors.push({ path: '', message: 'give the new itinerary, estimate or both' });
  const fields = checkFields({ itinerary: args.input.itinerary, estimate: args.input.estimate }, errors);
  if (errors.length > 0) throw validationFailed(errors);
  const before = contentOf(row);
  const after = contentOf({ itinerary: fields.itinerary ?? row.itinerary, estimate: fields.estimate ?? row.estimate });
  if (sameContent(before, after)) throw validationFailed([{ path: '', message: 'nothing changes' }]);
  const approved = row.approvedContent ?? before;
  const charge = await checkCharge(
    tx,
    tenantId,
    { ...row, itinerary: after.itinerary, estimatedTotalFen: after.estimatedTotalFen },
    { replacing: true },
  );
  return { row, requesterId, before, after, approved, reasons: changeReasons(approved, after), budgetCheck: charge.check, charge };
}

/** POST …/changes/preview: what the change would need (approval, and why; the budget check); nothing is written. */
export async function previewChangeIn(
  work: ApprovalWork,
  args: { id: string; viewer: TravelViewer; input: ChangeInput },
): Promise<ChangePlan> {
  const { before, after, approved, reasons, budgetCheck } = await plan(work, args);
  return { before, after, approved, reasons, budgetCheck };
}

/**
 * 变更 of an approved request by its requester (the filer). Within what was approved (dates inside
 * the approved span, no new city, amount not higher) it applies at once and the budget occupation
 * follows. Beyond it, the change waits for its own approval (the tenant's flow for the new amount,
 * from the traveller, as at submission) while the request keeps its approved content and
 * occupation; approval applies it, anything else leaves the request as it was (follow-change.ts).
 * The budgets are checked like a submission (BUDGET_EXCEEDED, REASON_REQUIRED) with the request's
 * own occupation replaced by the new content. A change sent back earlier is replaced by this one.
 */
export async function requestChangeIn(
  work: ApprovalWork,
  args: { id: string; viewer: TravelViewer; input: ChangeInput },
): Promise<{ changeId: string }> {
  const { tx, tenantId, now } = work;
  const planned = await plan(work, args);
  const { row, requesterId, before, after, reasons, charge } = planned;
  const overBudgetReason = acceptCheck(charge.check, args.input.overBudgetReason);
  await endOpenChange(work, row, '已提交新的变更');
  const note = args.input.note?.trim() || null;
  const id = newId();
  const [change] = await tx
    .insert(travelRequestChanges)
    .values({
      tenantId,
      id,
      requestId: row.id,
      requestedBy: requesterId,
      status: 'approving',
      before,
      after,
      reasons,
      note,
      budgetCheck: charge.check,
      overBudgetReason,
    })
    .returning();
  if (!change) throw new Error('inserted change not returned');
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'travel_request',
    entityId: row.id,
    type: 'travel_request.change_requested',
    summary: `Travel request ${row.code}: change requested${reasons.length > 0 ? ' (needs approval)' : ''}`,
    data: { changeId: id, reasons, before, after, note, budgetOutcome: charge.check.outcome, overBudgetReason },
    at: now,
  });
  if (reasons.length === 0) {
    await applyChange(work, row, change, 'within_bounds', charge);
    return { changeId: id };
  }
  const { directory } = await loadApprovalOrg(tx, tenantId, now);
  const subject = await travelApprovalSubject(tx, tenantId, row, requesterId, after.estimatedTotalFen, directory);
  const flow = selectFlow(await activeFlows(tx, tenantId), subject);
  if (flow === null) {
    await applyChange(work, row, change, 'no_flow', charge);
    return { changeId: id };
  }
  const instance = await startApproval(work, { flow, subject, subjectType: 'travel_request', subjectId: row.id, directory });
  await tx
    .update(travelRequestChanges)
    .set({ approvalInstanceId: instance.id })
    .where(and(eq(travelRequestChanges.tenantId, tenantId), eq(travelRequestChanges.id, id)));
  return { changeId: id };
}

/** The requester takes back a change waiting for approval (or sent back): the request stays as it is. */
export async function withdrawChangeIn(
  work: ApprovalWork,
  args: { id: string; changeId: string; viewer: TravelViewer; comment?: string },
): Promise<void> {
  const { tx, tenantId, now } = work;
  const { row } = await loadVisible(tx, tenantId, args.id, args.viewer, now, true);
  const by = requireRequester(row, args.viewer, 'withdraw a change of');
  const change = await openChange(work, row.id, ['approving', 'returned']);
  if (change === null || change.id !== args.changeId)
    throw new AppError('INVALID_STATE', 'No change of this request is waiting for approval', { reason: 'no_open_change' });
  const comment = args.comment?.trim() || undefined;
  if (change.approvalInstanceId !== null && change.status === 'approving') {
    await actOnInstance(work, change.approvalInstanceId, { type: 'withdraw', by, comment });
    return;
  }
  if (change.approvalInstanceId !== null)
    await actOnInstance(work, change.approvalInstanceId, { type: 'withdraw', by, comment }, { quiet: true });
  await closeChange(work, row, change, 'withdrawn', comment ? { comment } : {});
}
