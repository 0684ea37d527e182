import { describe, expect, it } from 'vitest';
import { act } from './act.ts';
import { carbonCopiedTo } from './carbon-copy.ts';
import { checkRequesterChoices } from './requester-choice.ts';
import { stageProgress } from './progress.ts';
import { resolveRule } from './resolve-approvers.ts';
import { validateFlow } from './validate-flow.ts';
import type { ApproverRule } from './flow-definition.ts';
import type { ApprovalInstance } from './instance.ts';
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

const officers: ApproverRule = { kind: 'users', userIds: ['fin1', 'fin2', 'cfo'] };
const progress = (instance: ApprovalInstance, index = 0) => {
  const s = instance.stages[index];
  return s === undefined ? null : stageProgress(s);
};

describe('several named people in one stage', () => {
  it('会签: every named officer must approve, in any order; progress counts them', () => {
    const { instance } = begin(flow([stage('finance', officers, { mode: 'all' })]));
    expectPending(instance, ['fin1', 'fin2', 'cfo']);
    expect(progress(instance)).toEqual({ approved: 0, total: 3 });
    const two = run(instance, [
      { type: 'approve', by: 'fin2' },
      { type: 'approve', by: 'cfo' },
    ]);
    expectPending(two.instance, ['fin1']);
    expect(progress(two.instance)).toEqual({ approved: 2, total: 3 });
    const all = run(two.instance, [{ type: 'approve', by: 'fin1' }]);
    expect(all.instance.status).toBe('approved');
    expect(progress(all.instance)).toEqual({ approved: 3, total: 3 });
  });
  it('会签: a rejection by one of them rejects the request; the others are no longer asked', () => {
    const { instance } = begin(flow([stage('finance', officers, { mode: 'all' })]));
    const rejected = run(instance, [
      { type: 'approve', by: 'fin1' },
      { type: 'reject', by: 'fin2', comment: '预算不足', to: 'requester' },
    ]);
    expect(rejected.instance.status).toBe('rejected');
    expect(slotsOf(rejected.instance, 0)).toEqual([
      [
        ['fin1', 'approved'],
        ['fin2', 'rejected'],
        ['cfo', 'cancelled'],
      ],
    ]);
    expect(refusal(() => act(rejected.instance, { type: 'approve', by: 'cfo' }, directory, FEB))).toBe('INSTANCE_CLOSED');
  });
  it('或签: the first approval decides; the others are cancelled and cannot act', () => {
    const { instance } = begin(flow([stage('finance', officers, { mode: 'any' }), stage('admin', { kind: 'user', userId: 'admin' })]));
    const one = run(instance, [{ type: 'approve', by: 'fin2' }]);
    expect(one.instance.currentStageIndex).toBe(1);
    expect(slotsOf(one.instance, 0)[0]?.map(([, status]) => status)).toEqual(['cancelled', 'approved', 'cancelled']);
    expect(progress(one.instance)).toEqual({ approved: 1, total: 1 });
    expect(refusal(() => act(one.instance, { type: 'approve', by: 'fin1' }, directory, FEB))).toBe('ALREADY_DECIDED');
  });
  it('或签: a rejection by one of them rejects, even while others have not answered', () => {
    const { instance } = begin(flow([stage('finance', officers, { mode: 'any' })]));
    const rejected = run(instance, [{ type: 'reject', by: 'cfo', comment: '不合规', to: 'requester' }]);
    expect(rejected.instance.status).toBe('rejected');
  });
  it('the requester and people who have left are not asked; nobody left follows onEmpty', () => {
    const named: ApproverRule = { kind: 'users', userIds: ['alice', 'gone', 'fin1'] };
    const { instance } = begin(flow([stage('finance', named, { mode: 'all' })]));
    expectPending(instance, ['fin1']);
    expect(instance.stages[0]?.skipped).toEqual([
      { employeeId: 'alice', reason: 'requester' },
      { employeeId: 'gone', reason: 'inactive' },
    ]);
    const empty = begin(flow([stage('finance', { kind: 'users', userIds: ['alice', 'gone'] }, { onEmpty: { kind: 'fail' } })]));
    expect(empty.instance.status).toBe('rejected');
  });
  it('validateFlow refuses an empty list and a person named twice', () => {
    expect(validateFlow(flow([stage('a', { kind: 'users', userIds: [] })])).map((i) => i.code)).toEqual(['EMPTY_LIST']);
    expect(validateFlow(flow([stage('a', { kind: 'users', userIds: ['fin1', 'fin1'] })]))).toEqual([
      { path: 'stages[0].approvers.userIds[1]', code: 'DUPLICATE_ID' },
    ]);
  });
});

