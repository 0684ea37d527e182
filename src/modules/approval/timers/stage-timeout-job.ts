import type { Static } from '@sinclair/typebox';
import { defineJob, type JobDefinition } from '../../../platform/jobs/job-definition.ts';
import { type ApprovalDeps, runApprovalWork } from '../approval-work.ts';
import { actOnInstance } from '../instances/act-on-instance.ts';
import { findInstance } from '../instances/instance-rows.ts';
import { approvalSystemActor } from '../instances/record-events.ts';
import { type StageTimeoutPayload, stageTimeoutRef } from './stage-timeout.ts';

export type TimeoutOutcome = 'acted' | 'stale' | 'missing';

/**
 * A stage's timer fired: the engine's timeout action at `now` on the instance as stored. A late,
 * early, repeated or stale timer (the stage was decided, re-entered or the due time moved) finds
 * nothing due and changes nothing.
 */
export async function fireStageTimeout(
  deps: ApprovalDeps,
  payload: Static<typeof StageTimeoutPayload>,
  now: Date,
): Promise<TimeoutOutcome> {
  return runApprovalWork(deps, { tenantId: payload.tenantId, actor: approvalSystemActor, now }, async (work) => {
    const before = await findInstance(work.tx, work.tenantId, payload.instanceId);
    if (!before) return 'missing';
    const after = await actOnInstance(work, payload.instanceId, { type: 'timeout', stageId: payload.stageId });
    return after.instance.revision === before.instance.revision ? 'stale' : 'acted';
  });
}

/** 'approval.stage-timeout': retried on failure (e.g. a concurrent decision won the race; the retry sees it). */
export function stageTimeoutJob(deps: ApprovalDeps): JobDefinition<typeof StageTimeoutPayload> {
  return defineJob({
    ...stageTimeoutRef,
    retryLimit: 5,
    async handler(payload, ctx) {
      await fireStageTimeout(deps, payload, ctx.now);
    },
  });
}
