import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import { pendingApproversOf, pendingTasksOf } from './pending-approvers.ts';
import {
  begin,
  directory,
  FEB,
  flow,
  MAR,
  minutesLater,
  notified,
  orgWith,
  refusal,
  run,
  slotsOf,
  stage,
  subject,
} from './testing/org-fixture.ts';

// assistant acts for lead during 2025-03-01 … 2025-03-10; bob acts for vp from 2025-03-01 on.
const chain = flow([stage('chain', { kind: 'manager_chain', levels: 2 }, { mode: 'all' })]);

describe('delegation (委托)', () => {
  it('within the range the delegate is asked with the approver and may act, recorded on their behalf', () => {
    const { instance, effects } = begin(chain, { at: MAR });
    expect(notified(effects, 'approval_requested')).toEqual(['lead', 'assistant']);
    expect(instance.stages[0]?.steps[0]?.approvers[0]?.delegateId).toBe('assistant');
    expect(pendingApproversOf(instance)).toEqual(['lead', 'assistant']);
    const result = act(instance, { type: 'approve', by: 'assistant', comment: '代批' }, directory, MAR);
    expect(result.events[0]).toMatchObject({ type: 'approved', by: 'assistant', onBehalfOf: 'lead', comment: '代批' });
    expect(result.instance.stages[0]?.steps[0]?.approvers[0]).toMatchObject({
      approverId: 'lead',
      actedBy: 'assistant',
      status: 'approved',
    });
    expect(refusal(() => act(result.instance, { type: 'approve', by: 'lead' }, directory, MAR))).toBe('ALREADY_DECIDED');
  });
  it('the original approver may still act during the delegation', () => {
    const result = run(begin(chain, { at: MAR }).instance, [{ type: 'approve', by: 'lead' }], MAR);
    expect(result.events[0]).not.toHaveProperty('onBehalfOf');
    expect(slotsOf(result.instance, 0)).toEqual([[['lead', 'approved']], [['vp', 'pending']]]);
  });
  it('outside the range the delegate cannot act, whatever was recorded', () => {
    const before = begin(chain, { at: FEB });
    expect(pendingApproversOf(before.instance)).toEqual(['lead']);
    expect(refusal(() => act(before.instance, { type: 'approve', by: 'assistant' }, directory, FEB))).toBe('NOT_AN_APPROVER');
    const during = begin(chain, { at: MAR }).instance;
    const after = new Date('2025-03-12T09:00:00.000Z');
    expect(refusal(() => act(during, { type: 'approve', by: 'assistant' }, directory, after))).toBe('NOT_AN_APPROVER');
    expect(pendingApproversOf(during, { directory, now: after })).toEqual(['lead']);
  });
  it('a delegation that starts while the step waits counts from its start', () => {
    const asked = begin(chain, { at: minutesLater(new Date('2025-03-01T00:00:00.000Z'), -60) }).instance;
    expect(pendingApproversOf(asked)).toEqual(['lead']);
    expect(pendingApproversOf(asked, { directory, now: MAR })).toEqual(['lead', 'assistant']);
    expect(run(asked, [{ type: 'approve', by: 'assistant' }], MAR).events[0]).toMatchObject({ onBehalfOf: 'lead' });
  });
  it('a delegate never decides their own request', () => {
    const bobAsks = begin(chain, { at: MAR, subject: subject({ requesterId: 'bob' }) }).instance;
    const atVp = run(bobAsks, [{ type: 'approve', by: 'lead' }], MAR).instance;
    expect(pendingApproversOf(atVp)).toEqual(['vp']);
    expect(refusal(() => act(atVp, { type: 'approve', by: 'bob' }, directory, MAR))).toBe('SELF_APPROVAL');
    expect(refusal(() => act(atVp, { type: 'approve', by: 'bob', onBehalfOf: 'vp' }, directory, MAR))).toBe('SELF_APPROVAL');
  });
  it('nor a request they travel on', () => {
    const withAssistant = begin(chain, { at: MAR, subject: subject({ travellerIds: ['assistant'] }) });
    expect(withAssistant.instance.stages[0]?.steps[0]?.approvers[0]?.delegateId).toBeNull();
    expect(notified(withAssistant.effects, 'approval_requested')).toEqual(['lead']);
    expect(pendingApproversOf(withAssistant.instance, { directory, now: MAR })).toEqual(['lead']);
    expect(pendingTasksOf(withAssistant.instance).map((t) => t.approverId)).toEqual(['lead']);
    expect(refusal(() => act(withAssistant.instance, { type: 'approve', by: 'assistant' }, directory, MAR))).toBe('SELF_APPROVAL');
    // Someone without a delegation in force is simply not an approver.
    expect(refusal(() => act(withAssistant.instance, { type: 'approve', by: 'alice' }, directory, MAR))).toBe('NOT_AN_APPROVER');
  });
  it('delegations are not followed on: the delegate’s own delegate does not act for the first approver', () => {
    const dir = orgWith((o) => {
      o.delegations?.push({ from: 'assistant', to: 'pm', startsAt: '2025-03-01T00:00:00.000Z', endsAt: null });
    });
    const { instance } = begin(chain, { at: MAR, dir });
    expect(pendingApproversOf(instance, { directory: dir, now: MAR })).toEqual(['lead', 'assistant']);
    expect(refusal(() => act(instance, { type: 'approve', by: 'pm' }, dir, MAR))).toBe('NOT_AN_APPROVER');
    expect(act(instance, { type: 'approve', by: 'assistant' }, dir, MAR).events[0]).toMatchObject({ by: 'assistant', onBehalfOf: 'lead' });
  });
  it('a delegate for several approvers in one step must say for whom', () => {
    const twoApprovers = flow([stage('both', { kind: 'role', role: 'approvers' }, { mode: 'all' })]);
    const dir = orgWith((o) => {
      o.delegations?.push({ from: 'cfo', to: 'assistant', startsAt: '2025-01-01T00:00:00.000Z', endsAt: null });
      o.employees.forEach((e) => (e.id === 'lead' || e.id === 'cfo') && (e.roles = ['approvers']));
    });
    const { instance } = begin(twoApprovers, { at: MAR, dir });
    expect(pendingApproversOf(instance)).toEqual(['lead', 'assistant', 'cfo']);
    expect(refusal(() => act(instance, { type: 'approve', by: 'assistant' }, dir, MAR))).toBe('AMBIGUOUS_ACTOR');
    const one = act(instance, { type: 'approve', by: 'assistant', onBehalfOf: 'cfo' }, dir, MAR);
    expect(slotsOf(one.instance, 0)).toEqual([
      [
        ['lead', 'pending'],
        ['cfo', 'approved'],
      ],
    ]);
    expect(act(one.instance, { type: 'approve', by: 'assistant' }, dir, MAR).instance.status).toBe('approved');
    expect(refusal(() => act(instance, { type: 'approve', by: 'assistant', onBehalfOf: 'vp' }, dir, MAR))).toBe('NOT_AN_APPROVER');
  });
  it('a delegate may also transfer, return or reject for the approver', () => {
    const { instance } = begin(chain, { at: MAR });
    expect(act(instance, { type: 'return', by: 'assistant', comment: '请补充' }, directory, MAR).events[0]).toMatchObject({
      type: 'returned',
      onBehalfOf: 'lead',
    });
    const transferred = act(instance, { type: 'transfer', by: 'assistant', to: 'pm' }, directory, MAR);
    expect(transferred.events[0]).toMatchObject({ type: 'transferred', onBehalfOf: 'lead', data: { from: 'lead', to: 'pm' } });
  });
});

