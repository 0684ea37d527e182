import type { ApprovalAction } from './actions.ts';
import { ApprovalError } from './approval-error.ts';
import { comment } from './comment.ts';
import { approve, reject, returnToRequester } from './decide.ts';
import type { EngineResult } from './events.ts';
import { type ApprovalInstance, isFinal } from './instance.ts';
import type { OrgDirectory } from './org-directory.ts';
import { addApprover, transfer } from './reassign.ts';
import { cancel, resubmit, withdraw } from './requester-actions.ts';
import { fireTimeout } from './timeout.ts';
import { beginTransition, finishTransition } from './transition.ts';

/**
 * Applies one action to an instance and returns the new instance (the given one is left as it
 * was), the timeline events it adds and the effects the service must carry out. Refusals throw
 * an ApprovalError before anything changes. A timeout never throws: when there is nothing due it
 * returns the instance unchanged with no events and no effects.
 */
export function act(instance: ApprovalInstance, action: ApprovalAction, directory: OrgDirectory, now: Date): EngineResult {
  const tx = beginTransition(instance, directory, now);
  if (action.type === 'timeout') {
    return fireTimeout(tx, action) ? finishTransition(tx) : { instance, events: [], effects: [] };
  }
  if (action.type === 'comment') {
    comment(tx, action);
    return finishTransition(tx);
  }
  if (isFinal(instance.status)) throw new ApprovalError('INSTANCE_CLOSED', undefined, { status: instance.status });
  switch (action.type) {
    case 'withdraw':
      withdraw(tx, action);
      break;
    case 'cancel':
      cancel(tx, action);
      break;
    case 'resubmit':
      if (instance.status !== 'returned') throw new ApprovalError('NOT_RETURNED', undefined, { status: instance.status });
      resubmit(tx, action);
      break;
    default:
      if (instance.status === 'returned') throw new ApprovalError('AWAITING_RESUBMISSION');
      switch (action.type) {
        case 'approve':
          approve(tx, action);
          break;
        case 'reject':
          reject(tx, action);
          break;
        case 'return':
          returnToRequester(tx, action);
          break;
        case 'transfer':
          transfer(tx, action);
          break;
        case 'add_approver':
          addApprover(tx, action);
          break;
      }
  }
  return finishTransition(tx);
}
