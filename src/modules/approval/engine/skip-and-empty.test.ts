import { describe, expect, it } from 'vitest';
import { begin, eventTypes, expectPending, flow, notified, orgWith, run, stage, subject } from './testing/org-fixture.ts';

describe('skip rules while running', () => {
  it('skips the requester among a stage’s approvers', () => {
    const finance = flow([stage('finance', { kind: 'role', role: 'finance' }, { mode: 'all' })]);
    const { instance, events } = begin(finance, {
      subject: subject({ requesterId: 'fin1', departmentId: 'fin', departmentChain: ['fin', 'hq'] }),
    });
    expectPending(instance, ['cfo', 'fin2']);
    expect(instance.stages[0]?.skipped).toEqual([
      { employeeId: 'fin1', reason: 'requester' },
      { employeeId: 'gone', reason: 'inactive' },
    ]);
    expect(events[1]?.data).toMatchObject({ skipped: instance.stages[0]?.skipped });
  });
  it('skips an approver who already approved an earlier stage when the flow says so', () => {
    const stages = [
      stage('manager', { kind: 'direct_manager' }),
      stage('head', { kind: 'department_head', of: 'requester' }),
      stage('finance', { kind: 'role', role: 'finance' }),
    ];
    const skipping = run(begin(flow(stages, { skipRepeatedApprover: true })).instance, [{ type: 'approve', by: 'lead' }]);
    expectPending(skipping.instance, ['vp']);
    const headDone = run(skipping.instance, [{ type: 'approve', by: 'vp' }]);
    expectPending(headDone.instance, ['cfo', 'fin1', 'fin2']);

    const leadHeads = orgWith((o) => o.departments.forEach((d) => d.id === 'east' && (d.headId = 'lead')));
    const repeated = run(
      begin(flow(stages, { skipRepeatedApprover: true }), { dir: leadHeads }).instance,
      [{ type: 'approve', by: 'lead' }],
      undefined,
      leadHeads,
    );
    expect(eventTypes(repeated)).toEqual(['approved', 'stage_approved', 'stage_skipped', 'stage_entered']);
    expect(repeated.events[2]?.data).toMatchObject({
      reason: 'already_approved',
      skipped: [{ employeeId: 'lead', reason: 'already_approved' }],
    });
    expect(repeated.instance.stages[1]?.status).toBe('skipped');

    const notSkipping = run(begin(flow(stages), { dir: leadHeads }).instance, [{ type: 'approve', by: 'lead' }], undefined, leadHeads);
    expectPending(notSkipping.instance, ['lead']);
  });
  it('does not count a system (timeout) approval as the person’s', () => {
    const stages = [
      stage('manager', { kind: 'direct_manager' }, { timeout: { afterMinutes: 10, action: 'auto_approve' } }),
      stage('again', { kind: 'user', userId: 'lead' }),
    ];
    const started = begin(flow(stages, { skipRepeatedApprover: true }));
    const timedOut = run(
      started.instance,
      [{ type: 'timeout', stageId: 'manager' }],
      new Date(Date.parse(started.instance.createdAt) + 600_000),
    );
    expectPending(timedOut.instance, ['lead']);
  });
});

describe('empty stages while running', () => {
  const ceoAsks = subject({ requesterId: 'ceo', departmentId: 'hq', departmentChain: ['hq'] });
  it("'skip' passes over the stage to the next", () => {
    const { instance, events } = begin(
      flow([stage('manager', { kind: 'direct_manager' }), stage('finance', { kind: 'role', role: 'finance' })]),
      { subject: ceoAsks },
    );
    expect(events.map((e) => e.type)).toEqual(['submitted', 'stage_skipped', 'stage_entered']);
    expect(events[1]).toMatchObject({ by: 'system', stageId: 'manager', data: { reason: 'no_approvers' } });
    expect(instance.stages.map((s) => s.status)).toEqual(['skipped', 'active']);
  });
  it('a flow whose every stage is empty is approved at once', () => {
    const result = begin(flow([stage('manager', { kind: 'direct_manager' }), stage('owner', { kind: 'project_owner' })]), {
      subject: ceoAsks,
    });
    expect(result.instance.status).toBe('approved');
    expect(result.effects).toEqual([
      expect.objectContaining({ template: 'approved', to: ['ceo'] }),
      { type: 'finished', status: 'approved' },
    ]);
  });
  it("'fallback' asks the named user or role", () => {
    const { instance } = begin(
      flow([stage('manager', { kind: 'direct_manager' }, { onEmpty: { kind: 'fallback', to: { kind: 'user', userId: 'admin' } } })]),
      { subject: ceoAsks },
    );
    expectPending(instance, ['admin']);
    expect(instance.stages[0]?.steps[0]?.approvers[0]?.source).toBe('fallback');
  });
  it("'fail' rejects the request, also in the middle of the flow", () => {
    const failing = flow([
      stage('manager', { kind: 'direct_manager' }),
      stage('owner', { kind: 'project_owner' }, { onEmpty: { kind: 'fail' } }),
    ]);
    const atStart = begin(failing, { subject: ceoAsks });
    expect(atStart.instance.status).toBe('rejected');
    const midway = run(begin(failing).instance, [{ type: 'approve', by: 'lead' }]);
    expect(eventTypes(midway)).toEqual(['approved', 'stage_approved', 'stage_failed', 'completed']);
    expect(midway.instance.status).toBe('rejected');
    expect(midway.instance.stages.map((s) => s.status)).toEqual(['approved', 'rejected']);
    expect(notified(midway.effects, 'approval_failed')).toEqual(['alice']);
    expect(midway.effects.filter((e) => e.type === 'finished')).toEqual([{ type: 'finished', status: 'rejected' }]);
    expect(midway.events.at(-1)?.data).toEqual({ status: 'rejected', reason: 'no_approvers' });
  });
});
