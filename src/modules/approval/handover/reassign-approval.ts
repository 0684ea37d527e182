import { validationFailed } from '../../../platform/errors/app-error.ts';
import { type ApprovalDeps, runApprovalWork } from '../approval-work.ts';
import { SYSTEM } from '../engine/index.ts';
import { type ApprovalView, type ApprovalViewer, approvalViewOf } from '../instances/approval-view.ts';
import { reassignOnInstance } from './reassign-on-instance.ts';
import type { Actor } from '../../access/index.ts';

export interface ReassignInput {
  fromEmployeeId: string;
  toEmployeeId: string;
  reason: string;
}

/**
 * 改派: a travel admin moves a pending place of any of their tenant's approvals to another
 * employee, with a reason (kept as the timeline entry's comment). Refused: someone who is not asked
 * now (NOT_AN_APPROVER), the requester or a traveller (SELF_APPROVAL), an inactive or unknown
 * employee (VALIDATION_FAILED), a closed approval (INVALID_STATE), another tenant's (NOT_FOUND).
 */
export async function reassignApproval(
  deps: ApprovalDeps,
  args: { tenantId: string; actor: Actor; viewer: ApprovalViewer; instanceId: string; input: ReassignInput; now?: Date },
): Promise<ApprovalView> {
  const reason = args.input.reason.trim();
  if (reason === '') throw validationFailed([{ path: 'reason', message: 'say why the approval is reassigned' }]);
  return runApprovalWork(deps, { tenantId: args.tenantId, actor: args.actor, now: args.now }, async (work) => {
    const after = await reassignOnInstance(work, args.instanceId, {
      by: args.viewer.employeeId ?? SYSTEM,
      from: args.input.fromEmployeeId,
      to: args.input.toEmployeeId,
      reason: 'admin',
      comment: reason,
    });
    return approvalViewOf(work.tx, work.tenantId, after.instance, args.viewer, work.now);
  });
}
