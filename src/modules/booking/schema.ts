import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import type { RunContext, StepLogEntry, WorkflowStatus } from '../../platform/workflow/workflow-types.ts';

const WORKFLOW_STATUSES = [
  'running',
  'waiting',
  'compensating',
  'completed',
  'compensated',
  'failed',
] as const satisfies readonly WorkflowStatus[];

/**
 * Runs of the platform's workflow runner (platform/workflow): a booking's hold → approve → pay →
 * ticket and its compensations, saved after every step so a run waiting for an approval resumes
 * after a restart. Here rather than in platform because platform code owns no table.
 */
export const workflowRuns = pgTable(
  'workflow_runs',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    /** The workflow ('flight_booking'): what finds the steps to resume it with. */
    kind: text('kind').notNull(),
    /** What the run is about ('order') and its id: whose timeline its steps are told on. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    status: text('status', { enum: WORKFLOW_STATUSES }).notNull(),
    stepIndex: integer('step_index').notNull(),
    context: jsonb('context').$type<RunContext>().notNull(),
    stepLog: jsonb('step_log').$type<StepLogEntry[]>().notNull(),
    /** Grows with every save: a save names the version it read (compare-and-set). */
    version: integer('version').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('workflow_runs_subject_idx').on(t.tenantId, t.subjectType, t.subjectId),
    // Runs to continue after a restart: those left running or compensating.
    index('workflow_runs_status_idx').on(t.status, t.updatedAt),
    tenantIsolation(),
  ],
);
