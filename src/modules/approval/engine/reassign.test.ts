import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import { pendingApproversOf } from './pending-approvers.ts';
import { begin, directory, eventTypes, expectPending, FEB, flow, notified, refusal, run, slotsOf, stage } from './testing/org-fixture.ts';

const managerThenFinance = flow([
  stage('manager', { kind: 'direct_manager' }, { timeout: { afterMinutes: 120, action: 'escalate' } }),
  stage('finance', { kind: 'role', role: 'finance' }, { mode: 'all' }),
]);
const started = () => begin(managerThenFinance).instance;

describe('transfer (转交)', () => {
  it('moves the pending place to someone else, who is asked at once; the clock runs on', () => {
    const result = act(started(), { type: 'transfer', by: 'lead', to: 'pm', comment: '项目经理更清楚' }, directory, FEB);
    expect(slotsOf(result.instance, 0)).toEqual([
      [
        ['lead', 'transferred'],
        ['pm', 'pending'],
      ],
    ]);
    expect(result.instance.stages[0]?.steps[0]?.approvers[1]).toMatchObject({ source: 'transfer', from: 'lead' });
    expect(result.events).toEqual([
      expect.objectContaining({
        type: 'transferred',
        by: 'lead',
        comment: '项目经理更清楚',
        data: expect.objectContaining({ from: 'lead', to: 'pm' }),
      }),
    ]);
    expect(notified(result.effects, 'approval_requested')).toEqual(['pm']);
    expect(result.effects.some((e) => e.type === 'schedule_timeout')).toBe(false);
    expect(refusal(() => act(result.instance, { type: 'approve', by: 'lead' }, directory, FEB))).toBe('ALREADY_DECIDED');
    const next = run(result.instance, [{ type: 'approve', by: 'pm' }]);
    expect(next.instance.stages[0]?.status).toBe('approved');
  });
  it('in a 会签 step, the new person must approve in place of the old', () => {
    const atFinance = run(started(), [{ type: 'approve', by: 'lead' }]).instance;
    const result = run(atFinance, [
      { type: 'transfer', by: 'fin1', to: 'admin' },
      { type: 'approve', by: 'cfo' },
      { type: 'approve', by: 'fin2' },
    ]);
    expectPending(result.instance, ['admin']);
    expect(run(result.instance, [{ type: 'approve', by: 'admin' }]).instance.status).toBe('approved');
  });
  it('refuses the requester, oneself, inactive people and those already in the step', () => {
    const atFinance = run(started(), [{ type: 'approve', by: 'lead' }]).instance;
    for (const to of ['alice', 'fin1', 'gone', 'cfo', 'system', 'nobody']) {
      expect(refusal(() => act(atFinance, { type: 'transfer', by: 'fin1', to }, directory, FEB))).toBe('INVALID_APPROVER');
    }
    expect(refusal(() => act(atFinance, { type: 'transfer', by: 'admin', to: 'pm' }, directory, FEB))).toBe('NOT_AN_APPROVER');
  });
});

describe('add approver (加签)', () => {
  it("'before': the added person decides first, then the adder is asked again", () => {
    const added = act(
      started(),
      { type: 'add_approver', by: 'lead', who: 'pm', position: 'before', comment: '请项目经理先看' },
      directory,
      FEB,
    );
    expect(added.events).toEqual([
      expect.objectContaining({ type: 'approver_added', by: 'lead', data: expect.objectContaining({ who: 'pm', position: 'before' }) }),
    ]);
    expect(slotsOf(added.instance, 0)).toEqual([[['pm', 'pending']], [['lead', 'waiting']]]);
    expect(notified(added.effects, 'approval_requested')).toEqual(['pm']);
    expect(added.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timeout', stageId: 'manager' }));
    expect(pendingApproversOf(added.instance)).toEqual(['pm']);
    expect(refusal(() => act(added.instance, { type: 'approve', by: 'lead' }, directory, FEB))).toBe('NOT_AN_APPROVER');
    const back = run(added.instance, [{ type: 'approve', by: 'pm' }]);
    expect(eventTypes(back)).toEqual(['approved', 'step_entered']);
    expectPending(back.instance, ['lead']);
    expect(notified(back.effects, 'approval_requested')).toEqual(['lead']);
    expect(run(back.instance, [{ type: 'approve', by: 'lead' }]).instance.currentStageIndex).toBe(1);
  });
  it("'before' in a 会签 step keeps the decisions already made", () => {
    const atFinance = run(started(), [
      { type: 'approve', by: 'lead' },
      { type: 'approve', by: 'cfo' },
    ]).instance;
    const added = run(atFinance, [{ type: 'add_approver', by: 'fin1', who: 'admin', position: 'before' }]);
    expect(slotsOf(added.instance, 1)).toEqual([
      [['admin', 'pending']],
      [
        ['cfo', 'approved'],
        ['fin1', 'waiting'],
        ['fin2', 'waiting'],
      ],
    ]);
    const back = run(added.instance, [{ type: 'approve', by: 'admin' }]);
    expectPending(back.instance, ['fin1', 'fin2']);
  });
  it("'after': the added person decides after the current step", () => {
    const added = run(started(), [{ type: 'add_approver', by: 'lead', who: 'vp', position: 'after' }]);
    expect(slotsOf(added.instance, 0)).toEqual([[['lead', 'pending']], [['vp', 'waiting']]]);
    expect(added.effects).toEqual([]);
    const next = run(added.instance, [{ type: 'approve', by: 'lead' }]);
    expectPending(next.instance, ['vp']);
    expect(run(next.instance, [{ type: 'approve', by: 'vp' }]).instance.currentStageIndex).toBe(1);
  });
  it("'parallel': the added person joins the step under its mode", () => {
    const anyOf = run(started(), [{ type: 'add_approver', by: 'lead', who: 'pm', position: 'parallel' }]);
    expectPending(anyOf.instance, ['lead', 'pm']);
    expect(notified(anyOf.effects, 'approval_requested')).toEqual(['pm']);
    const decided = run(anyOf.instance, [{ type: 'approve', by: 'pm' }]);
    expect(slotsOf(decided.instance, 0)).toEqual([
      [
        ['lead', 'cancelled'],
        ['pm', 'approved'],
      ],
    ]);
    const atFinance = run(started(), [{ type: 'approve', by: 'lead' }]).instance;
    const allOf = run(atFinance, [
      { type: 'add_approver', by: 'cfo', who: 'admin', position: 'parallel' },
      { type: 'approve', by: 'cfo' },
      { type: 'approve', by: 'fin1' },
      { type: 'approve', by: 'fin2' },
    ]);
    expectPending(allOf.instance, ['admin']);
  });
  it('refuses the same people a transfer refuses', () => {
    for (const who of ['alice', 'lead', 'gone', 'system']) {
      expect(refusal(() => act(started(), { type: 'add_approver', by: 'lead', who, position: 'after' }, directory, FEB))).toBe(
        'INVALID_APPROVER',
      );
    }
    expect(refusal(() => act(started(), { type: 'add_approver', by: 'vp', who: 'pm', position: 'after' }, directory, FEB))).toBe(
      'NOT_AN_APPROVER',
    );
  });
});
