import { describe, expect, it } from 'vitest';
import type { ApproverRule } from './flow-definition.ts';
import { superiorOf } from './org-directory.ts';
import { previewApprovers } from './preview.ts';
import { applySkipRules, resolveRule, resolveStage } from './resolve-approvers.ts';
import { directory, FEB, flow, MAR, orgWith, stage, subject } from './testing/org-fixture.ts';

const resolve = (rule: ApproverRule, overrides: Parameters<typeof subject>[0] = {}, dir = directory) =>
  resolveRule(rule, subject(overrides), dir);

describe('approver rules', () => {
  it('direct manager', () => {
    expect(resolve({ kind: 'direct_manager' })).toEqual([['lead']]);
    expect(resolve({ kind: 'direct_manager' }, { requesterId: 'ceo' })).toEqual([]);
  });
  it('manager chain: one step per level, shorter at the top of the company', () => {
    expect(resolve({ kind: 'manager_chain', levels: 2 })).toEqual([['lead'], ['vp']]);
    expect(resolve({ kind: 'manager_chain', levels: 3 })).toEqual([['lead'], ['vp'], ['ceo']]);
    expect(resolve({ kind: 'manager_chain', levels: 9 })).toEqual([['lead'], ['vp'], ['ceo']]);
    expect(resolve({ kind: 'manager_chain', levels: 3 }, { requesterId: 'vp' })).toEqual([['ceo']]);
    expect(resolve({ kind: 'manager_chain', levels: 3 }, { requesterId: 'ceo' })).toEqual([]);
  });
  it('a request filed for someone else (秘书代订): manager rules start from the anchor (the traveller), who never approves it', () => {
    // fin1 files for alice: alice's manager decides, not fin1's.
    expect(resolve({ kind: 'direct_manager' }, { requesterId: 'fin1', anchorEmployeeId: 'alice' })).toEqual([['lead']]);
    expect(resolve({ kind: 'manager_chain', levels: 2 }, { requesterId: 'fin1', anchorEmployeeId: 'alice' })).toEqual([['lead'], ['vp']]);
    expect(resolve({ kind: 'direct_manager' }, { requesterId: 'alice', anchorEmployeeId: 'fin1' })).toEqual([['cfo']]);
    const context = {
      subject: subject({ requesterId: 'fin1', anchorEmployeeId: 'lead' }),
      directory,
      alreadyApproved: new Set<string>(),
      skipRepeatedApprover: false,
    };
    expect(applySkipRules([['lead', 'vp']], context)).toEqual({ steps: [['vp']], skipped: [{ employeeId: 'lead', reason: 'requester' }] });
  });
  it('manager chain stops at a loop in corrupt reporting lines', () => {
    const looped = orgWith((o) => {
      const ceo = o.employees.find((e) => e.id === 'ceo');
      if (ceo) ceo.managerId = 'lead';
    });
    expect(resolve({ kind: 'manager_chain', levels: 10 }, {}, looped)).toEqual([['lead'], ['vp'], ['ceo']]);
  });
  it('department head of the requester or of the parent, climbing past headless departments', () => {
    expect(resolve({ kind: 'department_head', of: 'requester' })).toEqual([['vp']]);
    expect(resolve({ kind: 'department_head', of: 'parent' })).toEqual([['vp']]);
    expect(resolve({ kind: 'department_head', of: 'parent' }, { departmentId: 'sales' })).toEqual([['ceo']]);
    expect(resolve({ kind: 'department_head', of: 'requester' }, { departmentId: 'fin' })).toEqual([['cfo']]);
    expect(resolve({ kind: 'department_head', of: 'parent' }, { departmentId: 'hq' })).toEqual([]);
  });
  it('role, user and project owner', () => {
    expect(resolve({ kind: 'role', role: 'finance' })).toEqual([['cfo', 'fin1', 'fin2', 'gone']]);
    expect(resolve({ kind: 'role', role: 'nobody' })).toEqual([[]]);
    expect(resolve({ kind: 'user', userId: 'admin' })).toEqual([['admin']]);
    expect(resolve({ kind: 'project_owner' }, { projectId: 'p1' })).toEqual([['pm']]);
    expect(resolve({ kind: 'project_owner' }, { projectId: 'p2' })).toEqual([]);
    expect(resolve({ kind: 'project_owner' })).toEqual([]);
  });
  it('superiorOf: manager, else own department head, else the head above', () => {
    expect(superiorOf(directory, 'alice')).toBe('lead');
    expect(superiorOf(directory, 'ceo')).toBeNull();
    const noManagers = orgWith((o) => o.employees.forEach((e) => (e.managerId = null)));
    expect(superiorOf(noManagers, 'fin1')).toBe('cfo');
    expect(superiorOf(noManagers, 'cfo')).toBe('ceo');
    expect(superiorOf(noManagers, 'lead')).toBe('vp');
  });
});

