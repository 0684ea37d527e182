import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import { pendingApproversOf } from './pending-approvers.ts';
import { begin, directory, eventTypes, expectPending, FEB, flow, notified, refusal, run, stage, subject } from './testing/org-fixture.ts';

const twoStages = flow([
  stage('manager', { kind: 'manager_chain', levels: 2 }, { timeout: { afterMinutes: 60, action: 'auto_approve' } }),
  stage('finance', { kind: 'role', role: 'finance' }),
]);
const atVp = () => run(begin(twoStages).instance, [{ type: 'approve', by: 'lead' }]).instance;

describe('return and resubmit', () => {
  it('return sends the request back to the requester and stops the clock', () => {
    const result = run(atVp(), [{ type: 'return', by: 'vp', comment: '请补充行程' }]);
    expect(result.instance.status).toBe('returned');
    expect(result.instance.currentStageIndex).toBeNull();
    expect(result.instance.stages[0]?.status).toBe('returned');
    expect(eventTypes(result)).toEqual(['returned']);
    expect(result.effects).toEqual([
      { type: 'cancel_timeout', instanceId: 'inst-1', stageId: 'manager' },
      expect.objectContaining({
        type: 'notify',
        to: ['alice'],
        template: 'returned',
        data: expect.objectContaining({ comment: '请补充行程' }),
      }),
    ]);
    expect(pendingApproversOf(result.instance)).toEqual([]);
    expect(result.effects.some((e) => e.type === 'finished')).toBe(false);
  });
  it('while returned, approvers wait and only the requester may resubmit', () => {
    const returned = run(atVp(), [{ type: 'return', by: 'vp', comment: '请补充' }]).instance;
    expect(refusal(() => act(returned, { type: 'approve', by: 'vp' }, directory, FEB))).toBe('AWAITING_RESUBMISSION');
    expect(refusal(() => act(returned, { type: 'resubmit', by: 'vp' }, directory, FEB))).toBe('NOT_THE_REQUESTER');
    expect(refusal(() => act(returned, { type: 'resubmit', by: 'alice', subject: subject({ requesterId: 'bob' }) }, directory, FEB))).toBe(
      'INVALID_SUBJECT',
    );
    expect(refusal(() => act(atVp(), { type: 'resubmit', by: 'alice' }, directory, FEB))).toBe('NOT_RETURNED');
    expect(refusal(() => act(returned, { type: 'return', by: 'vp', comment: '' }, directory, FEB))).toBe('AWAITING_RESUBMISSION');
    expect(refusal(() => act(atVp(), { type: 'return', by: 'vp', comment: '' }, directory, FEB))).toBe('COMMENT_REQUIRED');
  });
  it('resubmission starts again from the first stage, with the changed subject', () => {
    const returned = run(atVp(), [{ type: 'return', by: 'vp', comment: '金额有误' }]).instance;
    const result = act(
      returned,
      { type: 'resubmit', by: 'alice', subject: subject({ amountFen: 180_000 }), comment: '已修改' },
      directory,
      FEB,
    );
    expect(eventTypes(result)).toEqual(['resubmitted', 'stage_entered']);
    expect(result.events[0]).toMatchObject({ by: 'alice', comment: '已修改', data: { subjectChanged: true } });
    expect(result.instance.subject.amountFen).toBe(180_000);
    expect(result.instance.stages.map((s) => [s.status, s.entries])).toEqual([
      ['active', 2],
      ['not_started', 0],
    ]);
    expectPending(result.instance, ['lead']);
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timeout', stageId: 'manager' }));
    const done = run(result.instance, [
      { type: 'approve', by: 'lead' },
      { type: 'approve', by: 'vp' },
      { type: 'approve', by: 'fin1' },
    ]);
    expect(done.instance.status).toBe('approved');
    expect(done.instance.history.filter((e) => e.type === 'completed')).toHaveLength(1);
  });
});

describe('withdraw and cancel', () => {
  it('the requester withdraws a pending request; those asked are told', () => {
    expect(refusal(() => act(atVp(), { type: 'withdraw', by: 'vp' }, directory, FEB))).toBe('NOT_THE_REQUESTER');
    const result = act(atVp(), { type: 'withdraw', by: 'alice', comment: '行程取消' }, directory, FEB);
    expect(result.instance.status).toBe('withdrawn');
    expect(result.instance.stages.map((s) => s.status)).toEqual(['cancelled', 'not_started']);
    expect(eventTypes(result)).toEqual(['withdrawn', 'completed']);
    expect(result.effects).toEqual([
      { type: 'cancel_timeout', instanceId: 'inst-1', stageId: 'manager' },
      expect.objectContaining({ type: 'notify', to: ['vp'], template: 'withdrawn' }),
      { type: 'finished', status: 'withdrawn' },
    ]);
    expect(refusal(() => act(result.instance, { type: 'resubmit', by: 'alice' }, directory, FEB))).toBe('INSTANCE_CLOSED');
  });
  it('a returned request can be withdrawn too', () => {
    const returned = run(atVp(), [{ type: 'return', by: 'vp', comment: '请补充' }]).instance;
    const result = act(returned, { type: 'withdraw', by: 'alice' }, directory, FEB);
    expect(result.instance.status).toBe('withdrawn');
    expect(result.effects).toEqual([{ type: 'finished', status: 'withdrawn' }]);
  });
  it('cancel (administrative) tells the requester and those asked', () => {
    const result = act(atVp(), { type: 'cancel', by: 'admin', comment: '出差取消' }, directory, FEB);
    expect(result.instance.status).toBe('cancelled');
    expect(notified(result.effects, 'cancelled')).toEqual(['vp', 'alice']);
    expect(result.effects.filter((e) => e.type === 'finished')).toEqual([{ type: 'finished', status: 'cancelled' }]);
  });
});

describe('comment', () => {
  it('anyone involved may comment, also after the end; the requester and those asked now hear of it', () => {
    const instance = atVp();
    const byRequester = act(instance, { type: 'comment', by: 'alice', text: '明早的航班' }, directory, FEB);
    expect(byRequester.events).toEqual([expect.objectContaining({ type: 'commented', by: 'alice', comment: '明早的航班' })]);
    expect(notified(byRequester.effects, 'commented')).toEqual(['vp']);
    expect(byRequester.instance.status).toBe('pending');
    expect(notified(act(instance, { type: 'comment', by: 'lead', text: '同意出行' }, directory, FEB).effects, 'commented')).toEqual([
      'alice',
      'vp',
    ]);
    expect(refusal(() => act(instance, { type: 'comment', by: 'fin1', text: '?' }, directory, FEB))).toBe('NOT_INVOLVED');
    expect(refusal(() => act(instance, { type: 'comment', by: 'alice', text: ' ' }, directory, FEB))).toBe('COMMENT_REQUIRED');
    const withdrawn = act(instance, { type: 'withdraw', by: 'alice' }, directory, FEB).instance;
    const late = act(withdrawn, { type: 'comment', by: 'vp', text: '收到' }, directory, FEB);
    expect(late.events).toHaveLength(1);
    expect(late.effects.some((e) => e.type === 'finished')).toBe(false);
  });
});
