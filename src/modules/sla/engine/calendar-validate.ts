import { dayNumberOfDate, parseTimeOfDay } from '../../../platform/time/china-time.ts';
import { type BusinessHoursCalendar, type Calendar, type Window, type Windows, weekdays } from './calendar.ts';
import { canonicalTimeZone } from './calendar-zone.ts';

/** A problem with an input, at a path into it ('week.mon[1].end', 'closedDates[0]'). */
export interface InputIssue {
  path: string;
  message: string;
}

export type CalendarValidation = { ok: true; calendar: Calendar } | { ok: false; errors: InputIssue[] };

// JavaScript's weekday number of each input key (0 is Sunday).
const WEEKDAY_NUMBER: Record<(typeof weekdays)[number], number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, errors: InputIssue[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.push({ path: path ? `${path}.${key}` : key, message: 'unknown field' });
  }
}

function timeOf(value: unknown, path: string, errors: InputIssue[]): number {
  const minutes = typeof value === 'string' ? parseTimeOfDay(value) : Number.NaN;
  if (Number.isNaN(minutes)) errors.push({ path, message: "expected a local time 'HH:MM' from 00:00 to 24:00" });
  return minutes;
}

/** A day's windows, sorted; errors for bad times, empty windows and overlaps (touching windows are fine). */
function windowsOf(value: unknown, path: string, errors: InputIssue[]): Windows {
  if (!Array.isArray(value)) {
    errors.push({ path, message: 'expected a list of windows' });
    return [];
  }
  const found: (Window & { index: number })[] = [];
  value.forEach((w: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(w)) {
      errors.push({ path: at, message: "expected { start: 'HH:MM', end: 'HH:MM' }" });
      return;
    }
    unknownKeys(w, ['start', 'end'], at, errors);
    const start = timeOf(w.start, `${at}.start`, errors);
    const end = timeOf(w.end, `${at}.end`, errors);
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    if (start >= end) errors.push({ path: at, message: 'a window ends after it starts (use 24:00 for midnight)' });
    else found.push({ start, end, index });
  });
  found.sort((a, b) => a.start - b.start);
  for (let i = 1; i < found.length; i++) {
    const before = found[i - 1];
    const window = found[i];
    if (before && window && window.start < before.end) {
      errors.push({ path: `${path}[${window.index}]`, message: `overlaps window ${before.index}` });
    }
  }
  return found.map(({ start, end }) => Object.freeze({ start, end }));
}

function listOf(value: unknown, path: string, errors: InputIssue[]): { path: string; item: unknown }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push({ path, message: 'expected a list' });
    return [];
  }
  return value.map((item: unknown, index) => ({ path: `${path}[${index}]`, item }));
}

function dayOf(value: unknown, path: string, errors: InputIssue[]): number {
  const day = typeof value === 'string' ? dayNumberOfDate(value) : Number.NaN;
  if (Number.isNaN(day)) errors.push({ path, message: "expected a date 'YYYY-MM-DD'" });
  return day;
}

function businessHours(input: Record<string, unknown>, errors: InputIssue[]): BusinessHoursCalendar | null {
  unknownKeys(input, ['kind', 'timeZone', 'week', 'chinaHolidays', 'closedDates', 'openDates'], '', errors);

  const timeZone = typeof input.timeZone === 'string' ? canonicalTimeZone(input.timeZone) : null;
  if (timeZone === null) errors.push({ path: 'timeZone', message: "expected an IANA time zone name such as 'Asia/Shanghai'" });

  if (typeof input.chinaHolidays !== 'boolean') errors.push({ path: 'chinaHolidays', message: 'expected true or false' });

  const week: Windows[] = [[], [], [], [], [], [], []];
  if (!isRecord(input.week)) {
    errors.push({ path: 'week', message: 'expected windows per weekday: { mon: [...], … }' });
  } else {
    unknownKeys(input.week, weekdays, 'week', errors);
    for (const key of weekdays) {
      const value = input.week[key];
      if (value !== undefined) week[WEEKDAY_NUMBER[key]] = windowsOf(value, `week.${key}`, errors);
    }
    // A calendar that never opens would put every deadline at infinity.
    if (week.every((day) => day.length === 0)) errors.push({ path: 'week', message: 'a business-hours calendar opens on some weekday' });
  }
  const workdayWindows = [1, 2, 3, 4, 5].map((d) => week[d] ?? []).find((day) => day.length > 0) ?? [];

  const seen = new Map<number, string>();
  const once = (day: number, path: string): boolean => {
    if (Number.isNaN(day)) return false;
    const first = seen.get(day);
    if (first !== undefined) {
      errors.push({ path, message: `the same date as ${first}` });
      return false;
    }
    seen.set(day, path);
    return true;
  };

  const closedDays = new Set<number>();
  for (const entry of listOf(input.closedDates, 'closedDates', errors)) {
    const day = dayOf(entry.item, entry.path, errors);
    if (once(day, entry.path)) closedDays.add(day);
  }

  const openDays = new Map<number, Windows>();
  for (const entry of listOf(input.openDates, 'openDates', errors)) {
    if (!isRecord(entry.item)) {
      errors.push({ path: entry.path, message: "expected { date: 'YYYY-MM-DD', windows?: [...] }" });
      continue;
    }
    unknownKeys(entry.item, ['date', 'windows'], entry.path, errors);
    const day = dayOf(entry.item.date, `${entry.path}.date`, errors);
    const own = entry.item.windows === undefined ? null : windowsOf(entry.item.windows, `${entry.path}.windows`, errors);
    const windows = own ?? workdayWindows;
    if (windows.length === 0) {
      errors.push({ path: entry.path, message: 'an open date needs windows (no weekday Monday–Friday is open to borrow them from)' });
    }
    if (once(day, `${entry.path}.date`)) openDays.set(day, windows);
  }

  if (errors.length > 0 || timeZone === null) return null;
  return Object.freeze({
    kind: 'business_hours',
    timeZone,
    week: Object.freeze(week.map((day) => Object.freeze([...day]))),
    workdayWindows,
    chinaHolidays: input.chinaHolidays === true,
    closedDays,
    openDays,
  });
}

/**
 * Checks a calendar as stored or sent and compiles it. Every problem is reported with its path:
 * times 'HH:MM' (minute precision, 00:00–24:00), start before end, no overlapping windows on a day,
 * a real IANA zone, real dates, no date both closed and open or listed twice, no unknown field.
 */
export function validateCalendar(input: unknown): CalendarValidation {
  const errors: InputIssue[] = [];
  if (!isRecord(input)) return { ok: false, errors: [{ path: '', message: 'expected a calendar object' }] };
  if (input.kind === '24x7') {
    unknownKeys(input, ['kind'], '', errors);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, calendar: Object.freeze({ kind: '24x7' }) };
  }
  if (input.kind !== 'business_hours') return { ok: false, errors: [{ path: 'kind', message: "expected '24x7' or 'business_hours'" }] };
  const calendar = businessHours(input, errors);
  return calendar === null ? { ok: false, errors } : { ok: true, calendar };
}

/** validateCalendar for inputs known to be good (seeds, tests): the calendar, or an Error listing the problems. */
export function calendarOf(input: unknown): Calendar {
  const result = validateCalendar(input);
  if (!result.ok) throw new Error(`invalid calendar: ${result.errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ')}`);
  return result.calendar;
}
