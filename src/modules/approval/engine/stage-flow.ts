import type { StageDefinition } from './flow-definition.ts';
import { type ApprovalInstance, type ApprovalStatus, type ApproverSlot, type StageState, type StageStatus, SYSTEM } from './instance.ts';
import { carbonCopy } from './carbon-copy.ts';
import { delegateFor, resolveStage } from './resolve-approvers.ts';
import { newSlot, pendingSlots, stepApproved } from './slots.ts';
import { currentPosition, currentStep, notify, type Position, positionAt, record, scheduleDue, type Transition } from './transition.ts';

/**
 * Moving through the stages: entering a stage (approvers are resolved at that moment, so the
 * organisation as it is then decides), opening its steps one after another, closing it, finishing.
 */

export function freshStage(definition: StageDefinition, entries = 0): StageState {
  return {
    id: definition.id,
    name: definition.name,
    mode: definition.mode,
    status: 'not_started',
    steps: [],
    currentStepIndex: 0,
    skipped: [],
    startedAt: null,
    finishedAt: null,
    dueAt: null,
    remindersSent: 0,
    entries,
  };
}

/** Puts stages from `from` on back to not started (they keep their entry counts). */
export function resetStagesFrom(instance: ApprovalInstance, from: number): void {
  instance.stages = instance.stages.map((stage, i) => {
    const definition = instance.flow.stages[i];
    return i < from || definition === undefined ? stage : freshStage(definition, stage.entries);
  });
}

/** Employees whose approval in a stage still standing counts as theirs (not the system's). */
function approvedSoFar(instance: ApprovalInstance): Set<string> {
  const ids = new Set<string>();
  for (const stage of instance.stages)
    for (const step of stage.steps)
      for (const slot of step.approvers) if (slot.status === 'approved' && slot.actedBy !== SYSTEM) ids.add(slot.approverId);
  return ids;
}

/** Enters the first stage from `from` that has approvers; approves the instance after the last. */
export function enterStages(tx: Transition, from: number): void {
  const { instance } = tx;
  for (let index = from; index < instance.stages.length; index++) {
    const position = positionAt(instance, index);
    const { stage, definition } = position;
    const resolution = resolveStage(definition, {
      subject: instance.subject,
      directory: tx.directory,
      alreadyApproved: approvedSoFar(instance),
      skipRepeatedApprover: instance.flow.skipRepeatedApprover === true,
    });
    stage.entries += 1;
    stage.startedAt = tx.at;
    stage.skipped = resolution.skipped;
    if (resolution.kind === 'open') {
      stage.status = 'active';
      const source = resolution.source;
      stage.steps = resolution.steps.map((ids) => ({
        mode: definition.mode,
        origin: 'rule',
        approvers: ids.map((id) => newSlot(id, source)),
      }));
      instance.currentStageIndex = index;
      const data = { stageIndex: index, steps: resolution.steps, source, skipped: resolution.skipped };
      record(tx, { type: 'stage_entered', by: SYSTEM, stageId: stage.id, data });
      openStep(tx, position, 0);
      return;
    }
    stage.finishedAt = tx.at;
    if (resolution.kind === 'skip') {
      stage.status = 'skipped';
      record(tx, {
        type: 'stage_skipped',
        by: SYSTEM,
        stageId: stage.id,
        data: { stageIndex: index, reason: resolution.reason, skipped: resolution.skipped },
      });
      continue;
    }
    stage.status = 'rejected';
    instance.currentStageIndex = null;
    record(tx, {
      type: 'stage_failed',
      by: SYSTEM,
      stageId: stage.id,
      data: { stageIndex: index, reason: 'no_approvers', skipped: resolution.skipped },
    });
    notify(tx, [instance.subject.requesterId], 'approval_failed', { stageId: stage.id, stageName: stage.name });
    completeInstance(tx, 'rejected', { reason: 'no_approvers' });
    return;
  }
  notify(tx, [instance.subject.requesterId], 'approved');
  completeInstance(tx, 'approved');
}

/** Marks a place asked now, noting the delegate in force (who is told too). */
export function askSlot(tx: Transition, slot: ApproverSlot): ApproverSlot {
  slot.status = 'pending';
  slot.askedAt = tx.at;
  slot.delegateId = delegateFor(tx.directory, slot.approverId, tx.instance.subject, tx.now);
  return slot;
}

/** Asks the step's approvers (and their delegates in force), and starts the stage's clock for them. */
export function openStep(tx: Transition, position: Position, stepIndex: number): void {
  const { stage, definition } = position;
  stage.currentStepIndex = stepIndex;
  const step = currentStep(stage);
  for (const slot of step.approvers) if (slot.status === 'waiting') askSlot(tx, slot);
  const pending = pendingSlots(step);
  if (stepIndex > 0)
    record(tx, { type: 'step_entered', by: SYSTEM, stageId: stage.id, data: { stepIndex, approvers: pending.map((s) => s.approverId) } });
  notify(
    tx,
    pending.flatMap((s) => [s.approverId, s.delegateId]),
    'approval_requested',
    { stageId: stage.id, stageName: stage.name },
  );
  if (definition.timeout) scheduleDue(tx, position, definition.timeout.afterMinutes);
}

/** After a decision in the current step: when the step is approved, open the next step or stage. */
export function advanceIfDecided(tx: Transition): void {
  const position = currentPosition(tx.instance);
  if (position === null) return;
  const { stage, index } = position;
  const step = currentStep(stage);
  if (!stepApproved(step)) return;
  for (const slot of pendingSlots(step)) slot.status = 'cancelled';
  if (stage.currentStepIndex + 1 < stage.steps.length) {
    openStep(tx, position, stage.currentStepIndex + 1);
    return;
  }
  closeStage(tx, position, 'approved');
  record(tx, { type: 'stage_approved', by: SYSTEM, stageId: stage.id, data: { stageIndex: index } });
  carbonCopy(tx, position.definition.cc, stage);
  enterStages(tx, index + 1);
}

/** Ends the stage's open business: unanswered slots are cancelled and its timer is stopped. */
export function closeStage(tx: Transition, position: Position, status: StageStatus): void {
  const { stage, definition } = position;
  for (const step of stage.steps)
    for (const slot of step.approvers) if (slot.status === 'pending' || slot.status === 'waiting') slot.status = 'cancelled';
  stage.status = status;
  stage.finishedAt = tx.at;
  if (definition.timeout && stage.dueAt !== null)
    tx.effects.push({ type: 'cancel_timeout', instanceId: tx.instance.id, stageId: stage.id });
  stage.dueAt = null;
}

/** The one way an instance reaches a final state: one 'completed' event and one 'finished' effect. */
export function completeInstance(
  tx: Transition,
  status: Exclude<ApprovalStatus, 'pending' | 'returned'>,
  data: Record<string, unknown> = {},
): void {
  tx.instance.status = status;
  tx.instance.currentStageIndex = null;
  tx.instance.finishedAt = tx.at;
  record(tx, { type: 'completed', by: SYSTEM, data: { status, ...data } });
  if (status === 'approved' || status === 'rejected') carbonCopy(tx, tx.instance.flow.cc, null);
  tx.effects.push({ type: 'finished', status });
}
