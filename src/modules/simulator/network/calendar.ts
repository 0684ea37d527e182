import { chinaHolidayName } from '../../../platform/time/china-workdays.ts';
import { dateOfDayNumber, dayNumberOfDate } from '../../../platform/time/china-time.ts';

/** Calendar facts the simulated prices follow (China dates 'YYYY-MM-DD'). */

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

/** The UTC instant of a China date at minutes past its midnight. */
export function chinaInstant(date: string, minutes: number): Date {
  return new Date(dayNumberOfDate(date) * DAY_MS - OFFSET_MS + minutes * 60_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return (dayNumberOfDate(date) + 4) % 7;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOfDate(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumberOfDate(to) - dayNumberOfDate(from);
}

const holidayCache = new Map<string, boolean>();

/** A statutory holiday (春节, 国庆 …) by the chinese-days calendar; memoised: prices ask per night. */
export function isHoliday(date: string): boolean {
  let known = holidayCache.get(date);
  if (known === undefined) {
    known = chinaHolidayName(date) !== null;
    holidayCache.set(date, known);
  }
  return known;
}

/** Peak travel months: summer holidays and October. */
export const isPeakMonth = (date: string): boolean => ['07', '08', '10'].includes(date.slice(5, 7));

/** Whether the text is a real date the simulator can sell (years 2000–2099). */
export const isSellableDate = (date: string): boolean => /^20\d\d-\d\d-\d\d$/.test(date) && !Number.isNaN(dayNumberOfDate(date));
