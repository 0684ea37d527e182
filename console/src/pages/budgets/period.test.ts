import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentPeriod, parsePeriodParam, partsOf, periodParam, periodStart, type PeriodPick } from './period';

const year = fc.integer({ min: 1000, max: 9999 });
const pick: fc.Arbitrary<PeriodPick> = fc.oneof(
  year.map((y) => ({ type: 'year' as const, year: y, part: 1 })),
  fc.record({ type: fc.constant('quarter' as const), year, part: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant('month' as const), year, part: fc.integer({ min: 1, max: 12 }) }),
);

describe('budget periods', () => {
  it('write the API’s period filter', () => {
    expect(periodParam({ type: 'year', year: 2026, part: 1 })).toBe('2026');
    expect(periodParam({ type: 'quarter', year: 2026, part: 4 })).toBe('2026-Q4');
    expect(periodParam({ type: 'month', year: 2026, part: 3 })).toBe('2026-03');
  });

  it('read back every period they write', () => {
    fc.assert(
      fc.property(pick, (p) => {
        expect(parsePeriodParam(periodParam(p))).toEqual(p);
      }),
    );
  });

  it('read nothing from what is not a period', () => {
    for (const value of [null, '', '26', '2026-Q5', '2026-Q0', '2026-13', '2026-00', '2026-3', '2026-q1', ' 2026', '2026-11-01']) {
      expect(parsePeriodParam(value), String(value)).toBeNull();
    }
  });

  it('start on the first day of their year, quarter or month', () => {
    expect(periodStart({ type: 'year', year: 2026, part: 1 })).toBe('2026-01-01');
    expect(periodStart({ type: 'quarter', year: 2026, part: 1 })).toBe('2026-01-01');
    expect(periodStart({ type: 'quarter', year: 2026, part: 4 })).toBe('2026-10-01');
    expect(periodStart({ type: 'month', year: 2026, part: 11 })).toBe('2026-11-01');
  });

  it('find the period a day falls in', () => {
    const may10 = new Date(2026, 4, 10);
    expect(currentPeriod('month', may10)).toEqual({ type: 'month', year: 2026, part: 5 });
    expect(currentPeriod('quarter', may10)).toEqual({ type: 'quarter', year: 2026, part: 2 });
    expect(currentPeriod('year', may10)).toEqual({ type: 'year', year: 2026, part: 1 });
    expect(currentPeriod('quarter', new Date(2026, 11, 31))).toEqual({ type: 'quarter', year: 2026, part: 4 });
  });

  it('put every month of a quarter in it, and its start in the quarter', () => {
    for (let month = 1; month <= 12; month += 1) {
      const quarter = currentPeriod('quarter', new Date(2026, month - 1, 15));
      const start = Number(periodStart(quarter).slice(5, 7));
      expect(month - start, `month ${month}`).toBeGreaterThanOrEqual(0);
      expect(month - start, `month ${month}`).toBeLessThan(3);
    }
    expect(partsOf('quarter')).toEqual([1, 2, 3, 4]);
    expect(partsOf('month')).toHaveLength(12);
    expect(partsOf('year')).toEqual([]);
  });
});
