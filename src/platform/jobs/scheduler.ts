import type { Static, TSchema } from '@sinclair/typebox';
import type { JobDefinition } from './job-definition.ts';
import type { JobRunner } from './job-runner.ts';

/** What scheduling needs to know of a job: its name and payload schema (not its handler). */
export type JobRef<S extends TSchema> = Pick<JobDefinition<S>, 'name' | 'payload'>;

/**
 * Durable timers as the domain sees them: run `job` with `payload` at `at`. The key makes it
 * idempotent (the same key twice queues once). Passed explicitly to the services that need it.
 */
export interface Scheduler {
  schedule<S extends TSchema>(job: JobRef<S>, payload: Static<S>, at: Date, key: string): Promise<void>;
}

const sendOnly = async (): Promise<void> => {
  throw new Error('a job sent through the scheduler runs through its registered definition');
};

/** A scheduler over the job runner; without one (tests, tools) timers are not kept. */
export function runnerScheduler(runner: Pick<JobRunner, 'send'> | undefined): Scheduler {
  if (!runner) return unscheduled;
  return {
    async schedule(job, payload, at, key) {
      // The runner sends by name and checks the payload against the schema; the handler is not used.
      await runner.send({ ...job, handler: sendOnly }, payload, { startAfter: at, key });
    },
  };
}

/** Drops every timer (the demo seed: the approval timers it would set are re-armed when the job runner starts). */
export const unscheduled: Scheduler = {
  async schedule() {},
};
