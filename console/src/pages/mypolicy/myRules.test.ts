import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appliesToTraveller } from '../../../../src/modules/policy/engine/applies-to.ts';
import type { Rule } from '../../api/types';
import { appliesToRank, rulesForRank } from './myRules.ts';

const rank = fc.record({
  code: fc.constantFrom('P1', 'P2', 'M1', 'M2', 'D1'),
  name: fc.constant('x'),
  level: fc.integer({ min: 1, max: 12 }),
});
const appliesTo = fc.option(
  fc.record(
    {
      ranks: fc.array(fc.constantFrom('P1', 'P2', 'M1', 'M2', 'D1'), { maxLength: 3 }),
      minRankLevel: fc.integer({ min: 1, max: 12 }),
      maxRankLevel: fc.integer({ min: 1, max: 12 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('my rules (the console’s view of appliesTo)', () => {
  it('agrees with the policy engine for every rank and appliesTo', () => {
    fc.assert(
      fc.property(appliesTo, rank, (a, r) => {
        expect(appliesToRank(a, r)).toBe(
          appliesToTraveller(a, { employeeId: 'e', rankCode: r.code, rankLevel: r.level, departmentId: 'd', departmentChain: [] }),
        );
      }),
    );
  });

  it('keeps the rules for the rank and counts the others; all of them when the rank is unknown', () => {
    const rule = (id: string, a?: { minRankLevel?: number; ranks?: string[] }) => ({
      id,
      kind: 'flight_advance_booking' as const,
      params: { minDays: 3 },
      action: 'warn' as const,
      ...(a ? { appliesTo: a } : {}),
    });
    const rules = [rule('all'), rule('seniors', { minRankLevel: 6 }), rule('p1', { ranks: ['P1'] })];
    expect(rulesForRank(rules, { code: 'P1', name: '专员', level: 1 })).toEqual({ mine: [rules[0], rules[2]], others: 1 });
    expect(rulesForRank(rules, undefined)).toEqual({ mine: rules, others: 0 });
  });
});

describe('default rows in my rules', () => {
  const rank = { code: 'X9', name: '新职级', level: 9 };
  const listed: Rule = {
    id: 'junior',
    kind: 'flight_cabin',
    action: 'block',
    appliesTo: { ranks: ['P1'] },
    params: { maxCabin: 'economy' },
  };
  const fallback: Rule = {
    id: 'rest',
    kind: 'flight_cabin',
    action: 'warn',
    appliesTo: { otherwise: true },
    params: { maxCabin: 'business' },
  };

  it('shows the default row to a rank no other rule of its kind lists, and hides it from one that is listed', () => {
    expect(rulesForRank([listed, fallback], rank).mine.map((r) => r.id)).toEqual(['rest']);
    expect(rulesForRank([listed, fallback], { code: 'P1', name: '专员', level: 1 }).mine.map((r) => r.id)).toEqual(['junior']);
  });
});
