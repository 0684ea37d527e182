import chineseDays from 'chinese-days';
import { dateOfDayNumber, dayNumberOfDate } from './china-time.ts';

/**
 * The China working calendar (business dates): statutory holidays and the make-up working days
 * (调休) the State Council announces each year, from the chinese-days package. A weekend day that
 * is a make-up day is a working day; a weekday in a holiday is not. For a year the package does not
 * cover yet (the schedule is announced each November or December), weekends alone decide: keep
 * the package current.
 */

function checkedDate(date: string): number {
  const day = dayNumberOfDate(date);
  if (Number.isNaN(day)) throw new Error(`not a calendar date: ${date}`);
  return day;
}

/** Whether people work on this China calendar date ('YYYY-MM-DD'). */
export function isChinaWorkday(date: string): boolean {
  checkedDate(date);
  return chineseDays.isWorkday(date);
}

/** The holiday's Chinese name (春节, 国庆节 …) when the date is a statutory holiday, else null. */
export function chinaHolidayName(date: string): string | null {
  checkedDate(date);
  if (!chineseDays.isHoliday(date)) return null;
  const { name } = chineseDays.getDayDetail(date);
  // The package names days "English name,中文名,days"; a plain weekend is named after its weekday.
  const parts = name.split(',');
  return parts.length >= 2 && parts[1] ? parts[1] : null;
}

/** The working day `n` working days after `date` (n ≥ 1), or the first working day on or after it (n = 0). */
export function addChinaWorkdays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number of working days ≥ 0, got ${n}`);
  let day = checkedDate(date);
  let left = n;
  if (left === 0) {
    while (!chineseDays.isWorkday(dateOfDayNumber(day))) day += 1;
    return dateOfDayNumber(day);
  }
  while (left > 0) {
    day += 1;
    if (chineseDays.isWorkday(dateOfDayNumber(day))) left -= 1;
  }
  return dateOfDayNumber(day);
}
