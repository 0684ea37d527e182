import type { ApproveAction, RejectAction, ReturnAction } from './actions.ts';
import { actingSlot, type Actor } from './acting-slot.ts';
import { ApprovalError } from './approval-error.ts';
import type { SlotStatus } from './instance.ts';
import { advanceIfDecided, closeStage, completeInstance, enterStages, resetStagesFrom } from './stage-flow.ts';
import { notify, positionAt, record, type Transition } from './transition.ts';

export function requireComment(comment: string | undefined): string {
  const text = comment?.trim() ?? '';
  if (text === '') throw new ApprovalError('COMMENT_REQUIRED');
  return text;
}

function decide(tx: Transition, actor: Actor, status: SlotStatus, by: string, comment: string | null): void {
  actor.slot.status = status;
  actor.slot.actedBy = by;
  actor.slot.decidedAt = tx.at;
  actor.slot.comment = comment;
}

const where = (actor: Actor) => ({ stageIndex: actor.position.index, stepIndex: actor.position.stage.currentStepIndex });

export function approve(tx: Transition, action: ApproveAction): void {
  const actor = actingSlot(tx, action);
  const comment = action.comment?.trim() || undefined;
  decide(tx, actor, 'approved', action.by, comment ?? null);
  record(tx, {
    type: 'approved',
    by: action.by,
    onBehalfOf: actor.onBehalfOf,
    stageId: actor.position.stage.id,
    comment,
    data: where(actor),
  });
  advanceIfDecided(tx);
}

/**
 * Reject. To the requester: the instance is rejected (final). To an earlier approved stage: that
 * stage and every one after it start again, the target re-resolved with today's organisation.
 */
export function reject(tx: Transition, action: RejectAction): void {
  const actor = actingSlot(tx, action);
  const comment = requireComment(action.comment);
  const { instance } = tx;
  const current = actor.position;
  if (action.to === 'requester') {
    decide(tx, actor, 'rejected', action.by, comment);
    const data = { ...where(actor), to: 'requester' };
    record(tx, { type: 'rejected', by: action.by, onBehalfOf: actor.onBehalfOf, stageId: current.stage.id, comment, data });
    closeStage(tx, current, 'rejected');
    notify(tx, [instance.subject.requesterId], 'rejected', { stageId: current.stage.id, comment });
    completeInstance(tx, 'rejected');
    return;
  }
  const target = action.to.stageIndex;
  const targetStage = Number.isInteger(target) ? instance.stages[target] : undefined;
  if (targetStage === undefined || target < 0 || target >= current.index || targetStage.status !== 'approved') {
    throw new ApprovalError('INVALID_TARGET_STAGE', undefined, { stageIndex: target });
  }
  decide(tx, actor, 'rejected', action.by, comment);
  record(tx, {
    type: 'rejected',
    by: action.by,
    onBehalfOf: actor.onBehalfOf,
    stageId: current.stage.id,
    comment,
    data: { ...where(actor), to: 'stage', toStageIndex: target, toStageId: targetStage.id },
  });
  closeStage(tx, current, 'rejected');
  resetStagesFrom(instance, target);
  notify(tx, [instance.subject.requesterId], 'rejected_to_stage', { stageId: current.stage.id, toStageId: targetStage.id, comment });
  enterStages(tx, positionAt(instance, target).index);
}

/** 退回: back to the requester for changes; the instance waits for resubmit (or withdraw / cancel). */
export function returnToRequester(tx: Transition, action: ReturnAction): void {
  const actor = actingSlot(tx, action);
  const comment = requireComment(action.comment);
  const { instance } = tx;
  decide(tx, actor, 'returned', action.by, comment);
  record(tx, {
    type: 'returned',
    by: action.by,
    onBehalfOf: actor.onBehalfOf,
    stageId: actor.position.stage.id,
    comment,
    data: where(actor),
  });
  closeStage(tx, actor.position, 'returned');
  instance.status = 'returned';
  instance.currentStageIndex = null;
  notify(tx, [instance.subject.requesterId], 'returned', { stageId: actor.position.stage.id, comment });
}
