import { expect } from 'vitest';
import type { EngineResult } from '../events.ts';
import { type ApprovalInstance, isFinal, type StepState } from '../instance.ts';
import { pendingApproversOf, pendingTasksOf } from '../pending-approvers.ts';

/**
 * What must hold of every instance the engine returns, whatever happened before. Written without
 * the engine's own helpers where it matters, so a bug there is not mirrored here.
 */

/** 或签: at least one approved; 会签: every place approved (a transferred place counts through its successor). */
export function satisfied(step: StepState): boolean {
  const counted = step.approvers.filter((s) => s.status !== 'transferred');
  const approved = counted.filter((s) => s.status === 'approved');
  return step.mode === 'any' ? approved.length > 0 : approved.length > 0 && approved.length === counted.length;
}

export function checkInstance(instance: ApprovalInstance): void {
  const { status, stages } = instance;
  // Plain JSON, reads back identical.
  expect(JSON.parse(JSON.stringify(instance))).toStrictEqual(instance);

  if (status === 'approved') for (const stage of stages) expect(['approved', 'skipped']).toContain(stage.status);

  const active = stages.map((s, i) => [s, i] as const).filter(([s]) => s.status === 'active');
  if (status === 'pending') {
    expect(active.map(([, i]) => i)).toEqual([instance.currentStageIndex]);
    // Someone can always act on a pending instance: it never gets stuck.
    expect(pendingApproversOf(instance).length).toBeGreaterThan(0);
    expect(
      pendingTasksOf(instance)
        .map((t) => t.approverId)
        .sort(),
    ).toEqual([...pendingApproversOf(instance)].sort());
  } else {
    expect(active).toEqual([]);
    expect(instance.currentStageIndex).toBeNull();
    expect(pendingApproversOf(instance)).toEqual([]);
  }

  stages.forEach((stage, stageIndex) => {
    if (stage.status === 'approved') {
      for (const step of stage.steps) expect(satisfied(step)).toBe(true);
    } else if (stage.status === 'not_started' || stage.status === 'skipped') {
      expect(stage.steps).toEqual([]);
    } else {
      // Active or closed without approval: the steps before the current one were approved, the rest not.
      stage.steps.forEach((step, i) => expect(satisfied(step)).toBe(i < stage.currentStepIndex));
    }
    stage.steps.forEach((step, stepIndex) => {
      for (const slot of step.approvers) {
        const asked = slot.status === 'pending';
        const isCurrent = status === 'pending' && stageIndex === instance.currentStageIndex && stepIndex === stage.currentStepIndex;
        if (asked) expect(isCurrent).toBe(true);
        if (slot.status === 'waiting') expect(stage.status === 'active' && stepIndex > stage.currentStepIndex).toBe(true);
        expect(slot.approverId).not.toBe(instance.subject.requesterId);
        expect(slot.delegateId).not.toBe(instance.subject.requesterId);
      }
    });
  });

  const completed = instance.history.filter((e) => e.type === 'completed');
  expect(completed).toHaveLength(isFinal(status) ? 1 : 0);
  if (isFinal(status)) expect(completed[0]?.data.status).toBe(status);
}

/** What must hold of one call: the input untouched, history extended by exactly the events, timers for the stage at hand. */
export function checkTransition(before: ApprovalInstance, beforeJson: string, result: EngineResult, now: Date): void {
  expect(JSON.stringify(before)).toBe(beforeJson);
  const { instance, events, effects } = result;
  expect(instance.history).toEqual([...before.history, ...events]);
  expect(instance.revision).toBe(before.revision + (events.length > 0 ? 1 : 0));
  for (const event of events) expect(event.at).toBe(now.toISOString());
  if (events.length === 0) expect(effects).toEqual([]);
  const finished = effects.filter((e) => e.type === 'finished');
  expect(finished).toEqual(isFinal(instance.status) && !isFinal(before.status) ? [{ type: 'finished', status: instance.status }] : []);
  const scheduled = effects.filter((e) => e.type === 'schedule_timeout');
  const last = scheduled.at(-1);
  if (last !== undefined) {
    const current = instance.stages[instance.currentStageIndex ?? -1];
    // The last timer set is the live one: for the current stage, at its due time.
    if (current?.id === last.stageId) expect(last.at.toISOString()).toBe(current.dueAt);
    else expect(instance.stages.find((s) => s.id === last.stageId)?.status).not.toBe('active');
  }
}
