import { Type } from '@sinclair/typebox';
import type { Db } from '../../../platform/db/database.ts';
import { defineJob, type JobDefinition } from '../../../platform/jobs/job-definition.ts';
import type { JobRef, Scheduler } from '../../../platform/jobs/scheduler.ts';
import { completeEndedRequests } from './complete-ended-requests.ts';
import { chinaDateOf, nextChinaMidnight } from '../../../platform/time/china-time.ts';
import type { ActualSpendSource } from '../../budget/index.ts';

const CompletionSweepPayload = Type.Object({ day: Type.String({ pattern: '^\\d{4}-\\d\\d-\\d\\d$' }) });

export const completionSweepRef: JobRef<typeof CompletionSweepPayload> = { name: 'travel.complete-ended', payload: CompletionSweepPayload };

/** Queues the sweep at the next China midnight; one job per day (the day is the key). */
export async function scheduleNextSweep(scheduler: Scheduler, now: Date): Promise<void> {
  const at = nextChinaMidnight(now);
  const day = chinaDateOf(at);
  await scheduler.schedule(completionSweepRef, { day }, at, day);
}

/** Runs the sweep now (when the job runner starts): it catches up and queues the next midnight's run, keeping the daily chain alive. */
export async function sweepOnStart(scheduler: Scheduler, now: Date): Promise<void> {
  await scheduler.schedule(completionSweepRef, { day: chinaDateOf(now) }, now, `start:${now.toISOString()}`);
}

/**
 * 'travel.complete-ended': completes the requests whose trips are over, then queues tomorrow's run.
 * The job runner's start sends one too (sweepOnStart), so a server that was down at midnight catches up.
 */
export function completionSweepJob(deps: {
  db: Db;
  scheduler: Scheduler;
  actualSpend: ActualSpendSource;
}): JobDefinition<typeof CompletionSweepPayload> {
  return defineJob({
    ...completionSweepRef,
    retryLimit: 3,
    async handler(_payload, ctx) {
      await completeEndedRequests(deps.db, ctx.now, deps.actualSpend);
      await scheduleNextSweep(deps.scheduler, ctx.now);
    },
  });
}