describe('the cost bearer’s owner', () => {
  it('cost centre owner and project owner come from the subject’s cost centre and project', () => {
    expect(resolveRule({ kind: 'cost_centre_owner' }, subject({ costCentreId: 'cc1' }), directory)).toEqual([['cfo']]);
    expect(resolveRule({ kind: 'project_owner' }, subject({ projectId: 'p1' }), directory)).toEqual([['pm']]);
  });
  it('no cost centre, one without an owner, or an unknown one: nobody, and the stage follows onEmpty', () => {
    for (const costCentreId of [undefined, null, 'cc2', 'nope']) {
      expect(resolveRule({ kind: 'cost_centre_owner' }, subject({ costCentreId }), directory)).toEqual([]);
    }
    const definition = flow([
      stage('cc', { kind: 'cost_centre_owner' }, { onEmpty: { kind: 'fallback', to: { kind: 'user', userId: 'admin' } } }),
      stage('project', { kind: 'project_owner' }, { onEmpty: { kind: 'fail' } }),
    ]);
    const fallback = begin(definition, { subject: subject({ costCentreId: 'cc2', projectId: 'p1' }) });
    expectPending(fallback.instance, ['admin']);
    const failed = run(fallback.instance, [{ type: 'approve', by: 'admin' }], FEB);
    expectPending(failed.instance, ['pm']);
    const noOwner = begin(definition, { subject: subject({ costCentreId: 'cc1', projectId: 'p2' }) });
    const afterCfo = run(noOwner.instance, [{ type: 'approve', by: 'cfo' }]);
    expect(afterCfo.instance.status).toBe('rejected');
    expect(afterCfo.instance.history.find((e) => e.type === 'stage_failed')?.data.reason).toBe('no_approvers');
  });
  it('an owner who is the requester is skipped like any self-approval', () => {
    const { instance } = begin(flow([stage('cc', { kind: 'cost_centre_owner' })]), {
      subject: subject({ requesterId: 'cfo', costCentreId: 'cc1' }),
    });
    expect(instance.status).toBe('approved');
    expect(instance.stages[0]?.skipped).toEqual([{ employeeId: 'cfo', reason: 'requester' }]);
  });
});

describe('each traveller’s manager', () => {
  const rule: ApproverRule = { kind: 'traveller_managers' };
  it('asks every traveller’s direct manager together, each once', () => {
    // alice and bob report to lead, fin1 to cfo: lead once, cfo once.
    const s = subject({ requesterId: 'assistant', travellers: ['alice', 'bob', 'fin1'] });
    expect(resolveRule(rule, s, directory)).toEqual([['lead', 'cfo']]);
    const { instance } = begin(flow([stage('managers', rule, { mode: 'all' })]), { subject: s });
    expectPending(instance, ['lead', 'cfo']);
    const one = run(instance, [{ type: 'approve', by: 'lead' }]);
    expect(one.instance.status).toBe('pending');
    expect(run(one.instance, [{ type: 'approve', by: 'cfo' }]).instance.status).toBe('approved');
  });
  it('a manager who travels too is passed over for the next one up', () => {
    // lead travels with alice: alice's manager lead is on the trip, so vp (lead's manager) approves for both.
    expect(resolveRule(rule, subject({ travellers: ['alice', 'lead'] }), directory)).toEqual([['vp']]);
  });
  it('without a travellers list (instances stored before it) the requester and travellerIds travel', () => {
    expect(resolveRule(rule, subject({ travellerIds: ['fin1'] }), directory)).toEqual([['lead', 'cfo']]);
    expect(resolveRule(rule, subject({ requesterId: 'ceo', departmentId: 'hq' }), directory)).toEqual([]);
  });
  it('a manager who filed the request is passed over too: their own manager approves for that traveller', () => {
    const { instance } = begin(flow([stage('m', rule, { mode: 'all' })]), {
      subject: subject({ requesterId: 'lead', travellers: ['alice', 'fin1'] }),
    });
    expectPending(instance, ['vp', 'cfo']);
    expect(instance.stages[0]?.skipped).toEqual([]);
  });
});

