import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { rawRows } from '../../../platform/db/raw-rows.ts';
import type { Scheduler } from '../../../platform/jobs/scheduler.ts';
import { flushTimers, type TimerRequest } from './stage-timeout.ts';

/**
 * Sends the timer of every pending instance's current stage again (a platform job across tenants,
 * hence the system scope). Idempotent: the key of a timer already queued queues nothing. Covers
 * timers that could not be sent after their change committed, and those of the demo seed.
 */
export async function rearmStageTimers(db: Db, scheduler: Scheduler): Promise<number> {
  const rows = await inSystemScope(db, async (tx) =>
    rawRows(
      await tx.execute(sql`
        select tenant_id::text as tenant_id, id::text as id,
               state->'stages'->((state->>'currentStageIndex')::int)->>'id' as stage_id,
               state->'stages'->((state->>'currentStageIndex')::int)->>'dueAt' as due_at
          from approval_instances
         where status = 'pending' and state->>'currentStageIndex' is not null`),
    ),
  );
  const timers: TimerRequest[] = [];
  for (const r of rows) {
    if (typeof r.stage_id !== 'string' || typeof r.due_at !== 'string') continue;
    timers.push({ tenantId: String(r.tenant_id), instanceId: String(r.id), stageId: r.stage_id, at: new Date(r.due_at) });
  }
  await flushTimers(scheduler, timers);
  return timers.length;
}
