import type { CancelAction, ResubmitAction, WithdrawAction } from './actions.ts';
import { ApprovalError } from './approval-error.ts';
import type { ApprovalInstance } from './instance.ts';
import { pendingApproversOf } from './pending-approvers.ts';
import { checkRequesterChoices } from './requester-choice.ts';
import { closeStage, completeInstance, enterStages, resetStagesFrom } from './stage-flow.ts';
import { currentPosition, notify, record, type Transition } from './transition.ts';

function requireRequester(instance: ApprovalInstance, by: string): void {
  if (by !== instance.subject.requesterId) throw new ApprovalError('NOT_THE_REQUESTER', undefined, { by });
}

/** Stops the current stage, if any, and tells whoever was still asked. */
function stopAndTell(tx: Transition, template: 'withdrawn' | 'cancelled', extra: string[]): void {
  const asked = pendingApproversOf(tx.instance);
  const position = currentPosition(tx.instance);
  if (position !== null) closeStage(tx, position, 'cancelled');
  notify(tx, [...asked, ...extra], template);
}

/** 撤回: the requester takes the request back (while pending or returned). Final. */
export function withdraw(tx: Transition, action: WithdrawAction): void {
  requireRequester(tx.instance, action.by);
  const comment = action.comment?.trim() || undefined;
  record(tx, { type: 'withdrawn', by: action.by, comment, data: {} });
  stopAndTell(tx, 'withdrawn', []);
  completeInstance(tx, 'withdrawn');
}

/** Administrative cancellation (the service decides who may; the engine records who did). Final. */
export function cancel(tx: Transition, action: CancelAction): void {
  const comment = action.comment?.trim() || undefined;
  record(tx, { type: 'cancelled', by: action.by, comment, data: {} });
  const requester = tx.instance.subject.requesterId;
  stopAndTell(tx, 'cancelled', action.by === requester ? [] : [requester]);
  completeInstance(tx, 'cancelled');
}

/**
 * The requester resubmits a returned request, possibly changed. Approval starts again from the
 * first stage: a change may invalidate any earlier approval (Concur restarts the whole workflow
 * after a send-back too). Whether the changed subject still fits this flow is the service's call.
 */
export function resubmit(tx: Transition, action: ResubmitAction): void {
  const { instance } = tx;
  requireRequester(instance, action.by);
  if (action.subject !== undefined && action.subject.requesterId !== instance.subject.requesterId) {
    throw new ApprovalError('INVALID_SUBJECT', 'The requester of a request cannot change', { requesterId: action.subject.requesterId });
  }
  if (action.subject !== undefined) {
    const choices = checkRequesterChoices(instance.flow, action.subject, tx.directory);
    if (choices.length > 0) throw new ApprovalError('INVALID_CHOICE', undefined, { choices });
  }
  const comment = action.comment?.trim() || undefined;
  const subjectChanged = action.subject !== undefined && JSON.stringify(action.subject) !== JSON.stringify(instance.subject);
  if (action.subject !== undefined) instance.subject = structuredClone(action.subject);
  instance.status = 'pending';
  resetStagesFrom(instance, 0);
  record(tx, { type: 'resubmitted', by: action.by, comment, data: { subjectChanged } });
  enterStages(tx, 0);
}
