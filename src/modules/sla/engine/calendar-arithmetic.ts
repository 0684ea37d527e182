import { type Calendar, MINUTE_MS } from './calendar.ts';
import { openIntervals } from './calendar-days.ts';
import { localDayAt } from './calendar-zone.ts';

/**
 * Business-time arithmetic over a calendar, exact to the millisecond. It walks open intervals day
 * by day (each day's intervals computed once per calendar and kept), so a deadline ten working
 * days out takes a few dozen steps, not thousands of minutes.
 */

/** How far ahead a search for open time goes before it gives up (a calendar closed that long is a mistake). */
const HORIZON_DAYS = 3_660;

function checkInstant(ms: number, name: string): void {
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be an epoch-ms instant, got ${ms}`);
}

/**
 * The instant at which `ms` business milliseconds have elapsed since `startMs`: the earliest
 * instant t with businessMsBetween(start, t) = ms. With 0 it is the first open instant at or after
 * start; a positive amount that ends exactly at closing time gives the closing instant.
 */
export function addBusinessMs(calendar: Calendar, startMs: number, ms: number): number {
  checkInstant(startMs, 'start');
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`expected business ms ≥ 0, got ${ms}`);
  if (calendar.kind === '24x7') return startMs + ms;
  let remaining = ms;
  const first = localDayAt(calendar.timeZone, startMs);
  for (let day = first; day < first + HORIZON_DAYS; day++) {
    for (const interval of openIntervals(calendar, day)) {
      if (interval.end <= startMs) continue;
      const from = Math.max(interval.start, startMs);
      if (from + remaining <= interval.end) return from + remaining;
      remaining -= interval.end - from;
    }
  }
  throw new Error(`the calendar has no room for ${ms} business ms within ${HORIZON_DAYS} days of ${new Date(startMs).toISOString()}`);
}

/** addBusinessMs in minutes (a fraction of a minute is rounded to the millisecond). */
export function addBusinessMinutes(calendar: Calendar, startMs: number, minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`expected business minutes ≥ 0, got ${minutes}`);
  return addBusinessMs(calendar, startMs, Math.round(minutes * MINUTE_MS));
}

/**
 * Business milliseconds from `fromMs` to `toMs`: the measure of open instants in [from, to).
 * Negative when to is before from (the same amount, reversed), so the result is antisymmetric.
 */
export function businessMsBetween(calendar: Calendar, fromMs: number, toMs: number): number {
  checkInstant(fromMs, 'from');
  checkInstant(toMs, 'to');
  if (toMs < fromMs) return -businessMsBetween(calendar, toMs, fromMs);
  if (calendar.kind === '24x7') return toMs - fromMs;
  let total = 0;
  const last = localDayAt(calendar.timeZone, toMs);
  for (let day = localDayAt(calendar.timeZone, fromMs); day <= last; day++) {
    for (const interval of openIntervals(calendar, day)) {
      const start = Math.max(interval.start, fromMs);
      const end = Math.min(interval.end, toMs);
      if (end > start) total += end - start;
    }
  }
  return total;
}

/**
 * Business minutes from `fromMs` to `toMs`, fractional: businessMsBetween / 60,000, so nothing
 * is rounded away (30.5 means thirty minutes and thirty seconds). Round for display only.
 */
export function businessMinutesBetween(calendar: Calendar, fromMs: number, toMs: number): number {
  return businessMsBetween(calendar, fromMs, toMs) / MINUTE_MS;
}

/** Whether the calendar is open at this instant (an interval's start is open, its end is not). */
export function isOpen(calendar: Calendar, ms: number): boolean {
  checkInstant(ms, 'instant');
  if (calendar.kind === '24x7') return true;
  return openIntervals(calendar, localDayAt(calendar.timeZone, ms)).some((i) => i.start <= ms && ms < i.end);
}

/** The first open instant at or after `ms` (`ms` itself when open). */
export function nextOpenInstant(calendar: Calendar, ms: number): number {
  return addBusinessMs(calendar, ms, 0);
}
