import { ApprovalError } from './approval-error.ts';
import type { EngineResult } from './events.ts';
import { type ApprovalInstance, isFinal, SYSTEM } from './instance.ts';
import type { OrgDirectory } from './org-directory.ts';
import { delegateFor, partiesTo } from './resolve-approvers.ts';
import { holdsPlace, newSlot, pendingSlots } from './slots.ts';
import { advanceIfDecided, askSlot } from './stage-flow.ts';
import { beginTransition, currentPosition, currentStep, finishTransition, notify, record } from './transition.ts';

/** Why a pending place is moved by someone other than its approver. */
export type ReassignReason = 'offboarding' | 'admin';

/**
 * 改派 / 离职交接: an administrator (or, for an HR sync, SYSTEM) moves the pending place of `from`
 * in the current step to `to`. Not an approver's action: nobody decides, the stage's clock runs on.
 */
export interface ReassignAction {
  type: 'reassign';
  by: string;
  from: string;
  to: string;
  reason: ReassignReason;
  comment?: string;
}

/**
 * Moves `from`'s pending place in the current step to `to`, who is asked at once (or, when `to`
 * already has a place in the step, folds into theirs, and the step is decided if that settles it).
 * When `from` is not an approver there but the delegate recorded for one (委托), the place stays
 * with its approver and the delegate is looked up again (offboarding only). Refused: a closed or
 * returned instance, `from` with no pending place, and as `to` the requester or a traveller,
 * an inactive employee, SYSTEM, or `from` themself.
 */
export function reassignStep(instance: ApprovalInstance, action: ReassignAction, directory: OrgDirectory, now: Date): EngineResult {
  if (isFinal(instance.status)) throw new ApprovalError('INSTANCE_CLOSED', undefined, { status: instance.status });
  if (instance.status === 'returned') throw new ApprovalError('AWAITING_RESUBMISSION');
  const tx = beginTransition(instance, directory, now);
  const position = currentPosition(tx.instance);
  if (position === null) throw new ApprovalError('NOT_AN_APPROVER', undefined, { who: action.from });
  const { stage } = position;
  const step = currentStep(stage);
  const own = pendingSlots(step).filter((s) => s.approverId === action.from);
  const asDelegate =
    action.reason === 'offboarding' ? pendingSlots(step).filter((s) => s.delegateId === action.from && s.approverId !== action.from) : [];
  if (own.length === 0 && asDelegate.length === 0) throw new ApprovalError('NOT_AN_APPROVER', undefined, { who: action.from });
  const where = { stageIndex: position.index, stepIndex: stage.currentStepIndex };
  const comment = action.comment?.trim() || undefined;

  for (const slot of asDelegate) {
    slot.delegateId = delegateFor(directory, slot.approverId, tx.instance.subject, now);
    record(tx, {
      type: 'reassigned',
      by: action.by,
      stageId: stage.id,
      comment,
      data: { from: action.from, to: slot.approverId, reason: action.reason, asDelegate: true, ...where },
    });
  }
  if (own.length === 0) return finishTransition(tx);

  const to = action.to;
  const invalid = (reason: string) => new ApprovalError('INVALID_APPROVER', undefined, { who: to, reason });
  if (to.trim() === '' || to === SYSTEM) throw invalid('unknown');
  if (partiesTo(tx.instance.subject).has(to)) throw invalid('requester');
  if (to === action.from) throw invalid('self');
  if (!directory.isActive(to)) throw invalid('inactive');
  const joins = holdsPlace(step, to);
  for (const slot of own) {
    slot.status = 'transferred';
    slot.transferredTo = to;
    // Nobody decided: an administrator's name would read as a decision, SYSTEM as an escalation.
    slot.actedBy = null;
    slot.decidedAt = tx.at;
    slot.comment = comment ?? null;
  }
  const first = own[0];
  if (!joins && first !== undefined) {
    const asked = askSlot(tx, newSlot(to, 'transfer', action.from));
    step.approvers.splice(step.approvers.indexOf(first) + 1, 0, asked);
    notify(tx, [asked.delegateId, to], 'approval_requested', {
      stageId: stage.id,
      stageName: stage.name,
      from: action.from,
      reassigned: action.reason,
    });
  }
  record(tx, {
    type: 'reassigned',
    by: action.by,
    stageId: stage.id,
    comment,
    data: { from: action.from, to, reason: action.reason, joined: joins, ...where },
  });
  advanceIfDecided(tx);
  return finishTransition(tx);
}
