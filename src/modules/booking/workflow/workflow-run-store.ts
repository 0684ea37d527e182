import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import type { WorkflowRun, WorkflowStore } from '../../../platform/workflow/workflow-types.ts';
import { workflowRuns } from '../schema.ts';

type Row = typeof workflowRuns.$inferSelect;

const runOf = (row: Row): WorkflowRun => ({
  id: row.id,
  kind: row.kind,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  status: row.status,
  stepIndex: row.stepIndex,
  context: row.context,
  log: row.stepLog,
  version: row.version,
});

/**
 * The workflow runner's store over workflow_runs, for one tenant: each call its own tenant-scoped
 * transaction, so a step's progress is durable before the runner reports it.
 */
export function workflowRunStore(db: Db, tenantId: string, now: () => Date = () => new Date()): WorkflowStore {
  return {
    async create(run) {
      await inTenantScope(db, [tenantId], (tx) =>
        tx.insert(workflowRuns).values({
          tenantId,
          id: run.id,
          kind: run.kind,
          subjectType: run.subjectType,
          subjectId: run.subjectId,
          status: run.status,
          stepIndex: run.stepIndex,
          context: run.context,
          stepLog: run.log,
          version: run.version,
          createdAt: now(),
          updatedAt: now(),
        }),
      );
    },
    async load(id) {
      const [row] = await inTenantScope(db, [tenantId], (tx) =>
        tx
          .select()
          .from(workflowRuns)
          .where(and(eq(workflowRuns.tenantId, tenantId), eq(workflowRuns.id, id))),
      );
      return row ? runOf(row) : null;
    },
    async save(run, expectedVersion) {
      const saved = await inTenantScope(db, [tenantId], (tx) =>
        tx
          .update(workflowRuns)
          .set({
            status: run.status,
            stepIndex: run.stepIndex,
            context: run.context,
            stepLog: run.log,
            version: run.version,
            updatedAt: now(),
          })
          .where(and(eq(workflowRuns.tenantId, tenantId), eq(workflowRuns.id, run.id), eq(workflowRuns.version, expectedVersion)))
          .returning({ id: workflowRuns.id }),
      );
      return saved.length === 1;
    },
  };
}
