import { describe, expect, it } from 'vitest';
import { coverageGaps } from './coverage.ts';
import type { Rule } from './rule-types.ts';
import { validatePolicy } from './validate-policy.ts';

const caps = { tier1: 60_000, new_tier1: 50_000, tier2: 40_000, other: 30_000 };
const ranks = [
  { code: 'P1', level: 1, name: '专员' },
  { code: 'M1', level: 6, name: '经理' },
  { code: 'D1', level: 9, name: '总监' },
];
const juniorFlights: Rule = {
  id: 'f',
  kind: 'flight_cabin',
  action: 'block',
  appliesTo: { maxRankLevel: 5 },
  params: { maxCabin: 'economy' },
};
const hotels: Rule = {
  id: 'h',
  kind: 'hotel_nightly_cap',
  action: 'warn',
  params: { bands: [{ maxRankLevel: 6, tierCapsFen: caps }] },
};
const trains: Rule = { id: 't', kind: 'train_seat', action: 'warn', params: { maxSeat: 'second', maxSleeper: 'hard_sleeper' } };
const cars: Rule = { id: 'c', kind: 'car_ride_cap', action: 'warn', params: { maxFen: 20_000 } };
const budget: Rule = { id: 'b', kind: 'trip_daily_budget', action: 'warn', params: { maxFenPerDay: 1 } };

describe('coverageGaps', () => {
  it('names each rank and category left without a rule, and ranks no hotel band covers', () => {
    const gaps = coverageGaps([juniorFlights, hotels, trains, cars, budget], ranks);
    expect(gaps.map((g) => [g.rankCode, g.category, g.reason])).toEqual([
      ['M1', 'flight', 'no_rule'],
      ['D1', 'flight', 'no_rule'],
      ['D1', 'hotel', 'no_hotel_band'],
    ]);
    expect(gaps[0]?.message).toEqual({
      'zh-CN': '职级 M1（经理，级别 6）没有适用的机票规则',
      en: 'No flights rule applies to rank M1 (经理, level 6)',
    });
    expect(gaps[2]?.message['zh-CN']).toContain('没有对应的酒店每晚限额档位');
  });

  it('counts a default row as covering the ranks nothing else lists', () => {
    const fallback: Rule = {
      id: 'fd',
      kind: 'flight_cabin',
      action: 'warn',
      appliesTo: { otherwise: true },
      params: { maxCabin: 'business' },
    };
    const gaps = coverageGaps([juniorFlights, fallback, hotels, trains, cars], ranks);
    expect(gaps.filter((g) => g.category === 'flight')).toEqual([]);
  });

  it('does not count trip-wide rules as covering a category', () => {
    expect(coverageGaps([budget], [ranks[0] ?? { code: 'P1', level: 1, name: '' }]).map((g) => g.category)).toEqual([
      'flight',
      'hotel',
      'train',
      'car',
    ]);
  });
});

describe('validation of the new fields', () => {
  it('allows personal_pay on fare and hotel caps only', () => {
    expect(validatePolicy([{ ...hotels, action: 'personal_pay' }])).toEqual([]);
    expect(validatePolicy([{ ...trains, action: 'personal_pay' }])).toEqual([
      { path: 'rules.0.action', message: expect.stringContaining('personal_pay') as unknown as string },
    ]);
  });

  it('refuses an empty or repeated cabin scope, an unknown cabin, and a default row with ranks', () => {
    const cap = { id: 'p', kind: 'flight_price_cap', action: 'warn' };
    expect(validatePolicy([{ ...cap, params: { mode: 'absolute', maxFen: 1, cabins: [] } }]).map((p) => p.path)).toEqual([
      'rules.0.params.cabins',
    ]);
    expect(
      validatePolicy([{ ...cap, params: { mode: 'absolute', maxFen: 1, cabins: ['economy', 'economy'] } }]).map((p) => p.path),
    ).toEqual(['rules.0.params.cabins.1']);
    expect(validatePolicy([{ ...cap, params: { mode: 'absolute', maxFen: 1, cabins: ['coach'] } }]).map((p) => p.path)).toEqual([
      'rules.0.params.cabins.0',
    ]);
    expect(validatePolicy([{ ...juniorFlights, appliesTo: { otherwise: true, ranks: ['P1'] } }]).map((p) => p.path)).toEqual([
      'rules.0.appliesTo.otherwise',
    ]);
    expect(validatePolicy([{ ...juniorFlights, appliesTo: { otherwise: 'yes' } }]).map((p) => p.path)).toEqual([
      'rules.0.appliesTo.otherwise',
    ]);
  });
});
