import { describe, expect, it } from 'vitest';
import { reassignStep, type ReassignAction } from './reassign-step.ts';
import { begin, directory, expectPending, FEB, flow, MAR, notified, orgWith, refusal, run, slotsOf, stage } from './testing/org-fixture.ts';

const managerThenFinance = flow([
  stage('manager', { kind: 'direct_manager' }, { timeout: { afterMinutes: 120, action: 'escalate' } }),
  stage('finance', { kind: 'role', role: 'finance' }, { mode: 'all' }),
]);
const leadLeft = orgWith((o) => {
  const lead = o.employees.find((e) => e.id === 'lead');
  if (lead) lead.active = false;
});
const handover = (over: Partial<ReassignAction> = {}): ReassignAction => ({
  type: 'reassign',
  by: 'admin',
  from: 'lead',
  to: 'vp',
  reason: 'offboarding',
  ...over,
});

describe('reassign (离职交接, 改派)', () => {
  it('moves the pending place to the successor, who is asked at once; nobody is recorded as deciding', () => {
    const started = begin(managerThenFinance).instance;
    const result = reassignStep(started, handover(), leadLeft, FEB);
    expect(slotsOf(result.instance, 0)).toEqual([
      [
        ['lead', 'transferred'],
        ['vp', 'pending'],
      ],
    ]);
    expect(result.instance.stages[0]?.steps[0]?.approvers[0]).toMatchObject({ actedBy: null, transferredTo: 'vp' });
    expect(result.events).toEqual([
      expect.objectContaining({
        type: 'reassigned',
        by: 'admin',
        data: expect.objectContaining({ from: 'lead', to: 'vp', reason: 'offboarding' }),
      }),
    ]);
    expect(notified(result.effects, 'approval_requested')).toEqual(['vp']);
    expect(result.instance.revision).toBe(started.revision + 1);
    expect(run(result.instance, [{ type: 'approve', by: 'vp' }], FEB, leadLeft).instance.currentStageIndex).toBe(1);
  });

  it('keeps the reason given by an admin as the comment', () => {
    const result = reassignStep(begin(managerThenFinance).instance, handover({ reason: 'admin', comment: ' 休假 ' }), directory, FEB);
    expect(result.events[0]).toMatchObject({ comment: '休假', data: { reason: 'admin' } });
  });

  it('refuses the requester, inactive people, SYSTEM, the same person, someone not asked, and closed instances', () => {
    const started = begin(managerThenFinance).instance;
    for (const to of ['alice', 'gone', 'system', 'lead', ' ']) {
      expect(refusal(() => reassignStep(started, handover({ to }), directory, FEB))).toBe('INVALID_APPROVER');
    }
    expect(refusal(() => reassignStep(started, handover({ from: 'fin1' }), directory, FEB))).toBe('NOT_AN_APPROVER');
    const withdrawn = run(started, [{ type: 'withdraw', by: 'alice' }]).instance;
    expect(refusal(() => reassignStep(withdrawn, handover(), directory, FEB))).toBe('INSTANCE_CLOSED');
  });

  it('in a 会签 step, folds into a place the successor already holds and decides the step when that settles it', () => {
    const atFinance = run(begin(managerThenFinance).instance, [
      { type: 'approve', by: 'lead' },
      { type: 'approve', by: 'cfo' },
      { type: 'approve', by: 'fin2' },
    ]).instance;
    expectPending(atFinance, ['fin1']);
    const result = reassignStep(atFinance, handover({ from: 'fin1', to: 'cfo' }), directory, FEB);
    expect(result.events.map((e) => e.type)).toEqual(['reassigned', 'stage_approved', 'completed']);
    expect(result.events[0]?.data).toMatchObject({ joined: true });
    expect(result.instance.status).toBe('approved');
  });

  it('a departing delegate is dropped from the place, which stays with its approver', () => {
    const started = begin(managerThenFinance, { at: MAR }).instance;
    expect(started.stages[0]?.steps[0]?.approvers[0]).toMatchObject({ approverId: 'lead', delegateId: 'assistant' });
    const assistantLeft = orgWith((o) => {
      const a = o.employees.find((e) => e.id === 'assistant');
      if (a) a.active = false;
    });
    const result = reassignStep(started, handover({ from: 'assistant', to: 'vp' }), assistantLeft, MAR);
    expect(result.instance.stages[0]?.steps[0]?.approvers).toEqual([
      expect.objectContaining({ approverId: 'lead', delegateId: null, status: 'pending' }),
    ]);
    expect(result.events[0]).toMatchObject({ type: 'reassigned', data: { from: 'assistant', to: 'lead', asDelegate: true } });
    expect(refusal(() => reassignStep(started, handover({ from: 'assistant', reason: 'admin' }), directory, MAR))).toBe('NOT_AN_APPROVER');
  });
});
