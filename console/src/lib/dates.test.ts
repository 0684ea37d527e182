import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, chinaToday, endOfLocalDay, isToday, localDate, startOfLocalDay, todayLocal } from './dates';

/** Calendar dates 1990–2100 as 'YYYY-MM-DD'. */
const date = fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map(localDate);

describe('local calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-05-10', 0)).toBe('2026-05-10');
  });

  it('takes back what it added, and keeps the date order', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(Math.sign(addDays(d, n).localeCompare(d))).toBe(Math.sign(n));
      }),
    );
  });

  it('spans a whole local day from start to end', () => {
    fc.assert(
      fc.property(date, (d) => {
        const start = new Date(startOfLocalDay(d));
        const end = new Date(endOfLocalDay(d));
        expect(localDate(start)).toBe(d);
        expect(localDate(end)).toBe(d);
        expect(localDate(new Date(end.getTime() + 1))).toBe(addDays(d, 1));
        expect(localDate(new Date(start.getTime() - 1))).toBe(addDays(d, -1));
      }),
    );
  });

  it('knows today from a given now', () => {
    const now = new Date(2026, 4, 10, 23, 30);
    expect(todayLocal(now)).toBe('2026-05-10');
    expect(isToday(new Date(2026, 4, 10, 0, 5).toISOString(), now)).toBe(true);
    expect(isToday(new Date(2026, 4, 11, 0, 5).toISOString(), now)).toBe(false);
    expect(isToday('not a date', now)).toBe(false);
  });
});

describe('chinaToday', () => {
  it('is the date in UTC+8 whatever the browser’s zone', () => {
    expect(chinaToday(new Date('2026-05-10T15:59:59Z'))).toBe('2026-05-10');
    expect(chinaToday(new Date('2026-05-10T16:00:00Z'))).toBe('2026-05-11');
    expect(chinaToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
