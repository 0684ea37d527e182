import { describe, expect, it } from 'vitest';
import { compilePolicy } from './compile-policy.ts';
import { evaluate, evaluateMany } from './evaluate.ts';
import type { PolicyVersion, Rule } from './rule-types.ts';
import { car, flight, hotel, policyOf, traveller } from './testing/fixtures.ts';

const cabin: Rule = { id: 'cabin', kind: 'flight_cabin', action: 'require_approval', params: { maxCabin: 'economy' } };
const price: Rule = {
  id: 'price',
  kind: 'flight_price_cap',
  action: 'warn',
  params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 },
};
const star: Rule = { id: 'star', kind: 'hotel_star', action: 'block', params: { maxStars: 4 } };
const budget: Rule = { id: 'budget', kind: 'trip_daily_budget', action: 'allow', params: { maxFenPerDay: 50_000 } };
const execCabin: Rule = {
  id: 'exec-cabin',
  kind: 'flight_cabin',
  action: 'block',
  appliesTo: { minRankLevel: 8 },
  params: { maxCabin: 'business' },
};
const policy: PolicyVersion = policyOf(cabin, price, star, budget, execCabin);

describe('evaluate', () => {
  it('allows a compliant option and reports every rule in policy order', () => {
    const e = evaluate(policy, traveller(), flight({ fareFen: 100_000, tripDailyCostFen: 40_000 }));
    expect(e).toMatchObject({
      policyVersionId: 'pv-1',
      compliant: true,
      outcome: 'allow',
      requiresReasonCode: false,
      dataMissing: false,
      personalPayFen: 0,
    });
    expect(e.checks.map((c) => [c.ruleId, c.applicable, c.passed])).toEqual([
      ['cabin', true, true],
      ['price', true, true],
      ['star', false, true],
      ['budget', true, true],
      ['exec-cabin', false, true],
    ]);
    expect(e.checks.filter((c) => c.applicable).map((c) => c.ruleId)).toEqual(['cabin', 'price', 'budget']);
  });

  it('takes the strictest failing action and asks for a reason code when a warn rule fails', () => {
    expect(evaluate(policy, traveller(), flight({ fareFen: 150_000 }))).toMatchObject({
      compliant: false,
      outcome: 'warn',
      requiresReasonCode: true,
    });
    expect(evaluate(policy, traveller(), flight({ fareFen: 150_000, cabin: 'business' }))).toMatchObject({
      outcome: 'require_approval',
      requiresReasonCode: true,
    });
    expect(evaluate(policy, traveller(), flight({ cabin: 'business', fareFen: 100_000 }))).toMatchObject({
      outcome: 'require_approval',
      requiresReasonCode: false,
    });
  });

  it('asks no reason code for a blocked option, and a failed allow rule only makes it non-compliant', () => {
    expect(evaluate(policy, traveller(), hotel({ stars: 5 }))).toMatchObject({ outcome: 'block', requiresReasonCode: false });
    expect(evaluate(policy, traveller(), hotel({ tripDailyCostFen: 60_000 }))).toMatchObject({
      compliant: false,
      outcome: 'allow',
      requiresReasonCode: false,
    });
    const blockFirst: Rule = { id: 'no-first', kind: 'flight_cabin', action: 'block', params: { maxCabin: 'business' } };
    const both = evaluate(policyOf(price, blockFirst), traveller(), flight({ cabin: 'first', fareFen: 999_999 }));
    expect(both).toMatchObject({ outcome: 'block', requiresReasonCode: false });
  });

  it('applies rank-specific rules through appliesTo', () => {
    const vp = traveller({ rankCode: 'M3', rankLevel: 9 });
    const e = evaluate(policy, vp, flight({ cabin: 'first' }));
    expect(e.checks.find((c) => c.ruleId === 'exec-cabin')).toMatchObject({ applicable: true, passed: false, limit: 'business' });
    expect(e.outcome).toBe('block');
    const skipped = evaluate(policy, traveller(), flight()).checks.find((c) => c.ruleId === 'exec-cabin');
    expect(skipped?.explanation).toEqual({
      'zh-CN': '本规则不适用于职级 P5（级别 5）',
      en: 'This rule does not apply to rank P5 (level 5)',
    });
    const byCode = policyOf({ ...cabin, appliesTo: { ranks: ['P5', 'P6'] } });
    expect(evaluate(byCode, traveller(), flight({ cabin: 'business' })).outcome).toBe('require_approval');
    expect(evaluate(byCode, traveller({ rankCode: 'P7' }), flight({ cabin: 'business' })).outcome).toBe('allow');
  });

  it('explains rules of another category as such', () => {
    const c = evaluate(policy, traveller(), car()).checks.find((k) => k.ruleId === 'cabin');
    expect(c?.explanation).toEqual({ 'zh-CN': '本规则适用于机票，不适用于用车', en: 'This rule applies to flights, not to car rides' });
  });

  it('refuses a rule kind it does not know, rather than ignoring it', () => {
    const bad = JSON.parse('{"id":"x","kind":"spaceflight","action":"block","params":{}}');
    expect(() => evaluate(policyOf(bad), traveller(), flight())).toThrow(/unknown rule kind "spaceflight"/);
    const hide = JSON.parse('{"id":"y","kind":"hotel_star","action":"hide","params":{"maxStars":3}}');
    expect(() => evaluate(policyOf(hide), traveller(), flight())).toThrow(/unknown action "hide"/);
  });
});

describe('compilePolicy and evaluateMany', () => {
  const compiled = compilePolicy(policy, traveller());
  const options = [flight({ fareFen: 100_000 }), flight({ fareFen: 150_000 }), hotel({ stars: 5 }), car()];

  it('gives the same answers in its three forms', () => {
    for (const o of options) {
      const full = evaluate(policy, traveller(), o);
      const { checks: _explained, ...decision } = full;
      expect(compiled.decide(o)).toEqual(decision);
      expect(compiled.explain(o, compiled.verdict(o))).toEqual(full);
      expect(compiled.verdict(o).checks).toEqual(full.checks.map(({ explanation: _e, ...data }) => data));
    }
  });

  it('evaluates a result list with structured checks', () => {
    const verdicts = evaluateMany(policy, traveller(), options);
    expect(verdicts.map((v) => v.outcome)).toEqual(['allow', 'warn', 'block', 'allow']);
    expect(verdicts[1]?.checks[1]).toMatchObject({ ruleId: 'price', passed: false, difference: 24_000 });
  });

  it('counts the rules it checks per category', () => {
    expect(compiled.liveRuleCount('flight')).toBe(3);
    expect(compiled.liveRuleCount('hotel')).toBe(2);
    expect(compiled.liveRuleCount('car')).toBe(1);
  });

  it('refuses to explain a verdict of another policy', () => {
    const other = compilePolicy(policyOf({ ...cabin, id: 'elsewhere' }), traveller());
    expect(() => compiled.explain(flight(), other.verdict(flight()))).toThrow(/elsewhere/);
  });
});