describe('pendingTasksOf (inbox rows)', () => {
  it('one row per approver and per delegate, with since and due', () => {
    const timed = flow([
      stage('chain', { kind: 'manager_chain', levels: 2 }, { mode: 'all', timeout: { afterMinutes: 60, action: 'remind' } }),
    ]);
    const { instance } = begin(timed, { at: MAR });
    expect(pendingTasksOf(instance)).toEqual([
      { approverId: 'lead', onBehalfOf: null, stageId: 'chain', since: MAR.toISOString(), dueAt: minutesLater(MAR, 60).toISOString() },
      {
        approverId: 'assistant',
        onBehalfOf: 'lead',
        stageId: 'chain',
        since: MAR.toISOString(),
        dueAt: minutesLater(MAR, 60).toISOString(),
      },
    ]);
    const later = minutesLater(MAR, 30);
    const next = act(instance, { type: 'approve', by: 'lead' }, directory, later).instance;
    expect(pendingTasksOf(next)).toEqual([
      { approverId: 'vp', onBehalfOf: null, stageId: 'chain', since: later.toISOString(), dueAt: minutesLater(later, 60).toISOString() },
      { approverId: 'bob', onBehalfOf: 'vp', stageId: 'chain', since: later.toISOString(), dueAt: minutesLater(later, 60).toISOString() },
    ]);
    expect(pendingTasksOf(act(next, { type: 'withdraw', by: 'alice' }, directory, later).instance)).toEqual([]);
  });
});
