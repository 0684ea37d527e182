import { SYSTEM, type ApprovalWork, actOnInstance } from '../approval/index.ts';
import { moveTravelRequest } from './follow-approval.ts';
import { endOpenChange } from './follow-change.ts';
import { loadVisible, requireRequester, requireStatus, type TravelViewer } from './travel-access.ts';
import type { EndInput } from './withdraw-travel-request.ts';

/**
 * 取消: the requester or a travel admin cancels a draft, a request in approval (its approval is
 * cancelled, the approvers told) or an approved one (and a change of it in approval). Final; the budgets are released.
 */
export async function cancelIn(work: ApprovalWork, args: { id: string; viewer: TravelViewer; input: EndInput }): Promise<void> {
  const { viewer } = args;
  const { row, instance } = await loadVisible(work.tx, work.tenantId, args.id, viewer, work.now, true);
  if (!viewer.isAdmin) requireRequester(row, viewer, 'cancel');
  requireStatus(row, ['draft', 'approving', 'returned', 'approved'], 'cancelled');
  if (instance !== null && (instance.status === 'pending' || instance.status === 'returned')) {
    await actOnInstance(work, instance.id, { type: 'cancel', by: viewer.employeeId ?? SYSTEM, comment: args.input.comment });
    return;
  }
  const comment = args.input.comment?.trim();
  await endOpenChange(work, row, comment || '申请已取消');
  await moveTravelRequest(work, row.id, 'cancelled', comment ? { comment } : {});
}