describe('发起人自选: the requester chooses', () => {
  const choose: ApproverRule = { kind: 'requester_choice', candidateIds: ['fin1', 'fin2', 'alice'] };
  const definition = flow([stage('lead', { kind: 'direct_manager' }), stage('pick', choose)]);
  it('the chosen approver is asked when the stage is reached', () => {
    const { instance } = begin(definition, { subject: subject({ chosenApprovers: { pick: 'fin2' } }) });
    const next = run(instance, [{ type: 'approve', by: 'lead' }]);
    expectPending(next.instance, ['fin2']);
  });
  it('refuses a missing choice, one outside the list, the requester themself, someone who left, or an unknown stage', () => {
    const issues = (chosenApprovers: Record<string, string> | undefined, dir = directory) =>
      checkRequesterChoices(definition, subject(chosenApprovers ? { chosenApprovers } : {}), dir).map((i) => `${i.stageId}:${i.code}`);
    expect(issues(undefined)).toEqual(['pick:CHOICE_REQUIRED']);
    expect(issues({ pick: 'cfo' })).toEqual(['pick:NOT_A_CANDIDATE']);
    expect(issues({ pick: 'alice' })).toEqual(['pick:SELF']);
    expect(issues({ pick: 'fin1', lead: 'fin2' })).toEqual(['lead:NO_SUCH_STAGE']);
    const fin1Left = orgWith((o) => o.employees.forEach((e) => (e.active = e.id === 'fin1' ? false : e.active)));
    expect(issues({ pick: 'fin1' }, fin1Left)).toEqual(['pick:INACTIVE']);
    expect(issues({ pick: 'fin1' })).toEqual([]);
    expect(refusal(() => begin(definition, { subject: subject({ chosenApprovers: { pick: 'alice' } }) }))).toBe('INVALID_CHOICE');
    expect(refusal(() => begin(definition))).toBe('INVALID_CHOICE');
  });
  it('a resubmission is checked again', () => {
    const { instance } = begin(definition, { subject: subject({ chosenApprovers: { pick: 'fin1' } }) });
    const returned = run(instance, [{ type: 'return', by: 'lead', comment: '补充行程' }]);
    const bad = subject({ chosenApprovers: { pick: 'cfo' } });
    expect(refusal(() => act(returned.instance, { type: 'resubmit', by: 'alice', subject: bad }, directory, FEB))).toBe('INVALID_CHOICE');
    const good = act(
      returned.instance,
      { type: 'resubmit', by: 'alice', subject: subject({ chosenApprovers: { pick: 'fin2' } }) },
      directory,
      FEB,
    );
    expectPending(run(good.instance, [{ type: 'approve', by: 'lead' }]).instance, ['fin2']);
  });
  it('validateFlow refuses an empty candidate list', () => {
    expect(validateFlow(flow([stage('a', { kind: 'requester_choice', candidateIds: [] })])).map((i) => i.code)).toEqual(['EMPTY_LIST']);
  });
});

describe('抄送: carbon copies', () => {
  const definition = flow(
    [
      stage(
        'lead',
        { kind: 'direct_manager' },
        {
          cc: [
            { kind: 'user', userId: 'pm' },
            { kind: 'user', userId: 'alice' },
          ],
        },
      ),
      stage('finance', { kind: 'user', userId: 'cfo' }),
    ],
    {
      cc: [
        { kind: 'role', role: 'finance' },
        { kind: 'user', userId: 'admin' },
      ],
    },
  );
  it('a stage’s list is copied when the stage is approved, without the requester', () => {
    const { instance } = begin(definition);
    expect(carbonCopiedTo(instance).size).toBe(0);
    const approved = run(instance, [{ type: 'approve', by: 'lead' }]);
    expect(eventTypes(approved)).toEqual(['approved', 'stage_approved', 'carbon_copied', 'stage_entered']);
    expect(notified(approved.effects, 'carbon_copy')).toEqual(['pm']);
    expect([...carbonCopiedTo(approved.instance)]).toEqual(['pm']);
  });
  it('the flow’s list when the approval finishes: role holders now, active ones, each once', () => {
    const done = run(begin(definition).instance, [
      { type: 'approve', by: 'lead' },
      { type: 'approve', by: 'cfo' },
    ]);
    expect(done.instance.status).toBe('approved');
    expect(notified(done.effects, 'carbon_copy')).toEqual(['cfo', 'fin1', 'fin2', 'admin']);
    expect([...carbonCopiedTo(done.instance)].sort()).toEqual(['admin', 'cfo', 'fin1', 'fin2', 'pm']);
    const last = done.instance.history.filter((e) => e.type === 'carbon_copied').at(-1);
    expect(last?.data).toEqual({ recipients: ['cfo', 'fin1', 'fin2', 'admin'], scope: 'flow', status: 'approved' });
  });
  it('a rejection copies the flow’s list too; a withdrawal does not', () => {
    const rejected = run(begin(definition).instance, [{ type: 'reject', by: 'lead', comment: '不去', to: 'requester' }]);
    expect(notified(rejected.effects, 'carbon_copy')).toEqual(['cfo', 'fin1', 'fin2', 'admin']);
    const withdrawn = run(begin(definition).instance, [{ type: 'withdraw', by: 'alice' }]);
    expect(notified(withdrawn.effects, 'carbon_copy')).toEqual([]);
  });
  it('a recipient cannot act or comment: read access is not a place in the approval', () => {
    const approved = run(begin(definition).instance, [{ type: 'approve', by: 'lead' }]);
    expect(refusal(() => act(approved.instance, { type: 'approve', by: 'pm' }, directory, FEB))).toBe('NOT_AN_APPROVER');
    expect(refusal(() => act(approved.instance, { type: 'comment', by: 'pm', text: '收到' }, directory, FEB))).toBe('NOT_INVOLVED');
  });
});
