import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions, startJobs } from '../../src/jobs.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { recordingScheduler } from './approval-test-kit.ts';

/**
 * src/jobs.ts: the job list; starting the runner re-arms the timers of pending approvals in pg-boss
 * and queues the trip-completion sweep.
 */

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe('the job runner of the server', () => {
  it('lists the approval stage timeout and the trip-completion sweep', () => {
    expect(jobDefinitions({ db: t.database.db, scheduler: recordingScheduler() }).map((j) => j.name)).toEqual([
      'approval.stage-timeout',
      'travel.complete-ended',
      'sla.timer',
    ]);
  });

  it('starts, queues a timer per pending stage (once, however often it starts), and stops', async () => {
    const pending = await t.database.query<{ n: number }>(
      `select count(*)::int as n from approval_instances where status = 'pending' and state->'stages'->((state->>'currentStageIndex')::int)->>'dueAt' is not null`,
    );
    expect(pending[0]?.n).toBeGreaterThan(0);
    for (let start = 0; start < 2; start++) {
      const runner = await startJobs(t.database);
      await runner.stop();
    }
    const queued = await t.database.query<{ n: number }>(`select count(*)::int as n from pgboss.job where name = 'approval.stage-timeout'`);
    expect(queued[0]?.n).toBe(pending[0]?.n);
    // Each start runs a sweep; each run queues the next China midnight's, once per day.
    const sweeps = await t.database.query<{ n: number }>(
      `select count(*)::int as n from pgboss.job where name = 'travel.complete-ended' and start_after <= now() + interval '1 minute'`,
    );
    expect(sweeps[0]?.n).toBe(2);
  });
});
