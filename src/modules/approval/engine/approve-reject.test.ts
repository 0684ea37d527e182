import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import { pendingApproversOf } from './pending-approvers.ts';
import {
  begin,
  directory,
  eventTypes,
  expectPending,
  FEB,
  flow,
  notified,
  orgWith,
  refusal,
  run,
  slotsOf,
  stage,
  subject,
} from './testing/org-fixture.ts';

const twoStages = flow([
  stage('manager', { kind: 'direct_manager' }, { timeout: { afterMinutes: 60, action: 'remind' } }),
  stage('finance', { kind: 'role', role: 'finance' }, { mode: 'any' }),
]);

describe('start', () => {
  it('records the submission, enters the first stage and asks its approvers', () => {
    const { instance, events, effects } = begin(twoStages);
    expect(events.map((e) => e.type)).toEqual(['submitted', 'stage_entered']);
    expect(events[0]).toMatchObject({ by: 'alice', at: FEB.toISOString() });
    expectPending(instance, ['lead']);
    expect(instance.history).toEqual(events);
    expect(instance.revision).toBe(1);
    expect(effects).toEqual([
      expect.objectContaining({ type: 'notify', to: ['lead'], template: 'approval_requested' }),
      { type: 'schedule_timeout', instanceId: 'inst-1', stageId: 'manager', at: new Date(FEB.getTime() + 3_600_000) },
    ]);
    expect(instance.stages[0]).toMatchObject({
      status: 'active',
      startedAt: FEB.toISOString(),
      dueAt: '2025-02-03T10:00:00.000Z',
      entries: 1,
    });
  });
  it('refuses an unusable flow', () => {
    expect(refusal(() => begin(flow([])))).toBe('INVALID_FLOW');
  });
});

