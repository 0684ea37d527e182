import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob } from '../../src/platform/jobs/job-definition.ts';
import { startJobRunner, type JobRunner } from '../../src/platform/jobs/job-runner.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t.close();
});

interface Ran {
  key: string;
  at: number;
}

function recorder() {
  const ran: Ran[] = [];
  const job = defineJob({
    name: 'test.timer',
    payload: Type.Object({ key: Type.String(), due: Type.Number() }, { additionalProperties: false }),
    async handler(payload, ctx) {
      ran.push({ key: payload.key, at: ctx.now.getTime() });
    },
  });
  const waitFor = async (key: string, ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const hit = ran.find((r) => r.key === key);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  };
  return { ran, job, waitFor };
}

describe('durable jobs (pg-boss on this database)', () => {
  it('a delayed job runs after its due time, not before, and soon after', async () => {
    const { job, waitFor } = recorder();
    const runner: JobRunner = await startJobRunner(t.database, [job], { pollingIntervalSeconds: 0.5 });
    try {
      const due = Date.now() + 1_500;
      await runner.send(job, { key: 'a', due }, { startAfter: new Date(due) });
      const hit = await waitFor('a', 10_000);
      expect(hit).not.toBeNull();
      expect(hit?.at ?? 0).toBeGreaterThanOrEqual(due);
      expect((hit?.at ?? 0) - due).toBeLessThan(3_000);
    } finally {
      await runner.stop();
    }
  });

  it('a pending timer survives a restart of the runner', async () => {
    const first = recorder();
    const before = await startJobRunner(t.database, [first.job], { pollingIntervalSeconds: 0.5 });
    const due = Date.now() + 1_500;
    await before.send(first.job, { key: 'b', due }, { startAfter: new Date(due) });
    await before.stop();
    expect(first.ran).toEqual([]);

    const second = recorder();
    const after = await startJobRunner(t.database, [second.job], { pollingIntervalSeconds: 0.5 });
    try {
      const hit = await second.waitFor('b', 10_000);
      expect(hit?.at ?? 0).toBeGreaterThanOrEqual(due);
    } finally {
      await after.stop();
    }
  });

  it('refuses a payload that does not match the job’s schema, and the same key queues once', async () => {
    const { job } = recorder();
    const runner = await startJobRunner(t.database, [job], { work: false });
    try {
      // @ts-expect-error -- deliberately wrong payload: the runtime check must refuse it too
      await expect(runner.send(job, { key: 1 })).rejects.toThrow(/does not match/);
      const later = new Date(Date.now() + 60_000);
      const id1 = await runner.send(job, { key: 'c', due: 0 }, { startAfter: later, key: 'same' });
      const id2 = await runner.send(job, { key: 'c', due: 0 }, { startAfter: later, key: 'same' });
      expect(id1).toEqual(expect.any(String));
      expect(id2).toBeNull();
    } finally {
      await runner.stop();
    }
  });

  it('pg-boss supervises and maintains its queues without errors (multi-statement SQL included)', async () => {
    const { job, waitFor } = recorder();
    const errors: unknown[] = [];
    const runner = await startJobRunner(t.database, [job], {
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      onError: (err) => errors.push(err),
    });
    try {
      await runner.send(job, { key: 'd', due: 0 });
      expect(await waitFor('d', 10_000)).not.toBeNull();
      // Several supervision passes (monitoring, maintenance, pg-boss's own background commands).
      await new Promise((r) => setTimeout(r, 4_000));
    } finally {
      await runner.stop();
    }
    expect(errors.map((e) => (e instanceof Error ? e.message : String(e)))).toEqual([]);
  });
});
