import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, FlowDefinition } from './flow-definition.ts';
import { conditionHolds, orderFlows, selectFlow } from './select-flow.ts';
import { flow, stage, subject } from './testing/org-fixture.ts';
import { validateFlow } from './validate-flow.ts';

const holds = (condition: Condition, overrides: Parameters<typeof subject>[0] = {}) => conditionHolds(condition, subject(overrides));
const manager = [stage('m', { kind: 'direct_manager' })];

describe('conditions', () => {
  it('compares amounts inclusively', () => {
    expect(holds({ kind: 'amount_at_least', fen: 100_000 }, { amountFen: 100_000 })).toBe(true);
    expect(holds({ kind: 'amount_at_least', fen: 100_000 }, { amountFen: 99_999 })).toBe(false);
    expect(holds({ kind: 'amount_at_most', fen: 100_000 }, { amountFen: 100_000 })).toBe(true);
    expect(holds({ kind: 'amount_at_most', fen: 100_000 }, { amountFen: 100_001 })).toBe(false);
    const between: Condition = { kind: 'amount_between', minFen: 1_000, maxFen: 5_000 };
    expect([999, 1_000, 5_000, 5_001].map((amountFen) => holds(between, { amountFen }))).toEqual([false, true, true, false]);
  });
  it('matches categories', () => {
    expect(holds({ kind: 'category_in', categories: ['hotel', 'flight'] })).toBe(true);
    expect(holds({ kind: 'category_in', categories: ['expense'] })).toBe(false);
  });
  it('matches a department with its whole subtree', () => {
    expect(holds({ kind: 'department_in', departmentIds: ['east'] })).toBe(true);
    expect(holds({ kind: 'department_in', departmentIds: ['sales'] })).toBe(true);
    expect(holds({ kind: 'department_in', departmentIds: ['hq'] })).toBe(true);
    expect(holds({ kind: 'department_in', departmentIds: ['fin'] })).toBe(false);
    expect(holds({ kind: 'department_in', departmentIds: ['east'] }, { departmentId: 'fin', departmentChain: ['fin', 'hq'] })).toBe(false);
  });
  it('tests whether an order lies inside an approved travel request (absent: it does not)', () => {
    expect(holds({ kind: 'within_approved_request', is: true }, { withinApprovedRequest: true })).toBe(true);
    expect(holds({ kind: 'within_approved_request', is: true })).toBe(false);
    expect(holds({ kind: 'within_approved_request', is: false })).toBe(true);
    expect(holds({ kind: 'within_approved_request', is: false }, { withinApprovedRequest: true })).toBe(false);
  });
  it('tests out-of-policy either way', () => {
    expect(holds({ kind: 'out_of_policy', is: true }, { outOfPolicy: true })).toBe(true);
    expect(holds({ kind: 'out_of_policy', is: true })).toBe(false);
    expect(holds({ kind: 'out_of_policy', is: false })).toBe(true);
  });
  it('matches projects and their presence', () => {
    expect(holds({ kind: 'project_in', projectIds: ['p1'] }, { projectId: 'p1' })).toBe(true);
    expect(holds({ kind: 'project_in', projectIds: ['p1'] }, { projectId: 'p2' })).toBe(false);
    expect(holds({ kind: 'project_in', projectIds: ['p1'] })).toBe(false);
    expect(holds({ kind: 'has_project', is: true }, { projectId: 'p2' })).toBe(true);
    expect(holds({ kind: 'has_project', is: false })).toBe(true);
    expect(holds({ kind: 'has_project', is: false }, { projectId: 'p2' })).toBe(false);
  });
});

