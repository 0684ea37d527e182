import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chinaDateOf,
  chinaDayNumber,
  chinaMinuteOfDay,
  dateOfDayNumber,
  dayNumberOfDate,
  endOfChinaDay,
  formatMinuteOfDay,
  isLocalDate,
  nextChinaMidnight,
  parseInstant,
  parseLocalDate,
  parseTimeOfDay,
  startOfChinaDay,
} from './china-time.ts';

describe('China time (UTC+8, fixed)', () => {
  it('reads instants with or without a zone, the latter as UTC', () => {
    expect(parseInstant('2025-04-10T00:00:00Z')).toBe(Date.UTC(2025, 3, 10));
    expect(parseInstant('2025-04-10T08:00:00+08:00')).toBe(Date.UTC(2025, 3, 10));
    expect(parseInstant('2025-04-10T00:00:00')).toBe(Date.UTC(2025, 3, 10));
    expect(parseInstant('soon')).toBeNaN();
  });

  it('reads the canonical UTC form by hand exactly as Date.parse does (property)', () => {
    const canonical = fc
      .integer({ min: -62_167_219_200_000, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(canonical, fc.boolean(), (iso, dropMillis) => {
        const s = dropMillis ? `${iso.slice(0, 19)}Z` : iso;
        expect(parseInstant(s)).toBe(Date.parse(s));
      }),
      { numRuns: 2_000 },
    );
    const mangled = fc.tuple(
      fc.constantFrom('2025-04-16T00:30:00Z', '2025-02-28T23:59:59.999Z'),
      fc.nat(23),
      fc.constantFrom('0', '9', '3', 'x', '-', ':', ' ', '.'),
    );
    fc.assert(
      fc.property(mangled, ([iso, at, ch]) => {
        const s = iso.slice(0, at) + ch + iso.slice(at + 1);
        expect(parseInstant(s)).toBe(Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`));
      }),
      { numRuns: 2_000 },
    );
    for (const edge of [
      '2025-02-30T00:00:00Z',
      '2024-02-29T12:00:00.000Z',
      '2025-04-16T24:00:00Z',
      '2025-04-16T23:60:00Z',
      '0000-01-01T00:00:00Z',
      '1969-12-31T23:59:59.999Z',
    ]) {
      expect(parseInstant(edge)).toBe(Date.parse(edge));
    }
  });

  it('turns instants into China-time days and minutes of the day', () => {
    const lateUtc = Date.UTC(2025, 3, 10, 16, 5);
    expect(dateOfDayNumber(chinaDayNumber(lateUtc))).toBe('2025-04-11');
    expect(chinaMinuteOfDay(lateUtc)).toBe(5);
    expect(formatMinuteOfDay(chinaMinuteOfDay(Date.UTC(2025, 3, 10, 13, 0)))).toBe('21:00');
    expect(chinaMinuteOfDay(Date.UTC(1969, 11, 31, 23, 0))).toBe(7 * 60);
  });

  it('reads calendar dates and times of day, refusing ones that do not exist', () => {
    expect(dateOfDayNumber(dayNumberOfDate('2024-02-29'))).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-4-1', '20250401', '']) expect(dayNumberOfDate(bad)).toBeNaN();
    expect(parseTimeOfDay('06:30')).toBe(390);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    for (const bad of ['24:01', '7:00', '12:60']) expect(parseTimeOfDay(bad)).toBeNaN();
  });
});

describe('local dates (Asia/Shanghai, +08:00)', () => {
  it('moves to the next day at 16:00 UTC', () => {
    expect(chinaDateOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10-31');
    expect(chinaDateOf(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11-01');
    expect(chinaDateOf(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '0999-01-01', ''])('refuses %s', (d) => {
    expect(parseLocalDate(d)).toBeNull();
  });

  it('accepts leap days in leap years', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('today and day boundaries in China', () => {
  it('today moves at 16:00 UTC: 23:30 UTC on the 3rd is already the 4th in China', () => {
    expect(chinaDateOf(new Date('2026-12-03T15:59:59Z'))).toBe('2026-12-03');
    expect(chinaDateOf(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
  });

  it('a day starts at the previous 16:00 UTC and ends at the next China midnight', () => {
    expect(startOfChinaDay('2026-12-04').toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(endOfChinaDay(new Date('2026-12-03T15:59:59Z')).toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(endOfChinaDay(new Date('2026-12-03T16:00:00Z')).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(nextChinaMidnight(new Date('2026-12-03T16:00:00Z')).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(() => startOfChinaDay('2026-02-30')).toThrow();
  });

  it('every instant lies in the China day of its date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const at = new Date(ms);
        const date = chinaDateOf(at);
        expect(isLocalDate(date)).toBe(true);
        expect(startOfChinaDay(date).getTime()).toBeLessThanOrEqual(ms);
        expect(endOfChinaDay(at).getTime()).toBeGreaterThan(ms);
        expect(endOfChinaDay(at).getTime() - startOfChinaDay(date).getTime()).toBe(86_400_000);
      }),
    );
  });
});
