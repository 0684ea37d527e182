import { DayMemo } from './bounded-memo.ts';
import { DAY_MS } from './calendar.ts';

/**
 * Local wall-clock time of an IANA zone, from the platform's Intl time-zone data (no library):
 * offsets at an instant, and where a local date's offset changes (daylight saving). Offsets are
 * local minus UTC, in ms.
 *
 * Assumption, true of every zone's rules in use today: a zone changes its offset at most once in
 * any 54 hours, and its local date never runs backwards (a fall-back never crosses midnight).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const canonicalNames = new Map<string, string | null>();

/** The canonical name of a time zone ('asia/shanghai' → 'Asia/Shanghai'), or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  const known = canonicalNames.get(name);
  if (known !== undefined) return known;
  let canonical: string | null = null;
  try {
    if (name.trim() !== '') canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    canonical = null;
  }
  // Names come from a handful of calendars; the bound only guards against a flood of made-up ones.
  if (canonicalNames.size >= 1_000) canonicalNames.clear();
  canonicalNames.set(name, canonical);
  return canonical;
}

/** Local minus UTC at an instant, in ms (zones' offsets are whole seconds). */
export function offsetAt(timeZone: string, ms: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterOf(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The offsets around a local date: `before` up to the instant `switchAt`, `after` from it on.
 * Without a change near the date both are the same and `switchAt` is +Infinity.
 */
export interface ZoneDay {
  readonly before: number;
  readonly after: number;
  readonly switchAt: number;
}

// Every instant of a local date lies within 14 h before its UTC midnight and 36 h after it
// (offsets run from −12 h to +14 h); a little margin on both sides.
const LOOK_BEHIND_S = 15 * 3600;
const LOOK_AHEAD_S = 39 * 3600;

function zoneDayOf(timeZone: string, day: number): ZoneDay {
  const midnightS = day * 86_400;
  let lo = midnightS - LOOK_BEHIND_S;
  let hi = midnightS + LOOK_AHEAD_S;
  const before = offsetAt(timeZone, lo * 1000);
  const after = offsetAt(timeZone, hi * 1000);
  if (before === after) return { before, after, switchAt: Number.POSITIVE_INFINITY };
  // Transitions fall on whole seconds: bisect seconds (about 18 steps).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(timeZone, mid * 1000) === before) lo = mid;
    else hi = mid;
  }
  return { before, after, switchAt: hi * 1000 };
}

const zoneDays = new Map<string, DayMemo<ZoneDay>>();

/** The offsets around a local date, memoised per zone. */
export function zoneDay(timeZone: string, day: number): ZoneDay {
  let memo = zoneDays.get(timeZone);
  if (!memo) {
    memo = new DayMemo<ZoneDay>();
    zoneDays.set(timeZone, memo);
  }
  return memo.get(day, (d) => zoneDayOf(timeZone, d));
}

/**
 * The local date (as a day number: days since 1970-01-01) at an instant. The offsets memoised for
 * the instant's UTC date cover it (they span 15 h before that midnight to 39 h after), so this
 * asks Intl nothing once the date has been seen.
 */
export function localDayAt(timeZone: string, ms: number): number {
  const { before, after, switchAt } = zoneDay(timeZone, Math.floor(ms / DAY_MS));
  return Math.floor((ms + (ms < switchAt ? before : after)) / DAY_MS);
}
