import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import type { TravelOption } from './option-types.ts';
import type { MissingDataMode, PolicyVersion, Rule } from './rule-types.ts';
import { car, flight, hotel, policyOf, traveller } from './testing/fixtures.ts';

const caps = { tier1: 60_000, new_tier1: 50_000, tier2: 40_000, other: 30_000 };

function withMode(mode: MissingDataMode | undefined, ...rules: Rule[]): PolicyVersion {
  const policy = policyOf(...rules);
  return mode === undefined ? policy : { ...policy, missingData: mode };
}

/** Each kind of missing data: the rule, and an option that lacks what the rule needs. */
const missingCases: { name: string; rule: Rule; option: TravelOption; who?: ReturnType<typeof traveller>; zh: string; en: string }[] = [
  {
    name: 'no business fare',
    rule: { id: 'r', kind: 'flight_price_cap', action: 'warn', params: { mode: 'percent_of_business', maxPercent: 0.8 } },
    option: flight({ businessFareFen: null }),
    zh: '没有公务舱价格',
    en: 'no business fare',
  },
  {
    name: 'no lowest fare in the window',
    rule: { id: 'r', kind: 'flight_lowest_fare_window', action: 'warn', params: { windowMinutes: 60, toleranceFen: 0 } },
    option: flight({ lowestFareInWindowFen: null }),
    zh: '最低价',
    en: 'lowest fare',
  },
  {
    name: 'a rank no hotel band covers',
    rule: { id: 'r', kind: 'hotel_nightly_cap', action: 'warn', params: { bands: [{ minRankLevel: 7, tierCapsFen: caps }] } },
    option: hotel(),
    who: traveller({ rankLevel: 3 }),
    zh: '没有对应的酒店标准',
    en: 'No hotel cap band',
  },
  {
    name: 'no daily cost',
    rule: { id: 'r', kind: 'trip_daily_budget', action: 'warn', params: { maxFenPerDay: 100_000 } },
    option: hotel(),
    zh: '未提供行程日均费用',
    en: 'daily cost is not known',
  },
  {
    name: 'no destination',
    rule: { id: 'r', kind: 'trip_destinations', action: 'warn', params: { mode: 'deny', cities: ['sanya'] } },
    option: car(),
    zh: '没有目的地信息',
    en: 'no destination',
  },
];

describe('missing data follows the policy setting', () => {
  for (const c of missingCases) {
    it(`${c.name}: fails closed by default and with 'fail', with the rule's action`, () => {
      for (const mode of [undefined, 'fail'] as const) {
        const e = evaluate(withMode(mode, c.rule), c.who ?? traveller(), c.option);
        expect(e).toMatchObject({ compliant: false, outcome: 'warn', requiresReasonCode: true, dataMissing: true });
        expect(e.checks[0]).toMatchObject({ applicable: true, passed: false, dataMissing: true, limit: null });
        expect(e.checks[0]?.explanation['zh-CN']).toContain(c.zh);
        expect(e.checks[0]?.explanation['zh-CN']).toContain('数据缺失，按设置视为不符合');
        expect(e.checks[0]?.explanation.en).toContain(c.en);
        expect(e.checks[0]?.explanation.en).toContain('data missing: counted as failing');
      }
    });

    it(`${c.name}: passes with a visible flag under 'pass_flagged'`, () => {
      const e = evaluate(withMode('pass_flagged', c.rule), c.who ?? traveller(), c.option);
      expect(e).toMatchObject({ compliant: true, outcome: 'allow', requiresReasonCode: false, dataMissing: true });
      expect(e.checks[0]).toMatchObject({ applicable: true, passed: true, dataMissing: true });
      expect(e.checks[0]?.explanation['zh-CN']).toContain('数据缺失，按设置放行');
      expect(e.checks[0]?.explanation.en).toContain('data missing: passed');
    });
  }

  it('reports no missing data when the data is there', () => {
    const e = evaluate(withMode('fail', missingCases[0]?.rule as Rule), traveller(), flight({ fareFen: 100_000 }));
    expect(e).toMatchObject({ compliant: true, dataMissing: false });
    expect(e.checks[0]?.dataMissing).toBe(false);
  });
});

