import { AppError, validationFailed } from '../../../platform/errors/app-error.ts';
import { type ApprovalDeps, runApprovalWork } from '../approval-work.ts';
import type { ApprovalAction } from '../engine/index.ts';
import { actOnInstance } from '../instances/act-on-instance.ts';
import { type ApprovalView, type ApprovalViewer, approvalViewOf } from '../instances/approval-view.ts';
import { loadInstance } from '../instances/instance-rows.ts';
import type { Actor } from '../../access/index.ts';

/** An approver's action as the API takes it (POST /approvals/:instanceId/actions). */
export interface ActionInput {
  action: 'approve' | 'reject' | 'return' | 'transfer' | 'add_approver' | 'comment';
  comment?: string;
  /** transfer, add_approver: who. */
  toEmployeeId?: string;
  /** add_approver: before, after (default) or alongside the current step. */
  position?: 'before' | 'after' | 'parallel';
  /** reject: to the requester (default, final) or back to an earlier approved stage, by index. */
  rejectTo?: 'requester' | number;
  /** A delegate acting for several approvers says for whom. */
  onBehalfOf?: string;
}

function needed<T>(value: T | undefined, path: string): T {
  if (value === undefined) throw validationFailed([{ path, message: 'required for this action' }]);
  return value;
}

/** The engine's action for the input, acted by `by`. */
export function engineActionOf(input: ActionInput, by: string): ApprovalAction {
  const who = input.onBehalfOf === undefined ? { by } : { by, onBehalfOf: input.onBehalfOf };
  switch (input.action) {
    case 'approve':
      return { type: 'approve', ...who, comment: input.comment };
    case 'reject': {
      const to = input.rejectTo === undefined || input.rejectTo === 'requester' ? 'requester' : { stageIndex: input.rejectTo };
      return { type: 'reject', ...who, comment: input.comment ?? '', to };
    }
    case 'return':
      return { type: 'return', ...who, comment: input.comment ?? '' };
    case 'transfer':
      return { type: 'transfer', ...who, to: needed(input.toEmployeeId, 'toEmployeeId'), comment: input.comment };
    case 'add_approver':
      return {
        type: 'add_approver',
        ...who,
        who: needed(input.toEmployeeId, 'toEmployeeId'),
        position: input.position ?? 'after',
        comment: input.comment,
      };
    case 'comment':
      return { type: 'comment', by, text: input.comment ?? '' };
  }
}

/** One approver action on an instance of the tenant; answers the approval as the caller now sees it. */
export async function performAction(
  deps: ApprovalDeps,
  args: { tenantId: string; actor: Actor; viewer: ApprovalViewer; instanceId: string; input: ActionInput; now?: Date },
): Promise<ApprovalView> {
  const { viewer } = args;
  return runApprovalWork(deps, { tenantId: args.tenantId, actor: args.actor, now: args.now }, async (work) => {
    await loadInstance(work.tx, work.tenantId, args.instanceId);
    if (viewer.employeeId === null) throw new AppError('NOT_AN_APPROVER', 'Only employees take part in approvals');
    const after = await actOnInstance(work, args.instanceId, engineActionOf(args.input, viewer.employeeId));
    return approvalViewOf(work.tx, work.tenantId, after.instance, viewer, work.now);
  });
}