describe('approve', () => {
  it('或签: the first approval decides the stage; the others are no longer asked', () => {
    const afterManager = run(begin(twoStages).instance, [{ type: 'approve', by: 'lead' }]);
    expect(eventTypes(afterManager)).toEqual(['approved', 'stage_approved', 'stage_entered']);
    expect(afterManager.effects).toContainEqual({ type: 'cancel_timeout', instanceId: 'inst-1', stageId: 'manager' });
    expect(notified(afterManager.effects, 'approval_requested')).toEqual(['cfo', 'fin1', 'fin2']);
    const done = run(afterManager.instance, [{ type: 'approve', by: 'fin2', comment: ' 同意 ' }]);
    expect(done.instance.status).toBe('approved');
    expect(slotsOf(done.instance, 1)).toEqual([
      [
        ['cfo', 'cancelled'],
        ['fin1', 'cancelled'],
        ['fin2', 'approved'],
      ],
    ]);
    expect(done.instance.stages[1]?.steps[0]?.approvers[2]).toMatchObject({
      actedBy: 'fin2',
      comment: '同意',
      decidedAt: FEB.toISOString(),
    });
    expect(eventTypes(done)).toEqual(['approved', 'stage_approved', 'completed']);
    expect(done.effects).toEqual([
      expect.objectContaining({ type: 'notify', to: ['alice'], template: 'approved' }),
      { type: 'finished', status: 'approved' },
    ]);
    expect(done.instance.finishedAt).toBe(FEB.toISOString());
    expect(done.instance.currentStageIndex).toBeNull();
    expect(pendingApproversOf(done.instance)).toEqual([]);
  });
  it('会签: the stage waits for everyone', () => {
    const allFinance = flow([stage('finance', { kind: 'role', role: 'finance' }, { mode: 'all' })]);
    const { instance } = begin(allFinance);
    const two = run(instance, [
      { type: 'approve', by: 'fin1' },
      { type: 'approve', by: 'cfo' },
    ]);
    expect(two.instance.status).toBe('pending');
    expectPending(two.instance, ['fin2']);
    expect(run(two.instance, [{ type: 'approve', by: 'fin2' }]).instance.status).toBe('approved');
  });
  it('manager chain: each level in turn, one step after another', () => {
    const chain = flow([stage('chain', { kind: 'manager_chain', levels: 3 }, { mode: 'all' })]);
    let result = begin(chain);
    expectPending(result.instance, ['lead']);
    expect(refusal(() => act(result.instance, { type: 'approve', by: 'vp' }, directory, FEB))).toBe('NOT_AN_APPROVER');
    result = run(result.instance, [{ type: 'approve', by: 'lead' }]);
    expect(eventTypes(result)).toEqual(['approved', 'step_entered']);
    expectPending(result.instance, ['vp']);
    result = run(result.instance, [
      { type: 'approve', by: 'vp' },
      { type: 'approve', by: 'ceo' },
    ]);
    expect(result.instance.status).toBe('approved');
    expect(slotsOf(result.instance, 0)).toEqual([[['lead', 'approved']], [['vp', 'approved']], [['ceo', 'approved']]]);
  });
  it('a short chain: the VP asks only the CEO; the CEO asks nobody and the stage is skipped', () => {
    const chain = flow([stage('chain', { kind: 'manager_chain', levels: 3 })]);
    expectPending(
      begin(chain, { subject: subject({ requesterId: 'vp', departmentId: 'sales', departmentChain: ['sales', 'hq'] }) }).instance,
      ['ceo'],
    );
    const ceo = begin(chain, { subject: subject({ requesterId: 'ceo', departmentId: 'hq', departmentChain: ['hq'] }) });
    expect(ceo.instance.status).toBe('approved');
    expect(ceo.events.map((e) => e.type)).toEqual(['submitted', 'stage_skipped', 'completed']);
  });
  it('refuses strangers, second decisions and closed instances', () => {
    const { instance } = begin(twoStages);
    expect(refusal(() => act(instance, { type: 'approve', by: 'fin1' }, directory, FEB))).toBe('NOT_AN_APPROVER');
    expect(refusal(() => act(instance, { type: 'approve', by: 'system' }, directory, FEB))).toBe('NOT_AN_APPROVER');
    const afterLead = run(instance, [{ type: 'approve', by: 'lead' }]).instance;
    expect(refusal(() => act(afterLead, { type: 'approve', by: 'lead' }, directory, FEB))).toBe('ALREADY_DECIDED');
    const done = run(afterLead, [{ type: 'approve', by: 'fin1' }]).instance;
    expect(refusal(() => act(done, { type: 'approve', by: 'fin2' }, directory, FEB))).toBe('INSTANCE_CLOSED');
    expect(refusal(() => act(done, { type: 'cancel', by: 'admin' }, directory, FEB))).toBe('INSTANCE_CLOSED');
  });
  it('never changes the instance it is given', () => {
    const { instance } = begin(twoStages);
    const before = JSON.stringify(instance);
    const after = act(instance, { type: 'approve', by: 'lead' }, directory, FEB);
    expect(JSON.stringify(instance)).toBe(before);
    expect(after.instance.revision).toBe(instance.revision + 1);
    expect(after.instance.history.slice(0, instance.history.length)).toEqual(instance.history);
  });
});