describe('fare rules scoped to cabins', () => {
  const economyCap: Rule = {
    id: 'eco-7',
    kind: 'flight_price_cap',
    action: 'warn',
    params: { mode: 'discount_of_full_economy', maxDiscount: 0.7, cabins: ['economy'] },
  };
  const cabin: Rule = { id: 'cabin', kind: 'flight_cabin', action: 'require_approval', params: { maxCabin: 'business' } };
  const manager = traveller({ rankCode: 'M1', rankLevel: 8 });

  it('does not flag a manager entitled to business on a business fare', () => {
    const e = evaluate(policyOf(cabin, economyCap), manager, flight({ cabin: 'business', fareFen: 450_000 }));
    expect(e).toMatchObject({ compliant: true, outcome: 'allow' });
    expect(e.checks[1]).toMatchObject({ ruleId: 'eco-7', applicable: false, passed: true, dataMissing: false });
    expect(e.checks[1]?.explanation['zh-CN']).toBe('本规则仅适用于经济舱，所选舱位为公务舱');
    expect(e.checks[1]?.explanation.en).toBe('This rule applies only to economy; the fare is business');
  });

  it('still caps economy fares', () => {
    const e = evaluate(policyOf(cabin, economyCap), manager, flight({ cabin: 'economy', fareFen: 130_000 }));
    expect(e).toMatchObject({ compliant: false, outcome: 'warn' });
    expect(e.checks[1]).toMatchObject({ applicable: true, passed: false, limit: 126_000, difference: 4_000 });
  });

  it('scopes the lowest-fare rule the same way', () => {
    const lowest: Rule = {
      id: 'low',
      kind: 'flight_lowest_fare_window',
      action: 'block',
      params: { windowMinutes: 60, toleranceFen: 0, cabins: ['economy', 'premium_economy'] },
    };
    expect(evaluate(policyOf(lowest), manager, flight({ cabin: 'business', lowestFareInWindowFen: 1 })).outcome).toBe('allow');
    expect(evaluate(policyOf(lowest), manager, flight({ cabin: 'premium_economy', lowestFareInWindowFen: 1 })).outcome).toBe('block');
    // A business fare with no lowest fare known is out of scope, not missing data.
    expect(evaluate(policyOf(lowest), manager, flight({ cabin: 'business', lowestFareInWindowFen: null })).dataMissing).toBe(false);
  });
});

