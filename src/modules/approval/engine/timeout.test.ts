import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import type { TimeoutAction } from './flow-definition.ts';
import {
  begin,
  directory,
  eventTypes,
  expectPending,
  FEB,
  flow,
  minutesLater,
  notified,
  orgWith,
  run,
  slotsOf,
  stage,
  subject,
} from './testing/org-fixture.ts';

const fire = (stageId = 'manager') => ({ type: 'timeout', stageId }) as const;
const withTimeout = (action: TimeoutAction, extra: { remindEveryMinutes?: number; levels?: number; mode?: 'any' | 'all' } = {}) =>
  flow([
    stage(
      'manager',
      { kind: 'manager_chain', levels: extra.levels ?? 1 },
      {
        mode: extra.mode ?? 'any',
        timeout: { afterMinutes: 60, action, ...(extra.remindEveryMinutes ? { remindEveryMinutes: extra.remindEveryMinutes } : {}) },
      },
    ),
    stage('finance', { kind: 'role', role: 'finance' }),
  ]);

describe('remind', () => {
  it('reminds when due and schedules the next reminder', () => {
    const { instance } = begin(withTimeout('remind', { remindEveryMinutes: 30 }));
    const first = act(instance, fire(), directory, minutesLater(FEB, 60));
    expect(eventTypes(first)).toEqual(['reminded']);
    expect(first.events[0]).toMatchObject({ by: 'system', data: { to: ['lead'], count: 1 } });
    expect(notified(first.effects, 'approval_reminder')).toEqual(['lead']);
    expect(first.effects).toContainEqual({ type: 'schedule_timeout', instanceId: 'inst-1', stageId: 'manager', at: minutesLater(FEB, 90) });
    expect(first.instance.stages[0]).toMatchObject({ remindersSent: 1, dueAt: minutesLater(FEB, 90).toISOString() });
    const second = act(first.instance, fire(), directory, minutesLater(FEB, 91));
    expect(second.instance.stages[0]?.remindersSent).toBe(2);
    expect(second.instance.status).toBe('pending');
  });
  it('reminds once when no repeat is set', () => {
    const { instance } = begin(withTimeout('remind'));
    const first = act(instance, fire(), directory, minutesLater(FEB, 60));
    expect(first.effects.some((e) => e.type === 'schedule_timeout')).toBe(false);
    expect(first.instance.stages[0]?.dueAt).toBeNull();
    expect(act(first.instance, fire(), directory, minutesLater(FEB, 600)).events).toEqual([]);
  });
  it('each step of a chain gets its own clock', () => {
    const { instance } = begin(withTimeout('remind', { levels: 2, mode: 'all' }));
    const next = act(instance, { type: 'approve', by: 'lead' }, directory, minutesLater(FEB, 50));
    expect(next.effects).toContainEqual({ type: 'schedule_timeout', instanceId: 'inst-1', stageId: 'manager', at: minutesLater(FEB, 110) });
    expect(act(next.instance, fire(), directory, minutesLater(FEB, 60)).events).toEqual([]);
    expect(eventTypes(act(next.instance, fire(), directory, minutesLater(FEB, 110)))).toEqual(['reminded']);
  });
});

