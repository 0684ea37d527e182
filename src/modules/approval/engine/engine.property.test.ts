import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import { ApprovalError } from './approval-error.ts';
import type { EngineResult } from './events.ts';
import type { ApprovalSubject, FlowDefinition } from './flow-definition.ts';
import { type ApprovalInstance, isFinal } from './instance.ts';
import { pendingApproversOf } from './pending-approvers.ts';
import { start } from './start.ts';
import { flowArbitrary, startTimeArbitrary, stepArbitrary, subjectArbitrary } from './testing/arbitraries.ts';
import { checkInstance, checkTransition, satisfied } from './testing/invariants.ts';
import { nonApprovers, validMoves, weightedKinds } from './testing/moves.ts';
import { directory, minutesLater } from './testing/org-fixture.ts';

interface Walk {
  results: EngineResult[];
  finishedEffects: number;
}

/** Starts a random flow and walks it with random valid actions, checking every state on the way. */
interface WalkStep {
  kind: number;
  pick: number;
  waitMinutes: number;
  reload: boolean;
}

function walk(flow: FlowDefinition, subject: ApprovalSubject, startAt: Date, steps: WalkStep[]): Walk {
  let now = startAt;
  let result = start(flow, subject, directory, now, { instanceId: 'prop' });
  checkInstance(result.instance);
  const walked: Walk = { results: [result], finishedEffects: result.effects.filter((e) => e.type === 'finished').length };
  for (const step of steps) {
    now = minutesLater(now, step.waitMinutes);
    const instance: ApprovalInstance = step.reload ? (JSON.parse(JSON.stringify(result.instance)) as ApprovalInstance) : result.instance;
    const moves = validMoves(instance, directory, now);
    const kinds = weightedKinds.filter((k) => (moves.get(k)?.length ?? 0) > 0);
    const kind = kinds[step.kind % kinds.length];
    const options = kind === undefined ? [] : (moves.get(kind) ?? []);
    const move = options[step.pick % Math.max(options.length, 1)];
    if (move === undefined) break;
    if (move.at !== undefined) now = move.at;

    // Someone who cannot act now is refused, and nothing changes.
    if (instance.status === 'pending') {
      const outsider = nonApprovers(pendingApproversOf(instance, { directory, now }))[step.pick % 5];
      if (outsider !== undefined) {
        const json = JSON.stringify(instance);
        expect(() => act(instance, { type: 'approve', by: outsider }, directory, now)).toThrow(ApprovalError);
        expect(JSON.stringify(instance)).toBe(json);
      }
    }

    const beforeJson = JSON.stringify(instance);
    result = act(instance, move.action, directory, now);
    checkTransition(instance, beforeJson, result, now);
    checkInstance(result.instance);
    walked.results.push(result);
    walked.finishedEffects += result.effects.filter((e) => e.type === 'finished').length;
    if (isFinal(result.instance.status)) {
      // Closed for good: only comments are taken from now on.
      expect(() => act(result.instance, { type: 'cancel', by: 'admin' }, directory, now)).toThrow(ApprovalError);
      break;
    }
  }
  return walked;
}

const walkArbitrary = fc.tuple(flowArbitrary, subjectArbitrary, startTimeArbitrary, fc.array(stepArbitrary, { maxLength: 40 }));

describe('the engine under random valid action sequences (property)', () => {
  it('keeps every invariant: approved only when every stage is; never stuck; plain JSON; input untouched', () => {
    fc.assert(
      fc.property(walkArbitrary, ([flow, subject, at, steps]) => {
        walk(flow, subject, at, steps);
      }),
      { numRuns: 500 },
    );
  });

  it('emits at most one finished effect per instance, exactly one when it ends', () => {
    fc.assert(
      fc.property(walkArbitrary, ([flow, subject, at, steps]) => {
        const { results, finishedEffects } = walk(flow, subject, at, steps);
        const last = results.at(-1)?.instance;
        expect(finishedEffects).toBe(last !== undefined && isFinal(last.status) ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });

  it('或签 steps are approved iff someone approved; 会签 iff everyone did', () => {
    fc.assert(
      fc.property(walkArbitrary, ([flow, subject, at, steps]) => {
        for (const { instance } of walk(flow, subject, at, steps).results) {
          for (const stage of instance.stages) {
            if (stage.steps.length !== 1 || stage.steps[0]?.origin !== 'rule') continue;
            const only = stage.steps[0];
            const counted = only.approvers.filter((s) => s.status !== 'transferred');
            const anyApproved = only.approvers.some((s) => s.status === 'approved');
            const allApproved = counted.length > 0 && counted.every((s) => s.status === 'approved');
            expect(stage.status === 'approved').toBe(stage.mode === 'any' ? anyApproved : allApproved);
            expect(satisfied(only)).toBe(stage.status === 'approved');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a repeated or stale timer changes nothing', () => {
    fc.assert(
      fc.property(walkArbitrary, fc.nat(600), ([flow, subject, at, steps], laterMinutes) => {
        for (const { instance } of walk(flow, subject, at, steps).results) {
          for (const stage of instance.stages) {
            if (stage.status === 'active') continue;
            const later = minutesLater(new Date(instance.updatedAt), laterMinutes);
            const fired = act(instance, { type: 'timeout', stageId: stage.id }, directory, later);
            expect(fired.events).toEqual([]);
            expect(fired.effects).toEqual([]);
            expect(fired.instance).toBe(instance);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
