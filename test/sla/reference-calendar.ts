import chineseDays from 'chinese-days';
import type { BusinessHoursInput, WindowInput } from '../../src/modules/sla/index.ts';

/**
 * A slow reference for business calendars, written from the definition and sharing no code with
 * the engine: it reads the calendar's input (not the compiled calendar), asks chinese-days
 * directly, and decides minute by minute whether the desk is open — an instant is open when its
 * local wall-clock time falls in a window of its local date.
 *
 * Speed-up (an assumption true of the zones the tests use: Asia/Shanghai, America/New_York,
 * Europe/London, Australia/Sydney): offsets change only on whole UTC hours, so the offset is
 * looked up once per hour.
 */

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const hhmm = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
const toMinutes = (ws: readonly WindowInput[]): [number, number][] => ws.map((w) => [hhmm(w.start), hhmm(w.end)]);

function offsetOfHour(format: Intl.DateTimeFormat, hour: number): number {
  const parts = format.formatToParts(hour * HOUR);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - hour * HOUR;
}

export class ReferenceCalendar {
  private readonly input: BusinessHoursInput;
  private readonly offsets = new Map<number, number>();
  private readonly days = new Map<number, [number, number][]>();
  private readonly format: Intl.DateTimeFormat;

  constructor(input: BusinessHoursInput) {
    this.input = input;
    this.format = new Intl.DateTimeFormat('en-GB', {
      timeZone: input.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  private offsetAt(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = offsetOfHour(this.format, hour);
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** Windows (minutes since midnight) of a local date given as days since 1970-01-01. */
  private windowsOf(day: number): [number, number][] {
    let found = this.days.get(day);
    if (found) return found;
    const date = new Date(day * DAY).toISOString().slice(0, 10);
    const weekday = new Date(day * DAY).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const week = this.input.week;
    const workday = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((k) => week[k] ?? []).find((ws) => ws.length > 0) ?? [];
    const open = this.input.openDates?.find((o) => o.date === date);
    const detail = chineseDays.getDayDetail(date);
    // getDayDetail names statutory holidays "English,中文,n" and plain weekends after their weekday.
    const holiday = !detail.work && (!weekend || detail.name.includes(','));
    if (this.input.closedDates?.includes(date)) found = [];
    else if (open) found = toMinutes(open.windows ?? workday);
    else if (this.input.chinaHolidays && holiday) found = [];
    else if (this.input.chinaHolidays && weekend && detail.work) found = toMinutes(workday);
    else found = toMinutes(week[KEYS[weekday] ?? 'sun'] ?? []);
    this.days.set(day, found);
    return found;
  }

  /** Whether the minute starting at this (minute-aligned) instant is open. */
  openMinute(ms: number): boolean {
    const local = ms + this.offsetAt(ms);
    const day = Math.floor(local / DAY);
    const minute = Math.floor((local - day * DAY) / MINUTE);
    return this.windowsOf(day).some(([start, end]) => start <= minute && minute < end);
  }

  /** The starts of the open minutes in [from, from + minutes × 1 min), in order. */
  openMinutes(from: number, minutes: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < minutes; i++) {
      const t = from + i * MINUTE;
      if (this.openMinute(t)) out.push(t);
    }
    return out;
  }
}

/** How many of the sorted instants are below `limit`. */
export function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Number.POSITIVE_INFINITY) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