describe('selectFlow', () => {
  const flows: FlowDefinition[] = [
    flow(manager, { id: 'default', priority: 100, conditions: [] }),
    flow(manager, {
      id: 'big-sales',
      priority: 10,
      conditions: [
        { kind: 'amount_at_least', fen: 1_000_000 },
        { kind: 'department_in', departmentIds: ['sales'] },
      ],
    }),
    flow(manager, { id: 'violation', priority: 5, conditions: [{ kind: 'out_of_policy', is: true }] }),
    flow(manager, {
      id: 'project',
      priority: 20,
      conditions: [
        { kind: 'has_project', is: true },
        { kind: 'category_in', categories: ['flight', 'train'] },
      ],
    }),
  ];
  it('takes the first flow by priority whose conditions all hold', () => {
    expect(selectFlow(flows, subject())?.id).toBe('default');
    expect(selectFlow(flows, subject({ amountFen: 2_000_000 }))?.id).toBe('big-sales');
    expect(selectFlow(flows, subject({ amountFen: 2_000_000, departmentId: 'fin', departmentChain: ['fin', 'hq'] }))?.id).toBe('default');
    expect(selectFlow(flows, subject({ amountFen: 2_000_000, outOfPolicy: true }))?.id).toBe('violation');
    expect(selectFlow(flows, subject({ projectId: 'p1' }))?.id).toBe('project');
    expect(selectFlow(flows, subject({ projectId: 'p1', category: 'hotel' }))?.id).toBe('default');
  });
  it('breaks priority ties by id and returns null when nothing applies', () => {
    const tied = [flow(manager, { id: 'b', priority: 1 }), flow(manager, { id: 'a', priority: 1 })];
    expect(selectFlow(tied, subject())?.id).toBe('a');
    expect(selectFlow([flow(manager, { conditions: [{ kind: 'category_in', categories: ['car'] }] })], subject())).toBeNull();
    expect(selectFlow([], subject())).toBeNull();
  });
  it('does not depend on the order flows are given in (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(flows, { minLength: 1 }), fc.nat(3_000_000), fc.boolean(), (some, amountFen, outOfPolicy) => {
        const s = subject({ amountFen, outOfPolicy });
        const expected = orderFlows(some).find((f) => f.conditions.every((c) => conditionHolds(c, s)))?.id ?? null;
        expect(selectFlow([...some].reverse(), s)?.id ?? null).toBe(expected);
        expect(selectFlow(some, s)?.id ?? null).toBe(expected);
      }),
    );
  });
});

describe('validateFlow', () => {
  it('accepts a sound flow', () => {
    expect(
      validateFlow(
        flow([
          stage('a', { kind: 'manager_chain', levels: 2 }, { timeout: { afterMinutes: 60, action: 'remind', remindEveryMinutes: 30 } }),
        ]),
      ),
    ).toEqual([]);
  });
  it('names what is wrong', () => {
    const bad = flow(
      [
        stage('a', { kind: 'manager_chain', levels: 0 }),
        stage(
          'a',
          { kind: 'role', role: ' ' },
          { timeout: { afterMinutes: -5, action: 'escalate' }, onEmpty: { kind: 'fallback', to: { kind: 'user', userId: '' } } },
        ),
      ],
      {
        conditions: [
          { kind: 'amount_between', minFen: 10, maxFen: 5 },
          { kind: 'category_in', categories: [] },
        ],
      },
    );
    expect(validateFlow(bad)).toEqual([
      { path: 'conditions[0]', code: 'BAD_RANGE' },
      { path: 'conditions[1].categories', code: 'EMPTY_LIST' },
      { path: 'stages[0].approvers.levels', code: 'BAD_NUMBER' },
      { path: 'stages[1].id', code: 'DUPLICATE_STAGE_ID' },
      { path: 'stages[1].approvers.role', code: 'EMPTY_ID' },
      { path: 'stages[1].onEmpty.to.userId', code: 'EMPTY_ID' },
      { path: 'stages[1].timeout.afterMinutes', code: 'BAD_NUMBER' },
    ]);
    expect(validateFlow(flow([]))).toEqual([{ path: 'stages', code: 'NO_STAGES' }]);
  });
});
