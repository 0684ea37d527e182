import type { Tx } from '../../../platform/db/database.ts';
import { type ApprovalInstance, type ApproverSlot, partiesTo, SYSTEM } from '../engine/index.ts';
import { liveDelegates } from '../delegations/live-delegates.ts';

/** The places asked in the current step, not yet answered. */
export function pendingSlotsOf(instance: ApprovalInstance): ApproverSlot[] {
  if (instance.status !== 'pending' || instance.currentStageIndex === null) return [];
  const stage = instance.stages[instance.currentStageIndex];
  const step = stage?.steps[stage.currentStepIndex];
  return step ? step.approvers.filter((s) => s.status === 'pending') : [];
}

/**
 * Whether the employee can decide now: a pending approver of the step, or the delegate in force of
 * one — unless the subject is their own (its requester or a traveller): a delegate never decides on that.
 */
export async function canActNow(
  tx: Tx,
  tenantId: string,
  instance: ApprovalInstance,
  employeeId: string | null,
  now: Date,
): Promise<boolean> {
  if (employeeId === null) return false;
  const pending = pendingSlotsOf(instance);
  if (pending.some((s) => s.approverId === employeeId)) return true;
  if (partiesTo(instance.subject).has(employeeId) || pending.length === 0) return false;
  const delegates = await liveDelegates(
    tx,
    tenantId,
    pending.map((s) => s.approverId),
    now,
  );
  return pending.some((s) => delegates.get(s.approverId) === employeeId);
}

/** The requester and everyone ever asked, delegated to, or acting in the instance. */
export function involvedIn(instance: ApprovalInstance): Set<string> {
  const ids = new Set<string>([instance.subject.requesterId]);
  for (const stage of instance.stages)
    for (const step of stage.steps)
      for (const slot of step.approvers) for (const id of [slot.approverId, slot.delegateId, slot.actedBy]) if (id !== null) ids.add(id);
  for (const event of instance.history) {
    ids.add(event.by);
    if (event.onBehalfOf !== undefined) ids.add(event.onBehalfOf);
  }
  ids.delete(SYSTEM);
  return ids;
}
