import type { CcRecipient } from './flow-definition.ts';
import { type ApprovalInstance, SYSTEM } from './instance.ts';
import { notify, record, type Transition } from './transition.ts';

/**
 * 抄送: the people a list names now (a role: its holders at this moment), active, without the
 * requester (who hears of the outcome anyway), each once.
 */
export function ccRecipients(tx: Transition, list: readonly CcRecipient[]): string[] {
  const ids = list.flatMap((r) => (r.kind === 'user' ? [r.userId] : [...tx.directory.usersWithRole(r.role)]));
  return [...new Set(ids)].filter((id) => id !== SYSTEM && id !== tx.instance.subject.requesterId && tx.directory.isActive(id));
}

/**
 * Sends the carbon copies of a stage (when it is approved) or of the flow (when the approval is
 * approved or rejected): one `carbon_copied` event naming the recipients (what gives them read
 * access to the subject) and one notification.
 */
export function carbonCopy(tx: Transition, list: readonly CcRecipient[] | undefined, stage: { id: string; name: string } | null): void {
  if (list === undefined || list.length === 0) return;
  const recipients = ccRecipients(tx, list);
  if (recipients.length === 0) return;
  const data = { recipients, scope: stage === null ? 'flow' : 'stage', status: tx.instance.status };
  record(tx, { type: 'carbon_copied', by: SYSTEM, ...(stage === null ? {} : { stageId: stage.id }), data });
  notify(tx, recipients, 'carbon_copy', stage === null ? { status: tx.instance.status } : { stageId: stage.id, stageName: stage.name });
}

/** Everyone an approval was copied to (抄送), so far. */
export function carbonCopiedTo(instance: ApprovalInstance): Set<string> {
  const ids = new Set<string>();
  for (const event of instance.history) {
    const recipients = event.type === 'carbon_copied' ? event.data.recipients : undefined;
    if (Array.isArray(recipients)) for (const id of recipients) if (typeof id === 'string') ids.add(id);
  }
  return ids;
}