describe('超标个人付 (personal_pay)', () => {
  const flightCap: Rule = { id: 'cap', kind: 'flight_price_cap', action: 'personal_pay', params: { mode: 'absolute', maxFen: 100_000 } };
  const hotelCap: Rule = { id: 'hotel', kind: 'hotel_nightly_cap', action: 'personal_pay', params: { bands: [{ tierCapsFen: caps }] } };

  it('allows a flight over the cap and says what the traveller pays', () => {
    const e = evaluate(policyOf(flightCap), traveller(), flight({ fareFen: 123_400 }));
    expect(e).toMatchObject({ compliant: false, outcome: 'allow', requiresReasonCode: false, personalPayFen: 23_400 });
    expect(e.checks[0]).toMatchObject({ passed: false, action: 'personal_pay', personalPayFen: 23_400 });
    expect(e.checks[0]?.explanation['zh-CN']).toContain('¥234.00 由出行人个人支付');
    expect(e.checks[0]?.explanation.en).toContain('the traveller pays ¥234.00 above the cap personally');
  });

  it('charges a hotel stay the excess of every night', () => {
    // Guangzhou is tier 1 (cap ¥600); two nights at ¥650.
    const e = evaluate(policyOf(hotelCap), traveller(), hotel({ nightlyRateFen: 65_000, checkIn: '2025-04-10', checkOut: '2025-04-12' }));
    expect(e).toMatchObject({ outcome: 'allow', personalPayFen: 10_000 });
    expect(e.checks[0]?.explanation['zh-CN']).toContain('（按入住晚数合计） ¥100.00 由出行人个人支付');
    expect(e.checks[0]?.explanation.en).toContain('(for all nights of the stay)');
  });

  it('pays nothing within the cap, and a stricter failed rule still decides the outcome', () => {
    expect(evaluate(policyOf(flightCap), traveller(), flight({ fareFen: 100_000 }))).toMatchObject({ compliant: true, personalPayFen: 0 });
    const cabin: Rule = { id: 'cabin', kind: 'flight_cabin', action: 'block', params: { maxCabin: 'economy' } };
    const e = evaluate(policyOf(flightCap, cabin), traveller(), flight({ cabin: 'business', fareFen: 150_000 }));
    expect(e).toMatchObject({ outcome: 'block', personalPayFen: 50_000 });
  });

  it('asks for approval when the cap cannot be computed and the policy fails closed', () => {
    const business: Rule = { ...flightCap, params: { mode: 'percent_of_business', maxPercent: 0.5 } };
    const e = evaluate(policyOf(business), traveller(), flight({ businessFareFen: null }));
    expect(e).toMatchObject({ outcome: 'require_approval', personalPayFen: 0, dataMissing: true });
    expect(e.checks[0]?.personalPayFen).toBeNull();
  });

  it('pays exactly the fare above the cap, never a negative amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (cap, fare) => {
        const rule: Rule = { ...flightCap, params: { mode: 'absolute', maxFen: cap } };
        const e = evaluate(policyOf(rule), traveller(), flight({ fareFen: fare }));
        expect(e.personalPayFen).toBe(Math.max(0, fare - cap));
        expect(e.outcome).toBe('allow');
        expect(e.compliant).toBe(fare <= cap);
      }),
      { numRuns: 200 },
    );
  });

  it('charges a stay nights × the nightly excess (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 1, max: 20 }), (rate, nights) => {
        const checkOut = new Date(Date.UTC(2025, 4, 1 + nights)).toISOString().slice(0, 10);
        const e = evaluate(policyOf(hotelCap), traveller(), hotel({ nightlyRateFen: rate, checkIn: '2025-05-01', checkOut }));
        expect(e.personalPayFen).toBe(Math.max(0, rate - caps.tier1) * nights);
      }),
      { numRuns: 200 },
    );
  });
});

describe('default rows (appliesTo.otherwise)', () => {
  const juniors: Rule = {
    id: 'junior',
    kind: 'flight_cabin',
    action: 'block',
    appliesTo: { ranks: ['P1', 'P2'] },
    params: { maxCabin: 'economy' },
  };
  const fallback: Rule = {
    id: 'default',
    kind: 'flight_cabin',
    action: 'warn',
    appliesTo: { otherwise: true },
    params: { maxCabin: 'premium_economy' },
  };

  it('covers ranks no other rule of its kind lists', () => {
    const newRank = evaluate(policyOf(juniors, fallback), traveller({ rankCode: 'X9', rankLevel: 9 }), flight({ cabin: 'business' }));
    expect(newRank.checks.map((c) => [c.ruleId, c.applicable])).toEqual([
      ['junior', false],
      ['default', true],
    ]);
    expect(newRank.outcome).toBe('warn');
  });

  it('stays out of the way of a rank a rule lists', () => {
    const listed = evaluate(policyOf(juniors, fallback), traveller({ rankCode: 'P1', rankLevel: 1 }), flight({ cabin: 'premium_economy' }));
    expect(listed.checks.map((c) => [c.ruleId, c.applicable])).toEqual([
      ['junior', true],
      ['default', false],
    ]);
    expect(listed.outcome).toBe('block');
  });
});
