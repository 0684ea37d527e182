import fc from 'fast-check';
import type { BusinessHoursInput, WindowInput } from '../../src/modules/sla/index.ts';

/** Random business-hours calendars and instants for the property tests. */

export const MINUTE = 60_000;
export const DAY = 86_400_000;

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A day's windows: random minute boundaries (not overlapping), or the usual shapes, or closed. */
export const dayWindows: fc.Arbitrary<readonly WindowInput[]> = fc.oneof(
  fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }).map((bounds) => {
    const sorted = [...bounds].sort((a, b) => a - b);
    const out: WindowInput[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ start: hhmm(sorted[i] ?? 0), end: hhmm(sorted[i + 1] ?? 0) });
    return out;
  }),
  fc.constant([{ start: '09:00', end: '18:00' }]),
  fc.constant([
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ]),
  // Touching windows, and one that runs to midnight.
  fc.constant([
    { start: '08:00', end: '12:00' },
    { start: '12:00', end: '20:00' },
    { start: '22:00', end: '24:00' },
  ]),
  fc.constant([{ start: '00:00', end: '24:00' }]),
  fc.constant([]),
);

const weekendWindows = fc.oneof({ weight: 2, arbitrary: fc.constant<readonly WindowInput[]>([]) }, { weight: 1, arbitrary: dayWindows });

const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A calendar in a zone, with custom dates within `spanDays` of `near` (a UTC instant). */
export function businessCalendar(timeZone: fc.Arbitrary<string>, near: number, spanDays: number): fc.Arbitrary<BusinessHoursInput> {
  const someDate = fc.integer({ min: -1, max: spanDays }).map((d) => dateOf(near + d * DAY));
  return fc
    .record({
      timeZone,
      chinaHolidays: fc.boolean(),
      week: fc.record({
        mon: dayWindows,
        tue: dayWindows,
        wed: dayWindows,
        thu: dayWindows,
        fri: dayWindows,
        sat: weekendWindows,
        sun: weekendWindows,
      }),
      closed: fc.uniqueArray(someDate, { maxLength: 3 }),
      open: fc.uniqueArray(fc.record({ date: someDate, windows: fc.option(dayWindows, { nil: undefined }) }), {
        maxLength: 3,
        selector: (o) => o.date,
      }),
    })
    .map(({ timeZone: zone, chinaHolidays, week, closed, open }) => {
      const anyWindow = Object.values(week).some((ws) => ws.length > 0);
      const fullWeek = anyWindow ? week : { ...week, mon: [{ start: '09:00', end: '18:00' }] };
      const workdayOpen = [fullWeek.mon, fullWeek.tue, fullWeek.wed, fullWeek.thu, fullWeek.fri].some((ws) => ws.length > 0);
      const openDates = open
        .filter((o) => !closed.includes(o.date))
        .map((o) => {
          if (o.windows && o.windows.length > 0) return { date: o.date, windows: o.windows };
          return workdayOpen ? { date: o.date } : { date: o.date, windows: [{ start: '10:00', end: '16:00' }] };
        });
      return { kind: 'business_hours' as const, timeZone: zone, chinaHolidays, week: fullWeek, closedDates: closed, openDates };
    });
}

const minuteIn = (from: string, to: string): fc.Arbitrary<number> =>
  fc.integer({ min: Date.parse(from) / MINUTE, max: Date.parse(to) / MINUTE }).map((m) => m * MINUTE);

/** Minute-aligned instants in 2025–2026, half of them around 春节 2025, 国庆 2025 and 春节 2026. */
export const chinaStart: fc.Arbitrary<number> = fc.oneof(
  minuteIn('2025-01-01T00:00:00Z', '2026-12-20T00:00:00Z'),
  minuteIn('2025-01-18T00:00:00Z', '2025-02-10T00:00:00Z'),
  minuteIn('2025-09-20T00:00:00Z', '2025-10-12T00:00:00Z'),
  minuteIn('2026-02-05T00:00:00Z', '2026-03-01T00:00:00Z'),
);

/** Minute-aligned instants within four days before a daylight-saving change of the zones tested. */
export const dstStart: fc.Arbitrary<number> = fc.oneof(
  minuteIn('2025-03-05T00:00:00Z', '2025-03-09T12:00:00Z'), // America/New_York springs forward 2025-03-09
  minuteIn('2025-10-29T00:00:00Z', '2025-11-02T12:00:00Z'), // … falls back 2025-11-02
  minuteIn('2025-03-26T00:00:00Z', '2025-03-30T06:00:00Z'), // Europe/London 2025-03-30
  minuteIn('2026-10-21T00:00:00Z', '2026-10-25T06:00:00Z'), // … 2026-10-25
  minuteIn('2025-04-02T00:00:00Z', '2025-04-06T00:00:00Z'), // Australia/Sydney 2025-04-06
  minuteIn('2026-09-30T00:00:00Z', '2026-10-04T00:00:00Z'), // … 2026-10-04
);