describe('escalate', () => {
  it("passes each unanswered place to the approver's superior, with a fresh clock", () => {
    const { instance } = begin(withTimeout('escalate'));
    const up = act(instance, fire(), directory, minutesLater(FEB, 60));
    expect(eventTypes(up)).toEqual(['escalated']);
    expect(up.events[0]).toMatchObject({ by: 'system', data: { from: 'lead', to: 'vp' } });
    expect(slotsOf(up.instance, 0)).toEqual([
      [
        ['lead', 'transferred'],
        ['vp', 'pending'],
      ],
    ]);
    expect(up.instance.stages[0]?.steps[0]?.approvers[1]).toMatchObject({ source: 'escalation', from: 'lead' });
    expect(notified(up.effects, 'approval_requested')).toEqual(['vp']);
    expect(up.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timeout', at: minutesLater(FEB, 120) }));
    const again = act(up.instance, fire(), directory, minutesLater(FEB, 120));
    expectPending(again.instance, ['ceo']);
    const top = act(again.instance, fire(), directory, minutesLater(FEB, 180));
    expect(eventTypes(top)).toEqual(['reminded']);
    expect(top.events[0]?.data).toMatchObject({ reason: 'escalation_unavailable', to: ['ceo'] });
    expectPending(top.instance, ['ceo']);
    expect(run(top.instance, [{ type: 'approve', by: 'ceo' }]).instance.currentStageIndex).toBe(1);
  });
  it('an overdue superior is passed over, places ending at one person merge, a superior who already approved is not used', () => {
    const finance = flow([
      stage('finance', { kind: 'role', role: 'finance' }, { mode: 'all', timeout: { afterMinutes: 60, action: 'escalate' } }),
    ]);
    const { instance } = begin(finance);
    const cfoApproved = run(instance, [{ type: 'approve', by: 'cfo' }]).instance;
    const stuck = act(cfoApproved, fire('finance'), directory, minutesLater(FEB, 60));
    expect(eventTypes(stuck)).toEqual(['reminded']);
    expectPending(stuck.instance, ['fin1', 'fin2']);
    const up = act(instance, fire('finance'), directory, minutesLater(FEB, 60));
    expect(slotsOf(up.instance, 0)).toEqual([
      [
        ['cfo', 'transferred'],
        ['ceo', 'pending'],
        ['fin1', 'transferred'],
        ['fin2', 'transferred'],
      ],
    ]);
    expect(up.instance.stages[0]?.steps[0]?.approvers.map((s) => s.transferredTo)).toEqual(['ceo', null, 'ceo', 'ceo']);
    expect(notified(up.effects, 'approval_requested')).toEqual(['ceo']);
    expect(run(up.instance, [{ type: 'approve', by: 'ceo' }]).instance.status).toBe('approved');
  });
  it('does not escalate to the requester', () => {
    const result = begin(withTimeout('escalate'), {
      subject: subject({ requesterId: 'pm', departmentId: 'sales', departmentChain: ['sales', 'hq'] }),
    });
    const up = act(result.instance, fire(), directory, minutesLater(FEB, 60));
    expect(up.events[0]).toMatchObject({ type: 'escalated', data: { from: 'vp', to: 'ceo' } });
    const noManagers = orgWith((o) => o.employees.forEach((e) => e.id === 'lead' && (e.managerId = 'alice')));
    const own = begin(withTimeout('escalate'), { dir: noManagers });
    expect(eventTypes(act(own.instance, fire(), noManagers, minutesLater(FEB, 60)))).toEqual(['reminded']);
  });
});

describe('auto approve and auto reject', () => {
  it('auto_approve decides for the unanswered approvers and moves on', () => {
    const { instance } = begin(withTimeout('auto_approve'));
    const result = act(instance, fire(), directory, minutesLater(FEB, 61));
    expect(eventTypes(result)).toEqual(['approved', 'stage_approved', 'stage_entered']);
    expect(result.events[0]).toMatchObject({ by: 'system', onBehalfOf: 'lead', data: { reason: 'timeout' } });
    expect(result.instance.stages[0]?.steps[0]?.approvers[0]).toMatchObject({ status: 'approved', actedBy: 'system' });
    expect(result.effects).toContainEqual({ type: 'cancel_timeout', instanceId: 'inst-1', stageId: 'manager' });
    expectPending(result.instance, ['cfo', 'fin1', 'fin2']);
  });
  it('auto_reject rejects to the requester', () => {
    const { instance } = begin(withTimeout('auto_reject'));
    const result = act(instance, fire(), directory, minutesLater(FEB, 60));
    expect(eventTypes(result)).toEqual(['rejected', 'completed']);
    expect(result.events[0]).toMatchObject({ by: 'system', data: { reason: 'timeout', to: 'requester' } });
    expect(result.instance.status).toBe('rejected');
    expect(slotsOf(result.instance, 0)).toEqual([[['lead', 'rejected']]]);
    expect(result.effects).toEqual([
      { type: 'cancel_timeout', instanceId: 'inst-1', stageId: 'manager' },
      expect.objectContaining({ type: 'notify', to: ['alice'], template: 'rejected' }),
      { type: 'finished', status: 'rejected' },
    ]);
  });
});

describe('stale, early and repeated timers are no-ops', () => {
  const noop = (result: ReturnType<typeof act>) => {
    expect(result.events).toEqual([]);
    expect(result.effects).toEqual([]);
  };
  it('for a stage already finished, a closed instance, or a returned one', () => {
    const { instance } = begin(withTimeout('auto_reject'));
    const moved = run(instance, [{ type: 'approve', by: 'lead' }]).instance;
    const late = act(moved, fire(), directory, minutesLater(FEB, 500));
    noop(late);
    expect(late.instance).toBe(moved);
    noop(act(run(moved, [{ type: 'approve', by: 'fin1' }]).instance, fire('finance'), directory, minutesLater(FEB, 500)));
    noop(act(run(instance, [{ type: 'return', by: 'lead', comment: '补充' }]).instance, fire(), directory, minutesLater(FEB, 500)));
    noop(act(run(instance, [{ type: 'withdraw', by: 'alice' }]).instance, fire(), directory, minutesLater(FEB, 500)));
  });
  it('before it is due, for an unknown stage, or for a stage without a timeout', () => {
    const { instance } = begin(withTimeout('auto_approve'));
    noop(act(instance, fire(), directory, minutesLater(FEB, 59)));
    noop(act(instance, fire('nope'), directory, minutesLater(FEB, 60)));
    const atFinance = run(instance, [{ type: 'approve', by: 'lead' }]).instance;
    noop(act(atFinance, fire('finance'), directory, minutesLater(FEB, 600)));
  });
  it('delivered twice: the second delivery finds nothing due', () => {
    const { instance } = begin(withTimeout('escalate'));
    const once = act(instance, fire(), directory, minutesLater(FEB, 60));
    noop(act(once.instance, fire(), directory, minutesLater(FEB, 60)));
    const reminded = act(begin(withTimeout('remind', { remindEveryMinutes: 30 })).instance, fire(), directory, minutesLater(FEB, 60));
    noop(act(reminded.instance, fire(), directory, minutesLater(FEB, 61)));
  });
  it('for an earlier entry of a stage opened again by a resubmission', () => {
    const { instance } = begin(withTimeout('auto_reject'));
    const returned = act(instance, { type: 'return', by: 'lead', comment: '补充' }, directory, minutesLater(FEB, 10)).instance;
    const again = act(returned, { type: 'resubmit', by: 'alice' }, directory, minutesLater(FEB, 30)).instance;
    noop(act(again, fire(), directory, minutesLater(FEB, 60)));
    expect(act(again, fire(), directory, minutesLater(FEB, 90)).instance.status).toBe('rejected');
  });
});
