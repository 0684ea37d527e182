import { AppError } from '../../../platform/errors/app-error.ts';
import { moveTravelRequest } from '../follow-approval.ts';
import { endOpenChange } from '../follow-change.ts';
import { loadVisible, requireRequester, requireStatus, type TravelViewer } from '../travel-access.ts';
import type { EndInput } from '../withdraw-travel-request.ts';
import { tripHasBegun } from './trip-end.ts';
import { settleCompletedRequest } from './settle-completed.ts';
import type { ApprovalWork } from '../../approval/index.ts';
import type { ActualSpendSource } from '../../budget/index.ts';

/**
 * 结束行程: the requester (or a travel admin) marks an approved request completed once the trip has
 * begun — back early, say. Trips that simply end are completed by the daily sweep
 * (complete-ended-requests.ts). Its budgets are settled: the occupation is replaced by the actual
 * spend the source reports (settle-completed.ts).
 */
export async function completeIn(
  work: ApprovalWork,
  args: { id: string; viewer: TravelViewer; input: EndInput; actualSpend: ActualSpendSource },
): Promise<void> {
  const { viewer } = args;
  const { row } = await loadVisible(work.tx, work.tenantId, args.id, viewer, work.now, true);
  if (!viewer.isAdmin) requireRequester(row, viewer, 'complete');
  requireStatus(row, ['approved'], 'completed');
  if (!tripHasBegun(row.itinerary, work.now)) {
    throw new AppError('INVALID_STATE', 'The trip has not begun: cancel the request instead of completing it', {
      status: row.status,
      reason: 'trip_not_begun',
    });
  }
  const comment = args.input.comment?.trim();
  // A change still waiting for approval has nothing left to change.
  await endOpenChange(work, row, '行程已结束');
  await moveTravelRequest(work, row.id, 'completed', { reason: 'manual', ...(comment ? { comment } : {}) });
  await settleCompletedRequest(work, row.id, args.actualSpend);
}
