import type { TimeoutFiredAction } from './actions.ts';
import { type ApproverSlot, SYSTEM } from './instance.ts';
import { superiorOf } from './org-directory.ts';
import { liveSlots, newSlot, pendingSlots } from './slots.ts';
import { advanceIfDecided, askSlot, closeStage, completeInstance } from './stage-flow.ts';
import { currentPosition, currentStep, notify, type Position, record, scheduleDue, type Transition } from './transition.ts';

/**
 * A stage's durable timer fired. It acts only when the instance is pending in that very stage and
 * the stage's due time has come: a timer for a finished or re-entered stage, an early one, or the
 * same one delivered twice finds nothing due and changes nothing. Returns whether it acted.
 */
export function fireTimeout(tx: Transition, action: TimeoutFiredAction): boolean {
  const position = currentPosition(tx.instance);
  if (tx.instance.status !== 'pending' || position === null || position.stage.id !== action.stageId) return false;
  const rule = position.definition.timeout;
  const due = position.stage.dueAt;
  if (rule === undefined || due === null || tx.now.getTime() < Date.parse(due)) return false;
  switch (rule.action) {
    case 'remind':
      remind(tx, position, { reason: 'timeout' });
      if (rule.remindEveryMinutes !== undefined) scheduleDue(tx, position, rule.remindEveryMinutes);
      else position.stage.dueAt = null;
      return true;
    case 'escalate':
      escalate(tx, position);
      scheduleDue(tx, position, rule.afterMinutes);
      return true;
    case 'auto_approve':
      autoApprove(tx, position);
      return true;
    case 'auto_reject':
      autoReject(tx, position);
      return true;
  }
}

function remind(
  tx: Transition,
  position: Position,
  data: Record<string, unknown>,
  pending = pendingSlots(currentStep(position.stage)),
): void {
  position.stage.remindersSent += 1;
  const to = pending.map((s) => s.approverId);
  record(tx, { type: 'reminded', by: SYSTEM, stageId: position.stage.id, data: { ...data, to, count: position.stage.remindersSent } });
  notify(
    tx,
    pending.flatMap((s) => [s.approverId, s.delegateId]),
    'approval_reminder',
    { stageId: position.stage.id, stageName: position.stage.name },
  );
}

/**
 * Each unanswered approver's place passes to their superior (manager, else department head),
 * like a transfer by the system; the superior gets a fresh timeout and may be escalated again.
 * A superior who is overdue in the same step is passed over for theirs, and places that end at
 * the same person merge into one. Where nobody suitable is above (no superior, or one who is
 * inactive, the requester, or has already decided in this step) the approver stays and is reminded.
 */
function escalate(tx: Transition, position: Position): void {
  const { directory, instance } = tx;
  const step = currentStep(position.stage);
  const requesterId = instance.subject.requesterId;
  const pending = pendingSlots(step);
  const decided = new Set(
    liveSlots(step)
      .filter((s) => s.status !== 'pending')
      .map((s) => s.approverId),
  );
  const superiors = new Map<string, string>();
  for (const slot of pending) {
    const superior = superiorOf(directory, slot.approverId);
    if (superior !== null && superior !== requesterId && directory.isActive(superior) && !decided.has(superior))
      superiors.set(slot.approverId, superior);
  }
  const targetOf = (approverId: string): string | null => {
    const seen = new Set([approverId]);
    let target = superiors.get(approverId);
    while (target !== undefined && superiors.has(target)) {
      if (seen.has(target)) return null;
      seen.add(target);
      target = superiors.get(target);
    }
    return target ?? null;
  };
  const asked: string[] = [];
  const stayed: ApproverSlot[] = [];
  for (const slot of pending) {
    const target = targetOf(slot.approverId);
    if (target === null) {
      stayed.push(slot);
      continue;
    }
    slot.status = 'transferred';
    slot.transferredTo = target;
    slot.actedBy = SYSTEM;
    slot.decidedAt = tx.at;
    if (!step.approvers.some((s) => s.approverId === target && s.status === 'pending')) {
      const place = askSlot(tx, newSlot(target, 'escalation', slot.approverId));
      step.approvers.splice(step.approvers.indexOf(slot) + 1, 0, place);
      asked.push(target);
      if (place.delegateId !== null) asked.push(place.delegateId);
    }
    record(tx, { type: 'escalated', by: SYSTEM, stageId: position.stage.id, data: { from: slot.approverId, to: target } });
  }
  if (asked.length > 0)
    notify(tx, asked, 'approval_requested', { stageId: position.stage.id, stageName: position.stage.name, escalated: true });
  if (stayed.length > 0) remind(tx, position, { reason: 'escalation_unavailable' }, stayed);
}

/** Every unanswered approver of the current step approves by the system; the flow moves on. */
function autoApprove(tx: Transition, position: Position): void {
  for (const slot of pendingSlots(currentStep(position.stage))) {
    slot.status = 'approved';
    slot.actedBy = SYSTEM;
    slot.decidedAt = tx.at;
    const data = { reason: 'timeout', stageIndex: position.index, stepIndex: position.stage.currentStepIndex };
    record(tx, { type: 'approved', by: SYSTEM, onBehalfOf: slot.approverId, stageId: position.stage.id, data });
  }
  advanceIfDecided(tx);
}

/** The system rejects to the requester (final). */
function autoReject(tx: Transition, position: Position): void {
  for (const slot of pendingSlots(currentStep(position.stage))) {
    slot.status = 'rejected';
    slot.actedBy = SYSTEM;
    slot.decidedAt = tx.at;
  }
  record(tx, {
    type: 'rejected',
    by: SYSTEM,
    stageId: position.stage.id,
    data: { reason: 'timeout', to: 'requester', stageIndex: position.index },
  });
  closeStage(tx, position, 'rejected');
  notify(tx, [tx.instance.subject.requesterId], 'rejected', { stageId: position.stage.id, reason: 'timeout' });
  completeInstance(tx, 'rejected', { reason: 'timeout' });
}
