import type { ApproverSlot, SlotSource, StepState } from './instance.ts';

/** A place not asked yet ('waiting'); stage-flow's askSlot asks it. */
export function newSlot(approverId: string, source: SlotSource, from: string | null = null): ApproverSlot {
  return {
    approverId,
    delegateId: null,
    status: 'waiting',
    askedAt: null,
    actedBy: null,
    decidedAt: null,
    comment: null,
    source,
    from,
    transferredTo: null,
  };
}

/** Slots that count towards the step's decision: not handed on, not cancelled. */
export const liveSlots = (step: StepState) => step.approvers.filter((s) => s.status !== 'transferred' && s.status !== 'cancelled');

export const pendingSlots = (step: StepState) => step.approvers.filter((s) => s.status === 'pending');

/**
 * 或签: one approval decides; 会签: every place must approve. A transferred place counts through
 * its successor; a cancelled one (the step was abandoned) counts as not approved.
 */
export function stepApproved(step: StepState): boolean {
  const counted = step.approvers.filter((s) => s.status !== 'transferred');
  return step.mode === 'any'
    ? counted.some((s) => s.status === 'approved')
    : counted.length > 0 && counted.every((s) => s.status === 'approved');
}

/** Whether the employee already holds a live place in the step (asked, waiting, or decided). */
export const holdsPlace = (step: StepState, employeeId: string) => liveSlots(step).some((s) => s.approverId === employeeId);
