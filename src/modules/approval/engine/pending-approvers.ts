import type { ApprovalInstance } from './instance.ts';
import type { OrgDirectory } from './org-directory.ts';
import { delegateFor } from './resolve-approvers.ts';
import { pendingSlots } from './slots.ts';

/**
 * Who can act on the instance now: the pending approvers of the current step and their delegates.
 * Without `live`, the delegates are those recorded when each approver was asked; with it, those
 * in force at `live.now` (what act() checks).
 */
export function pendingApproversOf(instance: ApprovalInstance, live?: { directory: OrgDirectory; now: Date }): string[] {
  if (instance.status !== 'pending' || instance.currentStageIndex === null) return [];
  const stage = instance.stages[instance.currentStageIndex];
  const step = stage?.steps[stage.currentStepIndex];
  if (step === undefined) return [];
  const ids: string[] = [];
  for (const slot of pendingSlots(step)) {
    ids.push(slot.approverId);
    const delegate = live ? delegateFor(live.directory, slot.approverId, instance.subject, live.now) : slot.delegateId;
    if (delegate !== null) ids.push(delegate);
  }
  return [...new Set(ids)];
}

/** One inbox row: who may act, for whom (when a delegate), in which stage, since when, due when. */
export interface PendingTask {
  approverId: string;
  onBehalfOf: string | null;
  stageId: string;
  since: string;
  dueAt: string | null;
}

/**
 * The inbox rows for the instance as it stands (the service replaces the instance's rows with
 * these after each action). One row per person: someone who is both an approver and a delegate
 * in the step, or a delegate for several approvers, gets the row for their own place, else the
 * first. Delegates are those recorded when each approver was asked.
 */
export function pendingTasksOf(instance: ApprovalInstance): PendingTask[] {
  if (instance.status !== 'pending' || instance.currentStageIndex === null) return [];
  const stage = instance.stages[instance.currentStageIndex];
  const step = stage?.steps[stage.currentStepIndex];
  if (stage === undefined || step === undefined) return [];
  const tasks = new Map<string, PendingTask>();
  const slots = pendingSlots(step);
  const row = (approverId: string, onBehalfOf: string | null, since: string | null): PendingTask => ({
    approverId,
    onBehalfOf,
    stageId: stage.id,
    since: since ?? stage.startedAt ?? instance.updatedAt,
    dueAt: stage.dueAt,
  });
  for (const slot of slots) if (!tasks.has(slot.approverId)) tasks.set(slot.approverId, row(slot.approverId, null, slot.askedAt));
  for (const slot of slots) {
    if (slot.delegateId !== null && !tasks.has(slot.delegateId))
      tasks.set(slot.delegateId, row(slot.delegateId, slot.approverId, slot.askedAt));
  }
  return [...tasks.values()];
}
