import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { adjustmentRow } from './adjustment-rows.ts';
import { actOnInstance, type ApprovalWork } from '../../approval/index.ts';

/** 撤回: the requester takes back an adjustment still waiting for approval (or returned); no budget changes. */
export async function withdrawAdjustmentIn(
  work: ApprovalWork,
  args: { id: string; employeeId: string | null; comment?: string },
): Promise<void> {
  const row = await adjustmentRow(work.tx, work.tenantId, args.id, true);
  if (!row) throw notFound('budget adjustment');
  if (row.requesterId !== args.employeeId) throw new AppError('FORBIDDEN', 'Only the requester may withdraw a budget adjustment');
  if ((row.status !== 'pending' && row.status !== 'returned') || row.approvalInstanceId === null) {
    throw new AppError('INVALID_STATE', `The adjustment is ${row.status}`, { status: row.status });
  }
  await actOnInstance(work, row.approvalInstanceId, { type: 'withdraw', by: row.requesterId, comment: args.comment });
}
