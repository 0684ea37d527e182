import type { StageState } from './instance.ts';

/**
 * How far a stage's current step is (for "2/3 已同意"): places approved out of those that count.
 * Handed-on places count through their successor; places cancelled because another approver
 * decided a 或签 step do not count. Null when the stage has no step.
 */
export function stageProgress(stage: StageState): { approved: number; total: number } | null {
  const step = stage.steps[Math.min(stage.currentStepIndex, stage.steps.length - 1)];
  if (step === undefined) return null;
  const counted = step.approvers.filter((s) => s.status !== 'transferred' && !(s.status === 'cancelled' && s.decidedAt === null));
  return { approved: counted.filter((s) => s.status === 'approved').length, total: counted.length };
}
