import { AppError } from '../../platform/errors/app-error.ts';
import { loadVisible, requireRequester, requireStatus, type TravelViewer } from './travel-access.ts';
import { type ApprovalWork, actOnInstance } from '../approval/index.ts';

/** An optional remark with a withdrawal or cancellation. */
export interface EndInput {
  comment?: string;
}

/** 撤回: the requester takes back a request in approval (or returned). Final; the budgets are released. */
export async function withdrawIn(work: ApprovalWork, args: { id: string; viewer: TravelViewer; input: EndInput }): Promise<void> {
  const { row, instance } = await loadVisible(work.tx, work.tenantId, args.id, args.viewer, work.now, true);
  const by = requireRequester(row, args.viewer, 'withdraw');
  requireStatus(row, ['approving', 'returned'], 'withdrawn');
  if (instance === null) throw new AppError('INVALID_STATE', 'The request has no approval to withdraw from');
  await actOnInstance(work, instance.id, { type: 'withdraw', by, comment: args.input.comment });
}
