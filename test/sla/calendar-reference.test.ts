import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  addBusinessMs,
  type BusinessHoursInput,
  businessMinutesBetween,
  businessMsBetween,
  calendarOf,
  isOpen,
  nextOpenInstant,
} from '../../src/modules/sla/index.ts';
import { businessCalendar, chinaStart, DAY, dstStart, MINUTE } from './calendar-arbitraries.ts';
import { countBelow, ReferenceCalendar } from './reference-calendar.ts';

/**
 * The engine against the minute-by-minute reference, over random calendars and starts in
 * 2025–2026 (biased to 春节 2025, 国庆 2025, 春节 2026 and daylight-saving changes). Each run walks
 * the reference once over a bounded span and checks every function inside it.
 */

interface Probe {
  start: number;
  input: BusinessHoursInput;
  fraction: number;
  toMinute: number;
  probeMinute: number;
  fromMs: number;
  toMs: number;
}

function probes(zone: fc.Arbitrary<string>, starts: fc.Arbitrary<number>, spanDays: number): fc.Arbitrary<Probe> {
  const spanMinutes = spanDays * 1440;
  return starts.chain((start) =>
    fc.record({
      start: fc.constant(start),
      input: businessCalendar(zone, start, spanDays),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      toMinute: fc.integer({ min: 1, max: spanMinutes - 1 }),
      probeMinute: fc.integer({ min: 0, max: spanMinutes - 1 }),
      fromMs: fc.integer({ min: 0, max: MINUTE - 1 }),
      toMs: fc.integer({ min: 0, max: MINUTE - 1 }),
    }),
  );
}

function agreesWithReference(p: Probe, spanDays: number): void {
  const calendar = calendarOf(p.input);
  const reference = new ReferenceCalendar(p.input);
  const open = reference.openMinutes(p.start, spanDays * 1440);
  const isOpenMinute = (t: number): boolean => {
    const i = countBelow(open, t);
    return open[i] === t;
  };

  // addBusinessMinutes: k minutes end with the k-th open minute; 0 gives the first open instant.
  if (open.length > 0) {
    const k = Math.floor(p.fraction * open.length);
    const expected = k === 0 ? open[0] : (open[k - 1] ?? 0) + MINUTE;
    expect(addBusinessMinutes(calendar, p.start, k)).toBe(expected);
  }

  // businessMinutesBetween over whole minutes, then exact to the millisecond inside the end minutes.
  const to = p.start + p.toMinute * MINUTE;
  expect(businessMinutesBetween(calendar, p.start, to)).toBe(countBelow(open, to));
  const from = p.start + p.fromMs;
  const partialFirst = isOpenMinute(p.start) ? MINUTE - p.fromMs : 0;
  const whole = (countBelow(open, to) - countBelow(open, p.start + MINUTE)) * MINUTE;
  const partialLast = isOpenMinute(to) ? p.toMs : 0;
  expect(businessMsBetween(calendar, from, to + p.toMs)).toBe(partialFirst + whole + partialLast);

  // isOpen and nextOpenInstant at a minute and inside it.
  const probe = p.start + p.probeMinute * MINUTE;
  expect(isOpen(calendar, probe)).toBe(isOpenMinute(probe));
  expect(isOpen(calendar, probe + p.fromMs)).toBe(isOpenMinute(probe));
  const next = open[countBelow(open, probe)];
  if (next !== undefined) expect(nextOpenInstant(calendar, probe)).toBe(next);
}

describe('business calendars against the minute-by-minute reference', () => {
  const chinaSpan = 16;
  it('Asia/Shanghai, with and without China’s holidays and 调休, custom dates, many windows', () => {
    fc.assert(
      fc.property(probes(fc.constant('Asia/Shanghai'), chinaStart, chinaSpan), (p) => agreesWithReference(p, chinaSpan)),
      { numRuns: 200 },
    );
  });

  const dstSpan = 6;
  it('zones with daylight saving, across the changes of 2025 and 2026', () => {
    const zones = fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney');
    fc.assert(
      fc.property(probes(zones, dstStart, dstSpan), (p) => agreesWithReference(p, dstSpan)),
      { numRuns: 200 },
    );
  });
});

describe('business-time algebra, to the millisecond', () => {
  const zones = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London');
  const cases = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-12-20T00:00:00Z') }).chain((start) =>
    fc.record({
      start: fc.constant(start),
      input: businessCalendar(zones, start, 20),
      amount: fc.integer({ min: 0, max: 5 * DAY }),
      b: fc.integer({ min: 0, max: 10 * DAY }),
      c: fc.integer({ min: 0, max: 10 * DAY }),
    }),
  );

  it('between(start, add(start, x)) = x, and nothing earlier reaches x', () => {
    fc.assert(
      fc.property(cases, ({ start, input, amount }) => {
        const calendar = calendarOf(input);
        const due = addBusinessMs(calendar, start, amount);
        expect(due).toBeGreaterThanOrEqual(start);
        expect(businessMsBetween(calendar, start, due)).toBe(amount);
        if (amount > 0) expect(businessMsBetween(calendar, start, due - 1)).toBeLessThan(amount);
        else expect(isOpen(calendar, due)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('between is additive and antisymmetric; the next open instant is open with no business time before it', () => {
    fc.assert(
      fc.property(cases, ({ start, input, b, c }) => {
        const calendar = calendarOf(input);
        const [mid, end] = [start + Math.min(b, c), start + Math.max(b, c)];
        expect(businessMsBetween(calendar, start, end)).toBe(
          businessMsBetween(calendar, start, mid) + businessMsBetween(calendar, mid, end),
        );
        expect(businessMsBetween(calendar, end, start)).toBe(-businessMsBetween(calendar, start, end));
        const next = nextOpenInstant(calendar, mid);
        expect(isOpen(calendar, next)).toBe(true);
        expect(businessMsBetween(calendar, mid, next)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
