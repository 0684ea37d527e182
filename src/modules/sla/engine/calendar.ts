/**
 * Business calendars: when the support desk's SLA clocks run. A calendar is either round the clock
 * (7×24) or business hours in a time zone: windows per weekday, optionally the China working
 * calendar (statutory holidays closed, 调休 make-up weekend days open), and custom dates.
 *
 * Inputs are JSON as stored and edited (`CalendarInput`); `validateCalendar` turns one into a
 * `Calendar`, the checked form every computation takes.
 */

/** Weekday keys in a calendar's input, Monday first as people write schedules in China. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** Opening hours as written: local 'HH:MM', minute precision; '24:00' ends a window at midnight. */
export interface WindowInput {
  start: string;
  end: string;
}

export interface AroundTheClockInput {
  kind: '24x7';
}

export interface BusinessHoursInput {
  kind: 'business_hours';
  /** IANA zone name ('Asia/Shanghai'). Windows are local wall-clock times of this zone. */
  timeZone: string;
  /** Windows per weekday; a day left out, or given [], is closed. Several windows a day are fine (lunch breaks). */
  week: Partial<Record<Weekday, readonly WindowInput[]>>;
  /** Close on China's statutory holidays and open on their make-up working days (调休), from chinese-days. */
  chinaHolidays: boolean;
  /** Local dates 'YYYY-MM-DD' closed all day, whatever else says (a company event, an outage of the desk). */
  closedDates?: readonly string[];
  /** Local dates open beyond the week and the holidays: with their own windows, or the working-day windows. */
  openDates?: readonly { date: string; windows?: readonly WindowInput[] }[];
}

export type CalendarInput = AroundTheClockInput | BusinessHoursInput;

/** A checked window: minutes since local midnight, start inclusive, end exclusive (0 ≤ start < end ≤ 1440). */
export interface Window {
  readonly start: number;
  readonly end: number;
}

export type Windows = readonly Window[];

export interface AroundTheClockCalendar {
  readonly kind: '24x7';
}

export interface BusinessHoursCalendar {
  readonly kind: 'business_hours';
  /** The zone's canonical IANA name. */
  readonly timeZone: string;
  /** Windows by JavaScript weekday number (0 Sunday … 6 Saturday), sorted, not overlapping. */
  readonly week: readonly Windows[];
  /**
   * The windows of a working day that is not a weekday of the week: a 调休 make-up day and an
   * extra open date without windows of its own. The first of Monday…Friday that has windows
   * (Monday's in any usual schedule); none when no weekday is open.
   */
  readonly workdayWindows: Windows;
  readonly chinaHolidays: boolean;
  /** Day numbers (days since 1970-01-01 of the local date) closed all day. */
  readonly closedDays: ReadonlySet<number>;
  /** Day numbers open with these windows, instead of what the week and the holidays say. */
  readonly openDays: ReadonlyMap<number, Windows>;
}

export type Calendar = AroundTheClockCalendar | BusinessHoursCalendar;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
