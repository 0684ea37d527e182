import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from './compile-policy.ts';
import type { RuleCheckData } from './evaluation-types.ts';
import { evaluate } from './evaluate.ts';
import { formatFen } from '../../../platform/format/money.ts';
import type { PolicyVersion } from './rule-types.ts';
import { ACTION_SEVERITY, RULE_ACTIONS } from './scales.ts';
import { caseArb, singleRuleCaseArb } from './testing/arbitraries.ts';
import { policyOf } from './testing/fixtures.ts';
import { tightenings } from './testing/tighten.ts';

const runs = { numRuns: 300 };

/**
 * The limit itself never loosens: difference = actual − limit, so a lower cap (or a lower class)
 * raises it and a higher minimum (days in advance, the only minimum) lowers it. This catches a
 * looser limit even when no option happens to sit between the two limits.
 */
function expectNoLooser(before: RuleCheckData | undefined, after: RuleCheckData | undefined): void {
  if (!before?.applicable || !after?.applicable || before.difference === null || after.difference === null) return;
  if (before.unit === 'days') expect(after.difference).toBeLessThanOrEqual(before.difference);
  else expect(after.difference).toBeGreaterThanOrEqual(before.difference);
}

describe('evaluate (properties)', () => {
  it('is deterministic, also for a policy and option read back from JSON (what-if replay)', () => {
    fc.assert(
      fc.property(caseArb, ([policy, traveller, option]) => {
        const first = evaluate(policy, traveller, option);
        expect(evaluate(policy, traveller, option)).toEqual(first);
        const replayed = evaluate(JSON.parse(JSON.stringify(policy)), traveller, JSON.parse(JSON.stringify(option)));
        expect(replayed).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      runs,
    );
  });

  it('reports every rule in order; the outcome is the strictest failing action', () => {
    fc.assert(
      fc.property(caseArb, ([policy, traveller, option]) => {
        const e = evaluate(policy, traveller, option);
        expect(e.checks.map((c) => c.ruleId)).toEqual(policy.rules.map((r) => r.id));
        const failing = e.checks.filter((c) => !c.passed);
        expect(failing.every((c) => c.applicable)).toBe(true);
        const strictest = failing.reduce((worst, c) => Math.max(worst, ACTION_SEVERITY[c.action]), 0);
        expect(e.outcome).toBe(RULE_ACTIONS[strictest]);
        expect(e.compliant).toBe(failing.length === 0);
        expect(e.requiresReasonCode).toBe(e.outcome !== 'block' && failing.some((c) => c.action === 'warn'));
        const { checks: _checks, ...decision } = e;
        expect(compilePolicy(policy, traveller).decide(option)).toEqual(decision);
      }),
      runs,
    );
  });

  it('never lets a stricter numeric limit turn a failing check into a passing one (monotonicity)', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 50 }), ([policy, traveller, option], step) => {
        const before = compilePolicy(policy, traveller).verdict(option);
        policy.rules.forEach((rule, i) => {
          for (const stricter of tightenings(rule, step)) {
            const tightened: PolicyVersion = { ...policy, rules: policy.rules.map((r, j) => (j === i ? stricter : r)) };
            const after = compilePolicy(tightened, traveller).verdict(option);
            before.checks.forEach((c, j) => {
              if (c.applicable && !c.passed) expect(after.checks[j]).toMatchObject({ applicable: true, passed: false });
              expectNoLooser(c, after.checks[j]);
            });
            expect(ACTION_SEVERITY[after.outcome]).toBeGreaterThanOrEqual(ACTION_SEVERITY[before.outcome]);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a stricter limit of a single rule pass an option it failed (monotonicity, rule by rule)', () => {
    fc.assert(
      fc.property(singleRuleCaseArb, fc.integer({ min: 1, max: 50 }), ([rule, traveller, option], step) => {
        const [before] = compilePolicy(policyOf(rule), traveller).verdict(option).checks;
        for (const stricter of tightenings(rule, step)) {
          const [after] = compilePolicy(policyOf(stricter), traveller).verdict(option).checks;
          if (before?.applicable && !before.passed) expect(after).toMatchObject({ applicable: true, passed: false });
          expectNoLooser(before, after);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('explains every check in both languages, money checks with their amounts', () => {
    fc.assert(
      fc.property(caseArb, ([policy, traveller, option]) => {
        for (const c of evaluate(policy, traveller, option).checks) {
          expect(c.explanation['zh-CN'].length).toBeGreaterThan(0);
          expect(c.explanation.en.length).toBeGreaterThan(0);
          if (c.applicable && c.unit === 'fen' && typeof c.actual === 'number' && typeof c.limit === 'number') {
            for (const text of [c.explanation['zh-CN'], c.explanation.en]) {
              expect(text).toContain(formatFen(c.actual));
              expect(text).toContain(formatFen(c.limit));
              if (c.difference !== 0) expect(text).toContain(formatFen(Math.abs(c.difference ?? 0)));
            }
          }
        }
      }),
      runs,
    );
  });
});
