import { type ApprovalWork, hooksFor, type SubjectType } from '../approval-work.ts';
import type { ApprovalInstance, EngineResult } from '../engine/index.ts';
import { insertInstance, replaceTasks, updateInstance } from './instance-rows.ts';
import { recordApprovalEvents } from './record-events.ts';
import { notifyInApp } from '../../notify/index.ts';

export interface ApplyArgs {
  subjectType: SubjectType;
  subjectId: string;
  /** The instance as read before the engine call; null when it has just started. */
  before: ApprovalInstance | null;
  result: EngineResult;
  /** Leave the subject alone (the subject's own use case is replacing this instance). */
  quiet?: boolean;
}

/**
 * Stores what the engine returned and carries out its effects, in the work's transaction: the
 * state (optimistically locked on the revision), the inbox rows, one timeline event and audit
 * entry per engine event, the subject's reference and title, in-app notifications, timers (sent after the commit) and the subject's
 * status. A result without events (a stale timer) changes nothing.
 */
export async function applyResult(work: ApprovalWork, args: ApplyArgs): Promise<void> {
  const { tx, tenantId } = work;
  const { instance, events, effects } = args.result;
  if (args.before !== null && events.length === 0) return;
  const hooks = hooksFor(work, args.subjectType);
  const about = await hooks.describe(tx, tenantId, args.subjectId);
  if (args.before === null)
    await insertInstance(tx, tenantId, { instance, subjectType: args.subjectType, subjectId: args.subjectId }, about);
  else await updateInstance(tx, tenantId, args.before, instance, about);
  await replaceTasks(tx, tenantId, instance);
  await recordApprovalEvents(tx, { tenantId, actor: work.actor, entityType: args.subjectType, entityId: args.subjectId, instance, events });

  const notices = effects.filter((e) => e.type === 'notify');
  if (notices.length > 0) {
    const subject = { subjectType: args.subjectType, subjectId: args.subjectId, code: about?.code ?? null, title: about?.title ?? null };
    for (const n of notices) {
      await notifyInApp(tx, {
        tenantId,
        recipientIds: n.to,
        template: n.template,
        data: { ...n.data, ...subject },
        link: hooks.link(args.subjectId),
      });
    }
  }
  for (const effect of effects) {
    // A cancelled timer needs no work: when it fires, the engine finds nothing due and changes nothing.
    if (effect.type === 'schedule_timeout')
      work.timers.push({ tenantId, instanceId: effect.instanceId, stageId: effect.stageId, at: effect.at });
  }
  const previous = args.before?.status ?? null;
  if (!args.quiet && previous !== instance.status) await hooks.statusChanged(work, { subjectId: args.subjectId, instance, previous });
}
