import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Traveller } from './option-types.ts';
import { RESOLUTION_ORDER, resolvePolicy, type PolicyAssignment } from './resolve-policy.ts';
import { traveller } from './testing/fixtures.ts';

// hq ← sales ← sales-east; the traveller is P5 (level 5) in sales-east.
const me = traveller();
const a = (id: string, fields: Omit<PolicyAssignment, 'id' | 'policyId'> = {}): PolicyAssignment => ({
  id,
  policyId: `policy-${id}`,
  ...fields,
});

describe('resolvePolicy', () => {
  it('documents its order', () => {
    expect(RESOLUTION_ORDER.map((r) => r.key)).toEqual(['scope', 'department_distance', 'rank_exactness', 'priority', 'id']);
  });

  it('prefers department and rank, then department, then rank, then the tenant default', () => {
    const all = [
      a('default'),
      a('rank', { rankCodes: ['P5'] }),
      a('dept', { departmentId: 'hq' }),
      a('both', { departmentId: 'hq', minRankLevel: 1 }),
    ];
    expect(resolvePolicy(all, me)?.id).toBe('both');
    expect(resolvePolicy(all.slice(0, 3), me)?.id).toBe('dept');
    expect(resolvePolicy(all.slice(0, 2), me)?.id).toBe('rank');
    expect(resolvePolicy(all.slice(0, 1), me)?.id).toBe('default');
    expect(resolvePolicy([], me)).toBeNull();
  });

  it('prefers the deepest department, then exact rank codes over a level range', () => {
    expect(
      resolvePolicy([a('hq', { departmentId: 'hq' }), a('east', { departmentId: 'sales-east' }), a('sales', { departmentId: 'sales' })], me)
        ?.id,
    ).toBe('east');
    expect(resolvePolicy([a('range', { minRankLevel: 3, maxRankLevel: 6 }), a('exact', { rankCodes: ['P5'] })], me)?.id).toBe('exact');
    expect(
      resolvePolicy(
        [a('deep-range', { departmentId: 'sales', maxRankLevel: 9 }), a('shallow-exact', { departmentId: 'hq', rankCodes: ['P5'] })],
        me,
      )?.id,
    ).toBe('deep-range');
  });

  it('breaks ties by priority, then by the smaller id', () => {
    expect(resolvePolicy([a('b', { departmentId: 'hq', priority: 2 }), a('a', { departmentId: 'hq', priority: 1 })], me)?.id).toBe('b');
    expect(resolvePolicy([a('b', { departmentId: 'hq' }), a('a', { departmentId: 'hq' })], me)?.id).toBe('a');
  });

  it('skips assignments that do not match', () => {
    const none = [
      a('other-dept', { departmentId: 'finance' }),
      a('other-rank', { rankCodes: ['M1'] }),
      a('too-senior', { minRankLevel: 6 }),
      a('code-but-level', { rankCodes: ['P5'], maxRankLevel: 4 }),
    ];
    expect(resolvePolicy(none, me)).toBeNull();
    expect(resolvePolicy([a('empty-codes', { rankCodes: [] })], me)?.id).toBe('empty-codes');
  });
});

/** The reference: filter the matches step by step, written apart from the implementation's comparator. */
function reference(assignments: readonly PolicyAssignment[], t: Traveller): string | null {
  const hasRank = (x: PolicyAssignment) => (x.rankCodes ?? []).length > 0 || x.minRankLevel != null || x.maxRankLevel != null;
  const hasDept = (x: PolicyAssignment) => x.departmentId != null;
  let matches = assignments.filter((x) => {
    if (hasDept(x) && !t.departmentChain.includes(x.departmentId ?? '')) return false;
    if ((x.rankCodes ?? []).length > 0 && !(x.rankCodes ?? []).includes(t.rankCode)) return false;
    if (x.minRankLevel != null && t.rankLevel < x.minRankLevel) return false;
    if (x.maxRankLevel != null && t.rankLevel > x.maxRankLevel) return false;
    return true;
  });
  for (const scope of [
    (x: PolicyAssignment) => hasDept(x) && hasRank(x),
    (x: PolicyAssignment) => hasDept(x),
    (x: PolicyAssignment) => hasRank(x),
    () => true,
  ]) {
    const inScope = matches.filter(scope);
    if (inScope.length > 0) {
      matches = inScope;
      break;
    }
  }
  // The chain is nearest first: the smallest index is the department closest to the traveller.
  const distance = (x: PolicyAssignment) => (hasDept(x) ? t.departmentChain.indexOf(x.departmentId ?? '') : -1);
  const nearest = Math.min(...matches.map(distance));
  matches = matches.filter((x) => distance(x) === nearest);
  if (matches.some((x) => (x.rankCodes ?? []).length > 0)) matches = matches.filter((x) => (x.rankCodes ?? []).length > 0);
  const top = Math.max(...matches.map((x) => x.priority ?? 0));
  matches = matches.filter((x) => (x.priority ?? 0) === top);
  return [...matches].map((x) => x.id).sort()[0] ?? null;
}

describe('resolvePolicy (property)', () => {
  const departments = ['d0', 'd1', 'd2', 'd3', 'x'];
  const assignment = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    policyId: fc.constant('p'),
    departmentId: fc.option(fc.constantFrom(...departments), { nil: null }),
    rankCodes: fc.option(fc.subarray(['A', 'B', 'C']), { nil: undefined }),
    minRankLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    maxRankLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  });
  const who = fc.record({
    employeeId: fc.constant('e'),
    rankCode: fc.constantFrom('A', 'B', 'C'),
    rankLevel: fc.integer({ min: 1, max: 5 }),
    departmentId: fc.constant('self'),
    departmentChain: fc.integer({ min: 1, max: 4 }).map((n) => departments.slice(0, n).reverse()),
  });

  it('follows the documented order, whatever the input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(assignment, { selector: (x) => x.id, maxLength: 12 }), who, (list, t) => {
        const expected = reference(list, t);
        expect(resolvePolicy(list, t)?.id ?? null).toBe(expected);
        expect(resolvePolicy([...list].reverse(), t)?.id ?? null).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