describe('skip rules', () => {
  const context = { subject: subject(), directory, alreadyApproved: new Set(['fin1']), skipRepeatedApprover: true };
  it('drops the requester, inactive people, repeated approvers and duplicates, keeping why', () => {
    expect(applySkipRules([['alice', 'cfo', 'gone', 'fin1', 'cfo'], ['fin2']], context)).toEqual({
      steps: [['cfo'], ['fin2']],
      skipped: [
        { employeeId: 'alice', reason: 'requester' },
        { employeeId: 'gone', reason: 'inactive' },
        { employeeId: 'fin1', reason: 'already_approved' },
      ],
    });
  });
  it('keeps repeated approvers when the flow does not skip them', () => {
    expect(applySkipRules([['fin1']], { ...context, skipRepeatedApprover: false }).steps).toEqual([['fin1']]);
  });
  it('drops an inactive level of a chain and keeps the levels above', () => {
    const leadLeft = orgWith((o) => o.employees.forEach((e) => e.id === 'lead' && (e.active = false)));
    const resolution = resolveStage(stage('c', { kind: 'manager_chain', levels: 2 }), { ...context, directory: leadLeft });
    expect(resolution).toEqual({ kind: 'open', steps: [['vp']], source: 'rule', skipped: [{ employeeId: 'lead', reason: 'inactive' }] });
  });
});

describe('empty stages', () => {
  const context = {
    subject: subject({ requesterId: 'ceo', departmentId: 'hq', departmentChain: ['hq'] }),
    directory,
    alreadyApproved: new Set<string>(),
    skipRepeatedApprover: true,
  };
  const managerStage = (onEmpty: Parameters<typeof stage>[2]) => stage('m', { kind: 'direct_manager' }, onEmpty);
  it('skip, fail, or fall back to a user or a role', () => {
    expect(resolveStage(managerStage({ onEmpty: { kind: 'skip' } }), context)).toEqual({
      kind: 'skip',
      reason: 'no_approvers',
      skipped: [],
    });
    expect(resolveStage(managerStage({ onEmpty: { kind: 'fail' } }), context)).toEqual({ kind: 'fail', skipped: [] });
    const toAdmin = managerStage({ onEmpty: { kind: 'fallback', to: { kind: 'user', userId: 'admin' } } });
    expect(resolveStage(toAdmin, context)).toMatchObject({ kind: 'open', steps: [['admin']], source: 'fallback' });
    expect(resolveStage(managerStage({ onEmpty: { kind: 'fallback', to: { kind: 'role', role: 'finance' } } }), context)).toMatchObject({
      kind: 'open',
      steps: [['cfo', 'fin1', 'fin2']],
      skipped: [{ employeeId: 'gone', reason: 'inactive' }],
    });
  });
  it('a fallback that is empty too fails', () => {
    expect(resolveStage(managerStage({ onEmpty: { kind: 'fallback', to: { kind: 'role', role: 'nobody' } } }), context)).toEqual({
      kind: 'fail',
      skipped: [],
    });
    expect(resolveStage(managerStage({ onEmpty: { kind: 'fallback', to: { kind: 'user', userId: 'ceo' } } }), context)).toEqual({
      kind: 'fail',
      skipped: [{ employeeId: 'ceo', reason: 'requester' }],
    });
  });
  it('a stage emptied only because its approvers already approved is skipped, even with onEmpty fail', () => {
    const cfoStage = stage('c', { kind: 'user', userId: 'cfo' }, { onEmpty: { kind: 'fail' } });
    expect(resolveStage(cfoStage, { ...context, alreadyApproved: new Set(['cfo']) })).toEqual({
      kind: 'skip',
      reason: 'already_approved',
      skipped: [{ employeeId: 'cfo', reason: 'already_approved' }],
    });
  });
});

describe('previewApprovers', () => {
  it('shows the likely path, skipping repeats as if everyone approved', () => {
    const definition = flow(
      [
        stage('chain', { kind: 'manager_chain', levels: 2 }),
        stage('head', { kind: 'department_head', of: 'requester' }),
        stage('fin', { kind: 'role', role: 'finance' }),
        stage('x', { kind: 'project_owner' }, { onEmpty: { kind: 'fail' } }),
        stage('never', { kind: 'user', userId: 'ceo' }),
      ],
      { skipRepeatedApprover: true },
    );
    const summary = previewApprovers(definition, subject(), directory).map(({ stageId, resolution: r }) => [
      stageId,
      r.kind,
      r.kind === 'open' ? r.steps : r.kind === 'skip' ? r.reason : null,
    ]);
    expect(summary).toEqual([
      ['chain', 'open', [['lead'], ['vp']]],
      ['head', 'skip', 'already_approved'],
      ['fin', 'open', [['cfo', 'fin1', 'fin2']]],
      ['x', 'fail', null],
    ]);
  });
});

describe('directoryFromSnapshot delegation', () => {
  it('is in force from its start (inclusive) to its end (exclusive)', () => {
    expect(directory.delegateOf('lead', FEB)).toBeNull();
    expect(directory.delegateOf('lead', MAR)).toBe('assistant');
    expect(directory.delegateOf('lead', new Date('2025-03-01T00:00:00.000Z'))).toBe('assistant');
    expect(directory.delegateOf('lead', new Date('2025-03-10T00:00:00.000Z'))).toBeNull();
    expect(directory.delegateOf('vp', new Date('2030-01-01T00:00:00.000Z'))).toBe('bob');
    expect(directory.isActive('nobody')).toBe(false);
  });
});
