import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { fromPglite, PgBoss } from 'pg-boss';
import { v5 } from 'uuid';
import type { Database } from '../db/database.ts';
import type { EmbeddedDatabase, PostgresDatabase } from '../db/open.ts';
import type { JobDefinition } from './job-definition.ts';

export interface SendOptions {
  /** Run no earlier than this (exact-time timers: SLA breaches, approval timeouts). */
  startAfter?: Date;
  /**
   * Idempotency key: the job's id is derived from it, so sending the same key again (a retried
   * request, a timer re-armed after a restart) queues nothing and returns null.
   */
  key?: string;
}

export interface JobRunner {
  send<S extends TSchema>(job: JobDefinition<S>, payload: Static<S>, opts?: SendOptions): Promise<string | null>;
  cancel(job: JobDefinition, jobId: string): Promise<void>;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  /** How often idle workers poll; the lateness of a timer is at most about this. */
  pollingIntervalSeconds?: number;
  /**
   * How often pg-boss supervises its queues (monitoring, and maintenance: expiring, archiving,
   * deleting); pg-boss's defaults when unset. Tests shorten it to see several passes.
   */
  maintenanceIntervalSeconds?: number;
  /** Only enqueue (a process that serves HTTP but leaves the work to others). */
  work?: boolean;
  onError?: (err: unknown) => void;
}

const JOB_KEY_NAMESPACE = '6f1d7c2e-3a4b-5c6d-8e9f-0a1b2c3d4e5f';

/** The job id a key maps to: a name-based UUID, the same on every instance. */
export const jobIdOf = (jobName: string, key: string): string => v5(`${jobName}\u0000${key}`, JOB_KEY_NAMESPACE);

const isEmbedded = (d: Database): d is EmbeddedDatabase => d.kind === 'pglite' && 'pglite' in d;
const isPostgres = (d: Database): d is PostgresDatabase => d.kind === 'postgres' && 'pool' in d;

/**
 * pg-boss's view of the database. On PostgreSQL it gets the pool's whole result: pg-boss sends
 * multi-statement SQL (BEGIN; lock; …; COMMIT) for which node-postgres answers one result per
 * statement, and pg-boss reads the rows of each (Database.query keeps only `rows` of a single
 * result: undefined there, hence TypeErrors in every supervision pass).
 */
function bossDatabase(database: Database) {
  if (isEmbedded(database)) return fromPglite(database.pglite);
  if (isPostgres(database)) {
    const { pool } = database;
    return { executeSql: async (text: string, values?: unknown[]) => pool.query(text, values) };
  }
  throw new Error(`no pg-boss adapter for a ${database.kind} database without its driver`);
}

/**
 * pg-boss on the application's own database: the embedded PGlite (through pg-boss's PGlite
 * adapter) or PostgreSQL (through the application's pool). Jobs live in the `pgboss` schema,
 * which pg-boss creates and migrates itself, so they survive restarts on both.
 */
export async function startJobRunner(database: Database, jobs: readonly JobDefinition[], opts: JobRunnerOptions = {}): Promise<JobRunner> {
  const db = bossDatabase(database);
  const every = opts.maintenanceIntervalSeconds;
  const boss = new PgBoss({
    db,
    backend: database.kind === 'pglite' ? 'pglite' : 'postgres',
    schedule: false,
    supervise: true,
    ...(every === undefined ? {} : { superviseIntervalSeconds: every, maintenanceIntervalSeconds: every, monitorIntervalSeconds: every }),
  });
  boss.on('error', (err) => opts.onError?.(err));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { retryLimit: job.retryLimit ?? 3, retryBackoff: true });
    if (opts.work === false) continue;
    await boss.work<unknown>(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 0.5, batchSize: 1 }, async (batch) => {
      for (const j of batch) {
        if (!Value.Check(job.payload, j.data)) throw new Error(`job ${job.name} ${j.id}: payload does not match its schema`);
        await job.handler(j.data, { jobId: j.id, now: new Date(), attempt: j.retryCount + 1 });
      }
    });
  }
  return {
    async send(job, payload, sendOpts = {}) {
      if (!Value.Check(job.payload, payload)) throw new Error(`job ${job.name}: payload does not match its schema`);
      return boss.send(job.name, payload as object, {
        ...(sendOpts.startAfter ? { startAfter: sendOpts.startAfter } : {}),
        ...(sendOpts.key ? { id: jobIdOf(job.name, sendOpts.key) } : {}),
      });
    },
    async cancel(job, jobId) {
      await boss.cancel(job.name, jobId);
    },
    async stop() {
      await boss.stop({ graceful: true, close: false, timeout: 5_000 });
    },
  };
}
