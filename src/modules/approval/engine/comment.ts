import type { CommentAction } from './actions.ts';
import { ApprovalError } from './approval-error.ts';
import { requireComment } from './decide.ts';
import { type ApprovalInstance, SYSTEM } from './instance.ts';
import { pendingApproversOf } from './pending-approvers.ts';
import { notify, record, type Transition } from './transition.ts';

/** The requester, everyone who was ever asked (or acted, or was delegated to) in this instance. */
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

/** A remark on the timeline, also after the instance has finished; the requester and those asked now hear of it. */
export function comment(tx: Transition, action: CommentAction): void {
  const text = requireComment(action.text);
  if (!involvedIn(tx.instance).has(action.by)) throw new ApprovalError('NOT_INVOLVED', undefined, { by: action.by });
  record(tx, { type: 'commented', by: action.by, comment: text, data: {} });
  const audience = [tx.instance.subject.requesterId, ...pendingApproversOf(tx.instance)].filter((id) => id !== action.by);
  notify(tx, audience, 'commented', { by: action.by, comment: text });
}