describe('reject', () => {
  const threeStages = flow([
    stage('manager', { kind: 'direct_manager' }),
    stage('head', { kind: 'department_head', of: 'parent' }, { timeout: { afterMinutes: 30, action: 'remind' } }),
    stage('finance', { kind: 'role', role: 'finance' }, { mode: 'all' }),
  ]);
  it('to the requester: final, with the reason', () => {
    const result = run(begin(threeStages).instance, [
      { type: 'approve', by: 'lead' },
      { type: 'reject', by: 'vp', comment: '预算不足', to: 'requester' },
    ]);
    expect(result.instance.status).toBe('rejected');
    expect(result.instance.stages.map((s) => s.status)).toEqual(['approved', 'rejected', 'not_started']);
    expect(result.events).toEqual([
      expect.objectContaining({
        type: 'rejected',
        by: 'vp',
        stageId: 'head',
        comment: '预算不足',
        data: expect.objectContaining({ to: 'requester' }),
      }),
      expect.objectContaining({ type: 'completed', data: { status: 'rejected' } }),
    ]);
    expect(result.effects).toEqual([
      { type: 'cancel_timeout', instanceId: 'inst-1', stageId: 'head' },
      expect.objectContaining({ type: 'notify', to: ['alice'], template: 'rejected' }),
      { type: 'finished', status: 'rejected' },
    ]);
  });
  it('in a 会签 stage one rejection decides, and the others are no longer asked', () => {
    const atFinance = run(begin(threeStages).instance, [
      { type: 'approve', by: 'lead' },
      { type: 'approve', by: 'vp' },
      { type: 'approve', by: 'fin1' },
    ]).instance;
    const result = run(atFinance, [{ type: 'reject', by: 'cfo', comment: '超标', to: 'requester' }]);
    expect(slotsOf(result.instance, 2)).toEqual([
      [
        ['cfo', 'rejected'],
        ['fin1', 'approved'],
        ['fin2', 'cancelled'],
      ],
    ]);
    expect(result.instance.status).toBe('rejected');
  });
  it('back to an earlier stage: that stage opens again, re-resolved, and the flow continues from it', () => {
    const atFinance = run(begin(threeStages).instance, [
      { type: 'approve', by: 'lead' },
      { type: 'approve', by: 'vp' },
    ]).instance;
    const newHead = orgWith((o) => o.departments.forEach((d) => d.id === 'sales' && (d.headId = 'pm')));
    const result = run(atFinance, [{ type: 'reject', by: 'fin1', comment: '请部门负责人复核', to: { stageIndex: 1 } }], FEB, newHead);
    expect(eventTypes(result)).toEqual(['rejected', 'stage_entered']);
    expect(result.instance.status).toBe('pending');
    expect(result.instance.stages.map((s) => [s.status, s.entries])).toEqual([
      ['approved', 1],
      ['active', 2],
      ['not_started', 1],
    ]);
    expectPending(result.instance, ['pm']);
    expect(notified(result.effects, 'rejected_to_stage')).toEqual(['alice']);
    expect(notified(result.effects, 'approval_requested')).toEqual(['pm']);
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timeout', stageId: 'head' }));
    const done = run(
      result.instance,
      [
        { type: 'approve', by: 'pm' },
        { type: 'approve', by: 'fin1' },
        { type: 'approve', by: 'fin2' },
        { type: 'approve', by: 'cfo' },
      ],
      FEB,
      newHead,
    );
    expect(done.instance.status).toBe('approved');
  });
  it('a stage opened again asks even those who approved it before, though the flow skips repeats', () => {
    const repeats = flow([stage('manager', { kind: 'direct_manager' }), stage('finance', { kind: 'role', role: 'finance' })], {
      skipRepeatedApprover: true,
    });
    const result = run(begin(repeats).instance, [
      { type: 'approve', by: 'lead' },
      { type: 'reject', by: 'cfo', comment: '重审', to: { stageIndex: 0 } },
    ]);
    expectPending(result.instance, ['lead']);
  });
  it('refuses a target that is not an earlier approved stage, and a rejection without a reason', () => {
    const skipping = flow([
      stage('project', { kind: 'project_owner' }),
      stage('manager', { kind: 'direct_manager' }),
      stage('finance', { kind: 'role', role: 'finance' }),
    ]);
    const atFinance = run(begin(skipping).instance, [{ type: 'approve', by: 'lead' }]).instance;
    for (const stageIndex of [0, 2, 3, -1, 0.5]) {
      expect(refusal(() => act(atFinance, { type: 'reject', by: 'fin1', comment: 'x', to: { stageIndex } }, directory, FEB))).toBe(
        'INVALID_TARGET_STAGE',
      );
    }
    expect(refusal(() => act(atFinance, { type: 'reject', by: 'fin1', comment: '  ', to: 'requester' }, directory, FEB))).toBe(
      'COMMENT_REQUIRED',
    );
  });
});
