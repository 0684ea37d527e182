import type { Tx } from '../../../platform/db/database.ts';
import { type ApprovalEvent, type ApprovalInstance, SYSTEM } from '../engine/index.ts';
import { type Actor, systemActor } from '../../access/index.ts';
import { recordChange } from '../../timeline/index.ts';
import { employeeLabels, nameIn } from '../../org/index.ts';
import type { SystemDecision } from './approval-view.ts';

/** The actor of what the engine does by itself (entering stages, timeouts). */
export const approvalSystemActor: Actor = systemActor('系统');

/** How the timeline and the audit log name the system when it decides on a stage's timeout. */
const systemNames: Record<SystemDecision, string> = {
  auto_approved_on_timeout: '系统（超时自动同意）',
  auto_rejected_on_timeout: '系统（超时自动驳回）',
  escalated: '系统（超时升级）',
};

/** The decision the system took by itself in this event, if it is one (timeout.ts). */
export function systemDecisionIn(e: ApprovalEvent): SystemDecision | null {
  if (e.by !== SYSTEM) return null;
  if (e.type === 'escalated') return 'escalated';
  if (e.data.reason !== 'timeout') return null;
  return e.type === 'approved' ? 'auto_approved_on_timeout' : e.type === 'rejected' ? 'auto_rejected_on_timeout' : null;
}

const recipientsIn = (e: ApprovalEvent): string[] =>
  Array.isArray(e.data.recipients) ? e.data.recipients.filter((v): v is string => typeof v === 'string') : [];

const peopleIn = (e: ApprovalEvent): string[] => [
  ...[e.by, e.onBehalfOf, e.data.from, e.data.to, e.data.who].filter((v): v is string => typeof v === 'string'),
  ...recipientsIn(e),
];

/**
 * Each engine event becomes one timeline event (type `approval.<event>`) on the subject and one
 * audit entry, with the names of the people involved so the timeline reads without look-ups.
 */
export async function recordApprovalEvents(
  tx: Tx,
  args: {
    tenantId: string;
    actor: Actor;
    entityType: string;
    entityId: string;
    instance: ApprovalInstance;
    events: readonly ApprovalEvent[];
  },
): Promise<void> {
  const { instance } = args;
  const labels = await employeeLabels(tx, args.tenantId, args.events.flatMap(peopleIn));
  const stageName = (id: string | undefined) => instance.stages.find((s) => s.id === id)?.name;
  for (const event of args.events) {
    const decision = systemDecisionIn(event);
    const byName = decision !== null ? systemNames[decision] : event.by === SYSTEM ? '系统' : nameIn(labels, event.by);
    const data: Record<string, unknown> = {
      ...event.data,
      instanceId: instance.id,
      by: event.by,
      byName,
      ...(decision !== null ? { decidedBy: { kind: 'system', reason: decision } } : {}),
      ...(event.onBehalfOf !== undefined ? { onBehalfOf: event.onBehalfOf, onBehalfOfName: nameIn(labels, event.onBehalfOf) } : {}),
      ...(event.stageId !== undefined ? { stageId: event.stageId, stageName: stageName(event.stageId) } : {}),
      ...(event.comment !== undefined ? { comment: event.comment } : {}),
    };
    for (const key of ['from', 'to', 'who'] as const) {
      const id = event.data[key];
      if (typeof id === 'string' && labels.has(id)) data[`${key}Name`] = nameIn(labels, id);
    }
    const recipients = recipientsIn(event);
    if (recipients.length > 0) data.recipientNames = recipients.map((id) => nameIn(labels, id));
    const where = event.stageId !== undefined ? ` (${stageName(event.stageId) ?? event.stageId})` : '';
    await recordChange(tx, {
      tenantId: args.tenantId,
      actor: decision !== null ? systemActor(byName) : event.by === SYSTEM ? approvalSystemActor : args.actor,
      entityType: args.entityType,
      entityId: args.entityId,
      type: `approval.${event.type}`,
      summary: `Approval ${event.type}${where} by ${byName}`,
      data,
      at: new Date(event.at),
    });
  }
}
