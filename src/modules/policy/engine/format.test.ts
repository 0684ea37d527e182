import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDayNumber, chinaMinuteOfDay, dateOfDayNumber, dayNumberOfDate, formatMinuteOfDay, parseInstant, parseTimeOfDay } from './china-time.ts';
import { formatFen, formatPercent, formatYuanZh, formatZhe } from './format.ts';

describe('money and fractions', () => {
  it('writes fen as yuan with thousands separators', () => {
    expect(formatFen(123_400)).toBe('¥1,234.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatFen(-1_250)).toBe('-¥12.50');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(Number.NaN)).toBe('¥—');
    expect(formatYuanZh(123_400)).toBe('1,234.00 元');
  });

  it('writes discounts as 折 and percentages', () => {
    expect([0.7, 0.75, 0.85, 1, 0.675].map(formatZhe)).toEqual(['7 折', '7.5 折', '8.5 折', '10 折', '6.75 折']);
    expect([0.8, 0.675, 0.07].map(formatPercent)).toEqual(['80%', '67.5%', '7%']);
  });
});

describe('China time (UTC+8, fixed)', () => {
  it('reads instants with or without a zone, the latter as UTC', () => {
    expect(parseInstant('2025-04-10T00:00:00Z')).toBe(Date.UTC(2025, 3, 10));
    expect(parseInstant('2025-04-10T08:00:00+08:00')).toBe(Date.UTC(2025, 3, 10));
    expect(parseInstant('2025-04-10T00:00:00')).toBe(Date.UTC(2025, 3, 10));
    expect(parseInstant('soon')).toBeNaN();
  });

  it('reads the canonical UTC form by hand exactly as Date.parse does (property)', () => {
    const canonical = fc.integer({ min: -62_167_219_200_000, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(canonical, fc.boolean(), (iso, dropMillis) => {
        const s = dropMillis ? `${iso.slice(0, 19)}Z` : iso;
        expect(parseInstant(s)).toBe(Date.parse(s));
      }),
      { numRuns: 2_000 },
    );
    const mangled = fc.tuple(fc.constantFrom('2025-04-16T00:30:00Z', '2025-02-28T23:59:59.999Z'), fc.nat(23), fc.constantFrom('0', '9', '3', 'x', '-', ':', ' ', '.'));
    fc.assert(
      fc.property(mangled, ([iso, at, ch]) => {
        const s = iso.slice(0, at) + ch + iso.slice(at + 1);
        expect(parseInstant(s)).toBe(Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`));
      }),
      { numRuns: 2_000 },
    );
    for (const edge of ['2025-02-30T00:00:00Z', '2024-02-29T12:00:00.000Z', '2025-04-16T24:00:00Z', '2025-04-16T23:60:00Z', '0000-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z']) {
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
