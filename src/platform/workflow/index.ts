/**
 * Workflows of steps with compensations (Medusa's model), their runner and stores. Platform
 * code: any module that drives supplier work (booking today) uses it.
 */
export * from './workflow-types.ts';
export { continueWorkflow, resumeWorkflow, startWorkflow, WorkflowStateError, type RunOptions, type RunResult } from './run-workflow.ts';
export { memoryWorkflowStore } from './memory-store.ts';
