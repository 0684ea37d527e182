import type { Tx } from '../../../platform/db/database.ts';
import { type ApprovalEvent, type ApprovalInstance, SYSTEM } from '../engine/index.ts';
import { type Actor, systemActor } from '../../access/index.ts';
import { recordChange } from '../../timeline/index.ts';
import { employeeLabels, nameIn } from '../../org/index.ts';

/** The actor of what the engine does by itself (entering stages, timeouts). */
export const approvalSystemActor: Actor = systemActor('系统');

const peopleIn = (e: ApprovalEvent): string[] =>
  [e.by, e.onBehalfOf, e.data.from, e.data.to, e.data.who].filter((v): v is string => typeof v === 'string');

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
    const byName = event.by === SYSTEM ? '系统' : nameIn(labels, event.by);
    const data: Record<string, unknown> = {
      ...event.data,
      instanceId: instance.id,
      by: event.by,
      byName,
      ...(event.onBehalfOf !== undefined ? { onBehalfOf: event.onBehalfOf, onBehalfOfName: nameIn(labels, event.onBehalfOf) } : {}),
      ...(event.stageId !== undefined ? { stageId: event.stageId, stageName: stageName(event.stageId) } : {}),
      ...(event.comment !== undefined ? { comment: event.comment } : {}),
    };
    for (const key of ['from', 'to', 'who'] as const) {
      const id = event.data[key];
      if (typeof id === 'string' && labels.has(id)) data[`${key}Name`] = nameIn(labels, id);
    }
    const where = event.stageId !== undefined ? ` (${stageName(event.stageId) ?? event.stageId})` : '';
    await recordChange(tx, {
      tenantId: args.tenantId,
      actor: event.by === SYSTEM ? approvalSystemActor : args.actor,
      entityType: args.entityType,
      entityId: args.entityId,
      type: `approval.${event.type}`,
      summary: `Approval ${event.type}${where} by ${byName}`,
      data,
      at: new Date(event.at),
    });
  }
}
