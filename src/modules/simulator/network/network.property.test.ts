import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locatedCityIds } from '../../geo/index.ts';
import { searchFlights } from '../search.ts';
import { blockMinutesOf } from './flight-routes.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const cities = locatedCityIds();
const carriers = ['sim-ca', 'sim-mu', 'sim-cz', 'sim-hu', 'sim-3u', 'sim-mf'];

describe('the simulated flights, for any route and day', () => {
  it('take longer the farther they fly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 4500 }), fc.integer({ min: 1, max: 2000 }), (km, more) => {
        expect(blockMinutesOf(km + more)).toBeGreaterThanOrEqual(blockMinutesOf(km));
        expect(blockMinutesOf(km) % 5).toBe(0);
      }),
    );
  });

  it('order their fares: a discount ≤ Y < business < first', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((d) => new Date(NOW + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...carriers), fc.constantFrom(...cities), fc.constantFrom(...cities), day, (code, from, to, date) => {
        for (const o of searchFlights(code, { originCityId: from, destinationCityId: to, date }, NOW)) {
          if (o.cabin === 'economy') expect(o.priceFen).toBeLessThanOrEqual(o.fullEconomyFareFen);
          if (o.businessFareFen !== null) expect(o.fullEconomyFareFen).toBeLessThan(o.businessFareFen);
          if (o.cabin === 'business') expect(o.priceFen).toBe(o.businessFareFen);
          if (o.cabin === 'first') expect(o.priceFen).toBeGreaterThan(o.businessFareFen ?? 0);
          expect(Date.parse(o.arrivalAt) - Date.parse(o.departureAt)).toBe(o.durationMinutes * 60_000);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fly every hub route both ways', () => {
    fc.assert(
      fc.property(fc.constantFrom(...carriers), fc.constantFrom(...cities), (code, to) => {
        const hubOf =
          { 'sim-ca': 'beijing', 'sim-mu': 'shanghai', 'sim-cz': 'guangzhou', 'sim-hu': 'haikou', 'sim-3u': 'chengdu', 'sim-mf': 'xiamen' }[
            code
          ] ?? '';
        const out = searchFlights(code, { originCityId: hubOf, destinationCityId: to, date: '2026-03-10' }, NOW).length > 0;
        const back = searchFlights(code, { originCityId: to, destinationCityId: hubOf, date: '2026-03-10' }, NOW).length > 0;
        expect(out).toBe(back);
      }),
      { numRuns: 100 },
    );
  });
});
