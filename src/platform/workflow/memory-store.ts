import type { WorkflowRun, WorkflowStore } from './workflow-types.ts';

/** A store in memory (tests, tools): copies in and out, so a run object held by the caller is never the stored one. */
export function memoryWorkflowStore(): WorkflowStore & { runs: Map<string, WorkflowRun> } {
  const runs = new Map<string, WorkflowRun>();
  const copy = (run: WorkflowRun): WorkflowRun => structuredClone(run);
  return {
    runs,
    async create(run) {
      if (runs.has(run.id)) throw new Error(`workflow run ${run.id} exists`);
      runs.set(run.id, copy(run));
    },
    async load(id) {
      const run = runs.get(id);
      return run ? copy(run) : null;
    },
    async save(run, expectedVersion) {
      const stored = runs.get(run.id);
      if (!stored || stored.version !== expectedVersion) return false;
      runs.set(run.id, copy(run));
      return true;
    },
  };
}
