import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fareWindowMinutes, lowestFareInWindow, withLowestFaresInWindow } from './lowest-fare.ts';
import type { FlightOption } from './option-types.ts';
import { CABINS } from './scales.ts';
import { flight, hotel, policyOf, traveller } from './testing/fixtures.ts';

const at = (hhmm: string) => `2025-04-16T${hhmm}:00Z`;

describe('lowestFareInWindow', () => {
  const list = [
    flight({ departureAt: at('08:00'), fareFen: 90_000 }),
    flight({ departureAt: at('09:00'), fareFen: 120_000 }),
    flight({ departureAt: at('10:00'), fareFen: 100_000 }),
    flight({ departureAt: at('09:30'), fareFen: 50_000, cabin: 'business' }),
    flight({ departureAt: at('09:30'), fareFen: 60_000, destination: 'shenzhen' }),
    hotel(),
  ];

  it('finds the lowest fare of the same route and cabin within ±minutes, bounds included', () => {
    const chosen = list[1] as FlightOption;
    expect(lowestFareInWindow(list, chosen, 59)).toBe(120_000);
    expect(lowestFareInWindow(list, chosen, 60)).toBe(90_000);
    expect(lowestFareInWindow(list, list[2] as FlightOption, 60)).toBe(100_000);
    expect(lowestFareInWindow([], chosen, 60)).toBe(120_000);
  });

  it('annotates a whole result list the same way', () => {
    const annotated = withLowestFaresInWindow(list, 60);
    expect(annotated.map((o) => (o.category === 'flight' ? o.lowestFareInWindowFen : null))).toEqual([
      90_000,
      90_000,
      100_000,
      50_000,
      60_000,
      null,
    ]);
    expect(annotated[5]).toBe(list[5]);
  });

  it('agrees with the one-flight helper on random lists (property)', () => {
    const item = fc.record({
      minute: fc.integer({ min: 0, max: 600 }),
      fareFen: fc.integer({ min: 1, max: 50 }),
      cabin: fc.constantFrom(...CABINS.slice(0, 2)),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 120 }), (items, minutes) => {
        const options = items.map((i) =>
          flight({ departureAt: new Date(Date.UTC(2025, 3, 16) + i.minute * 60_000).toISOString(), fareFen: i.fareFen, cabin: i.cabin }),
        );
        const annotated = withLowestFaresInWindow(options, minutes);
        annotated.forEach((o, i) => expect(o.lowestFareInWindowFen).toBe(lowestFareInWindow(options, options[i] as FlightOption, minutes)));
      }),
    );
  });

  it('finds the window of the lowest-fare rule that applies to the traveller', () => {
    const policy = policyOf(
      {
        id: 'vip',
        kind: 'flight_lowest_fare_window',
        action: 'warn',
        appliesTo: { minRankLevel: 8 },
        params: { windowMinutes: 30, toleranceFen: 0 },
      },
      { id: 'all', kind: 'flight_lowest_fare_window', action: 'warn', params: { windowMinutes: 120, toleranceFen: 0 } },
    );
    expect(fareWindowMinutes(policy, traveller())).toBe(120);
    expect(fareWindowMinutes(policy, traveller({ rankLevel: 9 }))).toBe(30);
    expect(fareWindowMinutes(policyOf(), traveller())).toBeNull();
  });
});
