import type { Static, TSchema } from '@sinclair/typebox';

/**
 * A durable job: a name, the schema of its payload (checked when sent and when run) and the
 * handler. Handlers are plain functions over the payload and the job context, so tests call them
 * directly with a chosen `now` instead of waiting.
 */
export interface JobDefinition<S extends TSchema = TSchema> {
  name: string;
  payload: S;
  /** Retries after a failure (with backoff), before the job is given up. */
  retryLimit?: number;
  handler(payload: Static<S>, ctx: JobContext): Promise<void>;
}

export interface JobContext {
  jobId: string;
  /** When the job runs; handlers take the time from here, never from the clock. */
  now: Date;
  attempt: number;
}

export const defineJob = <S extends TSchema>(definition: JobDefinition<S>): JobDefinition<S> => definition;
