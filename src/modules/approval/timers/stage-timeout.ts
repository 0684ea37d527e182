import { Type } from '@sinclair/typebox';
import { UuidPattern } from '../flows/flow-schema.ts';
import type { JobRef, Scheduler } from '../../../platform/jobs/scheduler.ts';

/** The payload of a stage's timer (patterns, not formats: the job runner checks it with TypeBox's Value): which instance and stage, and the due time it was set for. */
export const StageTimeoutPayload = Type.Object(
  {
    tenantId: Type.String({ pattern: UuidPattern }),
    instanceId: Type.String({ pattern: UuidPattern }),
    stageId: Type.String({ minLength: 1, maxLength: 64 }),
    dueAt: Type.String({ minLength: 20, maxLength: 40, description: 'ISO-8601' }),
  },
  { additionalProperties: false },
);

/** The job 'approval.stage-timeout' as scheduling sees it (the handler is in stage-timeout-job.ts). */
export const stageTimeoutRef: JobRef<typeof StageTimeoutPayload> = { name: 'approval.stage-timeout', payload: StageTimeoutPayload };

export interface TimerRequest {
  tenantId: string;
  instanceId: string;
  stageId: string;
  at: Date;
}

/** Idempotency key: one timer per instance, stage and due time. */
export const timerKey = (t: TimerRequest): string => `${t.instanceId}:${t.stageId}:${t.at.toISOString()}`;

/**
 * Sends the timers a committed change asked for. A timer that cannot be sent now is not fatal to
 * the change already made: the job runner re-arms every pending stage's timer when it starts
 * (rearm-stage-timers.ts), and a stale timer finds nothing due.
 */
export async function flushTimers(scheduler: Scheduler, timers: readonly TimerRequest[]): Promise<void> {
  await Promise.allSettled(
    timers.map((t) =>
      scheduler.schedule(
        stageTimeoutRef,
        { tenantId: t.tenantId, instanceId: t.instanceId, stageId: t.stageId, dueAt: t.at.toISOString() },
        t.at,
        timerKey(t),
      ),
    ),
  );
}
