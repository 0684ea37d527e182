import { describe, expect, it } from 'vitest';
import { type RequestLeg, requestChecks, requestTrip } from './request-trip.ts';
import type { Rule } from './rule-types.ts';
import { policyOf } from './testing/fixtures.ts';

const legs: RequestLeg[] = [
  { fromCity: '北京', toCity: '上海', departDate: '2030-05-10', returnDate: null },
  { fromCity: '上海', toCity: '杭州', departDate: '2030-05-12', returnDate: null },
  { fromCity: '杭州', toCity: '北京', departDate: '2030-05-15', returnDate: null },
];

describe('requestTrip', () => {
  it('turns legs into stays up to the next departure and spreads the estimate per traveller per day and night', () => {
    const trip = requestTrip({
      travellerCount: 2,
      itinerary: [legs[2], legs[0], legs[1]].flatMap((l) => (l ? [l] : [])),
      hotelEstimateFen: 300_000,
      totalEstimateFen: 1_200_000,
    });
    expect(trip.stays).toEqual([
      { city: '上海', checkIn: '2030-05-10', checkOut: '2030-05-12', nights: 2 },
      { city: '杭州', checkIn: '2030-05-12', checkOut: '2030-05-15', nights: 3 },
      { city: '北京', checkIn: '2030-05-15', checkOut: '2030-05-15', nights: 0 },
    ]);
    expect(trip.days).toBe(6);
    expect(trip.dailyCostFen).toBe(100_000);
    expect(trip.nightlyRateFen).toBe(30_000);
  });

  it('uses the return date of a round trip, and counts a day trip as one day without nights', () => {
    const round = requestTrip({
      travellerCount: 1,
      itinerary: [{ fromCity: '北京', toCity: '广州', departDate: '2030-05-10', returnDate: '2030-05-13' }],
      hotelEstimateFen: 90_000,
      totalEstimateFen: 200_000,
    });
    expect(round.stays).toEqual([{ city: '广州', checkIn: '2030-05-10', checkOut: '2030-05-13', nights: 3 }]);
    expect(round.nightlyRateFen).toBe(30_000);
    const day = requestTrip({
      travellerCount: 1,
      itinerary: [{ fromCity: '北京', toCity: '上海', departDate: '2030-05-10', returnDate: '2030-05-10' }],
      hotelEstimateFen: 0,
      totalEstimateFen: 50_000,
    });
    expect(day).toMatchObject({ days: 1, dailyCostFen: 50_000, nightlyRateFen: 0 });
  });
});

describe('requestChecks', () => {
  const budget: Rule = { id: 'b', kind: 'trip_daily_budget', action: 'warn', params: { maxFenPerDay: 1, categories: ['flight'] } };
  const star: Rule = { id: 's', kind: 'hotel_star', action: 'block', params: { maxStars: 3 } };
  const cap: Rule = {
    id: 'h',
    kind: 'hotel_nightly_cap',
    action: 'warn',
    params: { bands: [{ tierCapsFen: { tier1: 1, new_tier1: 1, tier2: 1, other: 1 } }] },
  };

  it('keeps only what a request can answer: the daily budget once, whatever its categories, and the hotel cap where nights are estimated', () => {
    const checks = requestChecks(policyOf(budget, star, cap), {
      travellerCount: 1,
      itinerary: legs,
      hotelEstimateFen: 100_000,
      totalEstimateFen: 100_000,
    });
    expect(checks.map((c) => c.policy.rules.map((r) => r.id))).toEqual([['b', 'h'], ['h'], []]);
    expect(checks[0]?.policy.rules[0]?.params).toEqual({ maxFenPerDay: 1 });
    expect(checks[0]?.option).toMatchObject({ category: 'hotel', cityCode: '上海', destinationCity: '上海', nightlyRateFen: 20_000 });
  });
});
