import { and, eq } from 'drizzle-orm';
import { selectFlow, loadApprovalOrg, type ApprovalWork, activeFlows, actOnInstance, startApproval } from '../approval/index.ts';
import { moveTravelRequest } from './follow-approval.ts';
import { travelRequests } from './schema.ts';
import { loadVisible, requireRequester, requireStatus, type TravelViewer } from './travel-access.ts';
import { acceptCheck, checkCharge, occupyCharge } from './charge-budgets.ts';
import { travelApprovalSubject } from './travel-approval-subject.ts';
import { policyCheckOf } from './request-policy.ts';
import { notifyInApp } from '../notify/index.ts';
import { recordChange } from '../timeline/index.ts';
import { releaseBudgets } from '../budget/index.ts';

export interface SubmitInput {
  /** Needed when the budget check warns (超预算原因). */
  overBudgetReason?: string;
  /** Needed when the policy check warns (超标原因). */
  policyReason?: string;
  /** 发起人自选: the approver chosen for each stage where the requester chooses, by stage id. */
  approverChoices?: Record<string, string>;
}

/**
 * 提交 (or resubmit after 退回): checks the budgets of each traveller's share (费用归属) (forbid → BUDGET_EXCEEDED, warn without a reason →
 * REASON_REQUIRED, both with the check), occupies them, picks the tenant's flow for the request and
 * starts its approval — or approves at once when no flow applies. A returned request under the same
 * flow is resubmitted (approval restarts from the first stage); under another flow its old approval
 * is cancelled and a new one starts.
 */
export async function submitIn(work: ApprovalWork, args: { id: string; viewer: TravelViewer; input: SubmitInput }): Promise<void> {
  const { tx, tenantId, now } = work;
  const { row, instance: existing } = await loadVisible(tx, tenantId, args.id, args.viewer, now, true);
  const requesterId = requireRequester(row, args.viewer, 'submit');
  requireStatus(row, ['draft', 'returned'], 'submitted');
  const { directory } = await loadApprovalOrg(tx, tenantId, now);

  // A returned request still holds the occupation of its first submission: release it, so that the
  // check does not count the request twice (rolled back with everything else if the check refuses).
  // The budgets charged are each traveller's share's bearer's (费用归属, cost-shares.ts), not the filer's.
  await releaseBudgets(tx, { tenantId, sourceType: 'travel_request', sourceId: row.id });
  const charge = await checkCharge(tx, tenantId, row);
  const check = charge.check;
  const overBudgetReason = acceptCheck(check, args.input.overBudgetReason);
  const policy = await policyCheckOf(tx, tenantId, row, args.input.policyReason);
  await occupyCharge(tx, tenantId, row.id, row.projectId, charge);
  const where = and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, row.id));
  await tx
    .update(travelRequests)
    .set({
      status: 'approving',
      budgetCheck: check,
      overBudgetReason,
      ...policy.fields,
      costShares: charge.shares,
      submittedAt: now,
      decidedAt: null,
      updatedAt: now,
    })
    .where(where);
  const again = row.status === 'returned';
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'travel_request',
    entityId: row.id,
    type: again ? 'travel_request.resubmitted' : 'travel_request.submitted',
    summary: `Travel request ${row.code} ${again ? 'resubmitted' : 'submitted'}`,
    data: {
      amountFen: row.estimatedTotalFen,
      budgetOutcome: check.outcome,
      overBudgetReason,
      costShares: charge.shares,
      policyOutcome: policy.check.outcome,
      policyReason: policy.fields.policyReason,
    },
    at: now,
  });

  const subject = {
    ...(await travelApprovalSubject(tx, tenantId, row, requesterId, row.estimatedTotalFen, directory)),
    outOfPolicy: !policy.check.compliant,
    ...(args.input.approverChoices !== undefined ? { chosenApprovers: args.input.approverChoices } : {}),
  };
  const flow = selectFlow(await activeFlows(tx, tenantId), subject);
  const open = existing !== null && existing.status === 'returned';
  if (open && flow !== null && existing.flowId === flow.id) {
    await actOnInstance(work, existing.id, { type: 'resubmit', by: requesterId, subject }, { directory });
    return;
  }
  if (open)
    await actOnInstance(
      work,
      existing.id,
      { type: 'cancel', by: requesterId, comment: '重新提交：适用的审批流程已变更' },
      { directory, quiet: true },
    );
  if (flow === null) {
    await tx.update(travelRequests).set({ approvalInstanceId: null }).where(where);
    await moveTravelRequest(work, row.id, 'approved', { reason: 'no_flow', note: '无适用的审批流程，自动通过' });
    await notifyInApp(tx, {
      tenantId,
      recipientIds: [requesterId],
      template: 'approved',
      data: { subjectType: 'travel_request', subjectId: row.id, code: row.code, title: row.purpose, reason: 'no_flow' },
      link: `/travel/requests/${row.id}`,
    });
    return;
  }
  const started = await startApproval(work, { flow, subject, subjectType: 'travel_request', subjectId: row.id, directory });
  await tx.update(travelRequests).set({ approvalInstanceId: started.id }).where(where);
}
