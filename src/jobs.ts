import type { Static, TSchema } from '@sinclair/typebox';
import type { Db } from './platform/db/database.ts';
import type { Database } from './platform/db/database.ts';
import type { JobDefinition } from './platform/jobs/job-definition.ts';
import { type JobRunner, startJobRunner } from './platform/jobs/job-runner.ts';
import { actualSpendOfRequest } from './actual-spend.ts';
import { approvalDeps } from './approval-subjects.ts';
import { type JobRef, runnerScheduler, type Scheduler } from './platform/jobs/scheduler.ts';
import { rearmStageTimers, stageTimeoutJob } from './modules/approval/index.ts';
import { completionSweepJob, sweepOnStart } from './modules/travel/index.ts';
import { rearmSlaTimers, slaTimerJob } from './support/ticket-sla.ts';

/** Every durable job the server runs, with the services their handlers use. */
export function jobDefinitions(deps: { db: Db; scheduler: Scheduler }): JobDefinition[] {
  return [
    stageTimeoutJob(approvalDeps(deps.db, deps.scheduler)),
    completionSweepJob({ ...deps, actualSpend: actualSpendOfRequest }),
    slaTimerJob(deps),
  ];
}

/**
 * Starts the job runner over the application's database, re-arms the timers of pending
 * approvals and runs the trip-completion sweep (which then runs every China midnight). Handlers
 * that schedule (a reminder's next reminder, tomorrow's sweep) send through the runner once it is
 * up: the scheduler they get waits for it.
 */
export async function startJobs(database: Database, opts: { onError?: (err: unknown) => void } = {}): Promise<JobRunner> {
  let ready: (runner: JobRunner) => void = () => {};
  const started = new Promise<JobRunner>((resolve) => {
    ready = resolve;
  });
  const scheduler: Scheduler = {
    async schedule<S extends TSchema>(job: JobRef<S>, payload: Static<S>, at: Date, key: string) {
      await runnerScheduler(await started).schedule(job, payload, at, key);
    },
  };
  const runner = await startJobRunner(database, jobDefinitions({ db: database.db, scheduler }), {
    pollingIntervalSeconds: 1,
    onError: opts.onError,
  });
  ready(runner);
  await rearmStageTimers(database.db, scheduler);
  await rearmSlaTimers(database.db, scheduler);
  await sweepOnStart(scheduler, new Date());
  return runner;
}
