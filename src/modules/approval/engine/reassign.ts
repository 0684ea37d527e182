import type { AddApproverAction, TransferAction } from './actions.ts';
import { actingSlot, type Actor } from './acting-slot.ts';
import { ApprovalError } from './approval-error.ts';
import { SYSTEM, type StepState } from './instance.ts';
import { holdsPlace, newSlot, pendingSlots } from './slots.ts';
import { askSlot, openStep } from './stage-flow.ts';
import { notify, record, type Transition } from './transition.ts';

/**
 * 转交 and 加签. A person put in by hand is taken as chosen: the skip rules for repeated approvers
 * do not apply, but nobody may be handed their own request, an inactive employee, the actor
 * themselves, or someone who already has a place in the step.
 */
function checkNewApprover(tx: Transition, actor: Actor, action: { by: string }, who: string): void {
  const invalid = (reason: string) => new ApprovalError('INVALID_APPROVER', undefined, { who, reason });
  if (who.trim() === '' || who === SYSTEM) throw invalid('unknown');
  if (who === tx.instance.subject.requesterId) throw invalid('requester');
  if (who === action.by || who === actor.slot.approverId) throw invalid('self');
  if (!tx.directory.isActive(who)) throw invalid('inactive');
  if (holdsPlace(actor.step, who)) throw invalid('already_in_step');
}

function askNow(tx: Transition, actor: Actor, who: string, source: 'transfer' | 'added', from: string) {
  const slot = askSlot(tx, newSlot(who, source, from));
  notify(tx, [slot.delegateId, who], 'approval_requested', {
    stageId: actor.position.stage.id,
    stageName: actor.position.stage.name,
    from,
  });
  return slot;
}

/**
 * 转交: the actor's pending place moves to `to`, in the same step and with the stage's clock
 * running on (a transfer does not buy more time). The new approver is asked at once.
 */
export function transfer(tx: Transition, action: TransferAction): void {
  const actor = actingSlot(tx, action);
  checkNewApprover(tx, actor, action, action.to);
  const comment = action.comment?.trim() || undefined;
  const { slot, step } = actor;
  slot.status = 'transferred';
  slot.transferredTo = action.to;
  slot.actedBy = action.by;
  slot.decidedAt = tx.at;
  slot.comment = comment ?? null;
  step.approvers.splice(step.approvers.indexOf(slot) + 1, 0, askNow(tx, actor, action.to, 'transfer', slot.approverId));
  record(tx, {
    type: 'transferred',
    by: action.by,
    onBehalfOf: actor.onBehalfOf,
    stageId: actor.position.stage.id,
    comment,
    data: { from: slot.approverId, to: action.to, stageIndex: actor.position.index, stepIndex: actor.position.stage.currentStepIndex },
  });
}

/**
 * 加签. 'parallel': `who` joins the current step (its 或签/会签 mode applies to them too).
 * 'before': a step with `who` is put ahead of the current one, which waits (its decisions so
 * far stand) and is asked again once `who` approves. 'after': a step with `who` follows the
 * current one. The actor still owes their own decision.
 */
export function addApprover(tx: Transition, action: AddApproverAction): void {
  const actor = actingSlot(tx, action);
  checkNewApprover(tx, actor, action, action.who);
  const comment = action.comment?.trim() || undefined;
  const { position, step } = actor;
  const { stage } = position;
  const stepIndex = stage.currentStepIndex;
  const added = (): StepState => ({
    mode: stage.mode,
    origin: action.position === 'before' ? 'added_before' : 'added_after',
    approvers: [newSlot(action.who, 'added', action.by)],
  });
  record(tx, {
    type: 'approver_added',
    by: action.by,
    onBehalfOf: actor.onBehalfOf,
    stageId: stage.id,
    comment,
    data: { who: action.who, position: action.position, stageIndex: position.index, stepIndex },
  });
  switch (action.position) {
    case 'parallel':
      step.approvers.push(askNow(tx, actor, action.who, 'added', action.by));
      return;
    case 'after':
      stage.steps.splice(stepIndex + 1, 0, added());
      return;
    case 'before':
      for (const slot of pendingSlots(step)) {
        slot.status = 'waiting';
        slot.askedAt = null;
        slot.delegateId = null;
      }
      stage.steps.splice(stepIndex, 0, added());
      openStep(tx, position, stepIndex);
      return;
  }
}
