import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import type { ApprovalInstance } from './instance.ts';
import { begin, directory, eventTypes, FEB, flow, MAR, minutesLater, run, stage } from './testing/org-fixture.ts';

const roundTrip = (instance: ApprovalInstance): ApprovalInstance => JSON.parse(JSON.stringify(instance)) as ApprovalInstance;

const definition = flow([
  stage(
    'chain',
    { kind: 'manager_chain', levels: 2 },
    { mode: 'all', timeout: { afterMinutes: 60, action: 'remind', remindEveryMinutes: 30 } },
  ),
  stage('finance', { kind: 'role', role: 'finance' }, { timeout: { afterMinutes: 120, action: 'auto_approve' } }),
]);

describe('serialisation', () => {
  it('an instance is plain JSON: it reads back identical (no Dates, no undefined fields)', () => {
    const states = [begin(definition, { at: MAR }).instance];
    states.push(run(states[0] as ApprovalInstance, [{ type: 'approve', by: 'assistant', comment: '代批' }], MAR).instance);
    states.push(run(states[1] as ApprovalInstance, [{ type: 'return', by: 'vp', comment: '补充' }], MAR).instance);
    for (const instance of states) expect(roundTrip(instance)).toStrictEqual(instance);
    expect(typeof states[0]?.stages[0]?.dueAt).toBe('string');
  });
  it('after a restart in the middle of a pending timeout, the timer and the approvers carry on', () => {
    const stored = JSON.stringify(begin(definition).instance);
    const restored = JSON.parse(stored) as ApprovalInstance;
    const reminded = act(restored, { type: 'timeout', stageId: 'chain' }, directory, minutesLater(FEB, 60));
    expect(eventTypes(reminded)).toEqual(['reminded']);
    const again = act(roundTrip(reminded.instance), { type: 'timeout', stageId: 'chain' }, directory, minutesLater(FEB, 90));
    expect(again.instance.stages[0]?.remindersSent).toBe(2);
    const next = act(roundTrip(again.instance), { type: 'approve', by: 'lead' }, directory, minutesLater(FEB, 95));
    expect(eventTypes(next)).toEqual(['approved', 'step_entered']);
    const finance = run(roundTrip(next.instance), [{ type: 'approve', by: 'vp' }], minutesLater(FEB, 100));
    const auto = act(roundTrip(finance.instance), { type: 'timeout', stageId: 'finance' }, directory, minutesLater(FEB, 220));
    expect(auto.instance.status).toBe('approved');
  });
  it('acting on a stored copy gives the same result as acting on the original', () => {
    const { instance } = begin(definition);
    const direct = act(instance, { type: 'approve', by: 'lead' }, directory, FEB);
    const stored = act(roundTrip(instance), { type: 'approve', by: 'lead' }, directory, FEB);
    expect(roundTrip(stored.instance)).toStrictEqual(roundTrip(direct.instance));
    expect(stored.effects).toEqual(direct.effects);
  });
});
