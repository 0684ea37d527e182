import fc from 'fast-check';
import type { ApprovalSubject, ApproverRule, EmptyStagePolicy, FlowDefinition, StageDefinition, TimeoutRule } from '../flow-definition.ts';
import { FEB, MAR, org, subject } from './org-fixture.ts';

/** Random flows and subjects over the fixture organisation, for the property tests. */

const rules: ApproverRule[] = [
  { kind: 'direct_manager' },
  { kind: 'manager_chain', levels: 1 },
  { kind: 'manager_chain', levels: 2 },
  { kind: 'manager_chain', levels: 4 },
  { kind: 'department_head', of: 'requester' },
  { kind: 'department_head', of: 'parent' },
  { kind: 'role', role: 'finance' },
  { kind: 'role', role: 'travel_admin' },
  { kind: 'role', role: 'nobody' },
  { kind: 'user', userId: 'cfo' },
  { kind: 'user', userId: 'alice' },
  { kind: 'user', userId: 'gone' },
  { kind: 'project_owner' },
  { kind: 'users', userIds: ['fin1', 'fin2'] },
  { kind: 'users', userIds: ['alice', 'cfo', 'gone'] },
  { kind: 'cost_centre_owner' },
  { kind: 'traveller_managers' },
];

const timeouts: (TimeoutRule | undefined)[] = [
  undefined,
  { afterMinutes: 60, action: 'remind' },
  { afterMinutes: 60, action: 'remind', remindEveryMinutes: 30 },
  { afterMinutes: 120, action: 'escalate' },
  { afterMinutes: 30, action: 'escalate' },
  { afterMinutes: 90, action: 'auto_approve' },
  { afterMinutes: 240, action: 'auto_reject' },
];

const emptyPolicies: EmptyStagePolicy[] = [
  { kind: 'skip' },
  { kind: 'fail' },
  { kind: 'fallback', to: { kind: 'user', userId: 'admin' } },
  { kind: 'fallback', to: { kind: 'role', role: 'finance' } },
  { kind: 'fallback', to: { kind: 'user', userId: 'ceo' } },
];

const stageArbitrary = (id: string): fc.Arbitrary<StageDefinition> =>
  fc
    .record({
      approvers: fc.constantFrom(...rules),
      mode: fc.constantFrom('any' as const, 'all' as const),
      timeout: fc.constantFrom(...timeouts),
      onEmpty: fc.constantFrom(...emptyPolicies),
    })
    .map((s) => {
      const stage: StageDefinition = { id, name: id, approvers: s.approvers, mode: s.mode, onEmpty: s.onEmpty };
      if (s.timeout !== undefined) stage.timeout = s.timeout;
      return stage;
    });

export const flowArbitrary: fc.Arbitrary<FlowDefinition> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => stageArbitrary(`s${i}`))), fc.boolean()))
  .map(([stages, skipRepeatedApprover]) => ({ id: 'random', name: 'Random', priority: 1, conditions: [], stages, skipRepeatedApprover }));

/** The department and its ancestors, nearest first, as the organisation reads them. */
const departmentChain = (departmentId: string | null): string[] => {
  const chain: string[] = [];
  let current = departmentId;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = org.departments.find((d) => d.id === current)?.parentId ?? null;
  }
  return chain;
};

export const subjectArbitrary: fc.Arbitrary<ApprovalSubject> = fc
  .record({
    requesterId: fc.constantFrom('alice', 'bob', 'lead', 'vp', 'ceo', 'fin1', 'pm'),
    projectId: fc.constantFrom(null, 'p1', 'p2'),
    costCentreId: fc.constantFrom(null, 'cc1', 'cc2'),
    travellers: fc.constantFrom(undefined, ['alice', 'fin1'], ['bob', 'lead'], ['pm']),
  })
  .map(({ requesterId, projectId, costCentreId, travellers }) => {
    const departmentId = org.employees.find((e) => e.id === requesterId)?.departmentId ?? 'hq';
    const base = subject({ requesterId, projectId, costCentreId, departmentId, departmentChain: departmentChain(departmentId) });
    return travellers === undefined ? base : { ...base, travellers: [...travellers] };
  });

export const startTimeArbitrary = fc.constantFrom(FEB, MAR);

/** One step of a random walk: which kind of move, which of them, how long after, whether to store and reload first. */
export const stepArbitrary = fc.record({ kind: fc.nat(), pick: fc.nat(), waitMinutes: fc.nat(90), reload: fc.boolean() });
