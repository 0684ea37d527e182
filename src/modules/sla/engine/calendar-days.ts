import { chinaHolidayName, isChinaWorkday } from '../../../platform/time/china-workdays.ts';
import { dateOfDayNumber } from '../../../platform/time/china-time.ts';
import { DayMemo } from './bounded-memo.ts';
import { type BusinessHoursCalendar, DAY_MS, MINUTE_MS, type Windows } from './calendar.ts';
import { zoneDay } from './calendar-zone.ts';

/** A stretch of open time: UTC epoch ms, start inclusive, end exclusive. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

type ChinaDayKind = 'holiday' | 'make_up_workday' | 'ordinary';

/**
 * How China's working calendar treats a date: a statutory holiday (every day of the holiday
 * period, weekends included, and the weekdays given off in exchange: closed), a 调休 make-up
 * working day (a Saturday or Sunday people work: open with working-day windows), or an ordinary
 * day (the week decides).
 */
function chinaDayKindOf(day: number): ChinaDayKind {
  const date = dateOfDayNumber(day);
  const weekday = (((day + 4) % 7) + 7) % 7;
  const weekend = weekday === 0 || weekday === 6;
  const working = isChinaWorkday(date);
  if (chinaHolidayName(date) !== null || (!weekend && !working)) return 'holiday';
  if (weekend && working) return 'make_up_workday';
  return 'ordinary';
}

const chinaDays = new DayMemo<ChinaDayKind>(50_000);

/**
 * The windows of a local date, by precedence: a closed date; an extra open date; with China's
 * calendar on, a holiday (closed) or a make-up working day (working-day windows); else its weekday.
 */
export function windowsOfDay(calendar: BusinessHoursCalendar, day: number): Windows {
  if (calendar.closedDays.has(day)) return [];
  const own = calendar.openDays.get(day);
  if (own) return own;
  if (calendar.chinaHolidays) {
    const kind = chinaDays.get(day, chinaDayKindOf);
    if (kind === 'holiday') return [];
    if (kind === 'make_up_workday') return calendar.workdayWindows;
  }
  return calendar.week[(((day + 4) % 7) + 7) % 7] ?? [];
}

const NONE: readonly Interval[] = Object.freeze([]);

/**
 * The open instants of a local date: those whose local wall-clock time on that date lies in one of
 * its windows. Across a daylight-saving change a window keeps that meaning: a spring-forward day's
 * 01:00–04:00 is two hours long, a fall-back day's 01:00–02:00 two hours (the hour happens twice).
 * Sorted, disjoint, touching intervals merged.
 */
function intervalsOf(calendar: BusinessHoursCalendar, day: number): readonly Interval[] {
  const windows = windowsOfDay(calendar, day);
  if (windows.length === 0) return NONE;
  const { before, after, switchAt } = zoneDay(calendar.timeZone, day);
  const midnight = day * DAY_MS;
  const out: Interval[] = [];
  const push = (start: number, end: number): void => {
    if (start >= end) return;
    const last = out[out.length - 1];
    if (last && last.end === start) out[out.length - 1] = { start: last.start, end };
    else out.push({ start, end });
  };
  // Local wall time w is the instant w − offset, with the offset in force at that instant.
  for (const w of windows) push(midnight + w.start * MINUTE_MS - before, Math.min(switchAt, midnight + w.end * MINUTE_MS - before));
  if (switchAt !== Number.POSITIVE_INFINITY) {
    for (const w of windows) push(Math.max(switchAt, midnight + w.start * MINUTE_MS - after), midnight + w.end * MINUTE_MS - after);
  }
  return Object.freeze(out);
}

const memos = new WeakMap<BusinessHoursCalendar, DayMemo<readonly Interval[]>>();

/** The open intervals of a local date (day number), memoised per calendar. */
export function openIntervals(calendar: BusinessHoursCalendar, day: number): readonly Interval[] {
  let memo = memos.get(calendar);
  if (!memo) {
    memo = new DayMemo<readonly Interval[]>(4_000);
    memos.set(calendar, memo);
  }
  return memo.get(day, (d) => intervalsOf(calendar, d));
}
