import type { ApproverAction } from './actions.ts';
import { ApprovalError } from './approval-error.ts';
import { type ApproverSlot, type StepState, SYSTEM } from './instance.ts';
import { delegateFor, partiesTo } from './resolve-approvers.ts';
import { currentPosition, currentStep, type Position, type Transition } from './transition.ts';

export interface Actor {
  position: Position;
  step: StepState;
  slot: ApproverSlot;
  /** Set when a delegate acts: the approver they act for. */
  onBehalfOf: string | undefined;
}

/**
 * The pending slot `by` decides in the current step: their own, or the one of an approver whose
 * delegation to them is in force now (checked live, so a delegation that has ended no longer
 * counts, and one that began after the step opened does).
 */
export function actingSlot(tx: Transition, action: ApproverAction): Actor {
  const { instance, directory, now } = tx;
  const position = currentPosition(instance);
  const { by, onBehalfOf } = action;
  if (position === null || by === SYSTEM) throw new ApprovalError('NOT_AN_APPROVER', undefined, { by });
  const step = currentStep(position.stage);
  const mayAct = (slot: ApproverSlot) => slot.approverId === by || delegateFor(directory, slot.approverId, instance.subject, now) === by;
  let candidates = step.approvers.filter((slot) => slot.status === 'pending' && mayAct(slot));
  if (onBehalfOf !== undefined) candidates = candidates.filter((slot) => slot.approverId === onBehalfOf);
  const own = onBehalfOf === undefined ? candidates.find((slot) => slot.approverId === by) : undefined;
  const slot = own ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (slot !== undefined) return { position, step, slot, onBehalfOf: slot.approverId === by ? undefined : slot.approverId };
  if (candidates.length > 1) throw new ApprovalError('AMBIGUOUS_ACTOR', undefined, { by, approvers: candidates.map((s) => s.approverId) });
  // A delegation in force would let them act, but the request is their own, or their trip.
  const delegatedToParty =
    partiesTo(instance.subject).has(by) &&
    step.approvers.some(
      (s) =>
        s.status === 'pending' &&
        (onBehalfOf === undefined || s.approverId === onBehalfOf) &&
        directory.delegateOf(s.approverId, now) === by,
    );
  if (delegatedToParty) throw new ApprovalError('SELF_APPROVAL', undefined, { by });
  throw new ApprovalError(hasDecided(tx, by, onBehalfOf) ? 'ALREADY_DECIDED' : 'NOT_AN_APPROVER', undefined, { by });
}

/** Whether `by` (or the approver named) has a place in this round that is already settled. */
function hasDecided(tx: Transition, by: string, onBehalfOf: string | undefined): boolean {
  const who = onBehalfOf ?? by;
  return tx.instance.stages.some((stage) =>
    stage.steps.some((step) =>
      step.approvers.some(
        (slot) => (slot.approverId === who || slot.actedBy === by) && slot.status !== 'pending' && slot.status !== 'waiting',
      ),
    ),
  );
}
