import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  type BusinessHoursInput,
  businessMinutesBetween,
  businessMsBetween,
  calendarOf,
  isOpen,
  nextOpenInstant,
} from '../../src/modules/sla/index.ts';

/** Cases with answers worked out by hand, in China time unless a zone is named. */

const cst = (local: string): number => Date.parse(`${local}+08:00`);
const day = [{ start: '09:00', end: '18:00' }];
const workweek = { mon: day, tue: day, wed: day, thu: day, fri: day };
const china = calendarOf({ kind: 'business_hours', timeZone: 'Asia/Shanghai', chinaHolidays: true, week: workweek });
const plain = calendarOf({ kind: 'business_hours', timeZone: 'Asia/Shanghai', chinaHolidays: false, week: workweek });

describe('China’s holidays and make-up working days (调休)', () => {
  it('国庆 2025: 17:50 on the last working day before the holiday + 30 min lands on 9 October, 09:20', () => {
    // 1–8 October are off; Tuesday 30 September is the last working day.
    expect(addBusinessMinutes(china, cst('2025-09-30T17:50:00'), 30)).toBe(cst('2025-10-09T09:20:00'));
    expect(addBusinessMinutes(plain, cst('2025-09-30T17:50:00'), 30)).toBe(cst('2025-10-01T09:20:00'));
  });

  it('国庆 2025: 17:50 on Friday 26 September + 30 min lands on Sunday 28 September, a make-up working day', () => {
    expect(addBusinessMinutes(china, cst('2025-09-26T17:50:00'), 30)).toBe(cst('2025-09-28T09:20:00'));
    expect(addBusinessMinutes(plain, cst('2025-09-26T17:50:00'), 30)).toBe(cst('2025-09-29T09:20:00'));
    // Saturday 11 October is the other make-up day.
    expect(addBusinessMinutes(china, cst('2025-10-10T17:50:00'), 30)).toBe(cst('2025-10-11T09:20:00'));
  });

  it('春节 2025: Sunday 26 January works, 28 January – 4 February are off, Saturday 8 February works', () => {
    expect(isOpen(china, cst('2025-01-26T10:00:00'))).toBe(true);
    expect(addBusinessMinutes(china, cst('2025-01-27T17:50:00'), 30)).toBe(cst('2025-02-05T09:20:00'));
    expect(nextOpenInstant(china, cst('2025-01-28T00:00:00'))).toBe(cst('2025-02-05T09:00:00'));
    expect(isOpen(china, cst('2025-02-08T09:00:00'))).toBe(true);
    // 26 Jan (9 h) + 27 Jan (9 h) between Saturday 25 and Wednesday 5 February.
    expect(businessMinutesBetween(china, cst('2025-01-25T00:00:00'), cst('2025-02-05T00:00:00'))).toBe(18 * 60);
  });

  it('春节 2026: Saturday 14 February works, 15–23 February are off, Saturday 28 February works', () => {
    expect(addBusinessMinutes(china, cst('2026-02-13T17:50:00'), 30)).toBe(cst('2026-02-14T09:20:00'));
    expect(addBusinessMinutes(china, cst('2026-02-14T17:50:00'), 30)).toBe(cst('2026-02-24T09:20:00'));
    expect(isOpen(china, cst('2026-02-28T12:00:00'))).toBe(true);
    expect(isOpen(plain, cst('2026-02-28T12:00:00'))).toBe(false);
  });

  it('make-up days open with the Monday–Friday windows even when the week has weekend hours of its own', () => {
    const saturdayMornings = calendarOf({
      kind: 'business_hours',
      timeZone: 'Asia/Shanghai',
      chinaHolidays: true,
      week: { ...workweek, sat: [{ start: '10:00', end: '12:00' }] },
    });
    // Saturday 8 February 2025 is a make-up day: 09:00–18:00.
    expect(isOpen(saturdayMornings, cst('2025-02-08T09:30:00'))).toBe(true);
    // An ordinary Saturday keeps its own hours; a Saturday inside 国庆 is closed.
    expect(isOpen(saturdayMornings, cst('2025-02-15T09:30:00'))).toBe(false);
    expect(isOpen(saturdayMornings, cst('2025-02-15T10:30:00'))).toBe(true);
    expect(isOpen(saturdayMornings, cst('2025-10-04T10:30:00'))).toBe(false);
  });
});

describe('windows, custom dates and exactness', () => {
  const lunch = calendarOf({
    kind: 'business_hours',
    timeZone: 'Asia/Shanghai',
    chinaHolidays: true,
    week: {
      mon: [
        { start: '13:30', end: '18:00' },
        { start: '09:00', end: '12:00' },
      ],
      tue: [
        { start: '09:00', end: '12:00' },
        { start: '13:30', end: '18:00' },
      ],
    },
    closedDates: ['2025-03-11'],
    openDates: [{ date: '2025-03-15', windows: [{ start: '10:00', end: '11:00' }] }, { date: '2025-03-16' }],
  });

  it('skips the lunch break (windows may be given in any order)', () => {
    expect(addBusinessMinutes(lunch, cst('2025-03-10T11:50:00'), 30)).toBe(cst('2025-03-10T13:50:00'));
    expect(isOpen(lunch, cst('2025-03-10T12:00:00'))).toBe(false);
    expect(isOpen(lunch, cst('2025-03-10T11:59:59.999'))).toBe(true);
  });

  it('a target that ends exactly at closing time is due at closing time, not the next morning', () => {
    expect(addBusinessMinutes(lunch, cst('2025-03-10T17:30:00'), 30)).toBe(cst('2025-03-10T18:00:00'));
    expect(addBusinessMinutes(lunch, cst('2025-03-10T17:30:00'), 0)).toBe(cst('2025-03-10T17:30:00'));
    // Tuesday 11 March is a closed date; the next opening is the extra open date, Saturday 15 March 10:00.
    expect(addBusinessMinutes(lunch, cst('2025-03-10T18:00:00'), 0)).toBe(cst('2025-03-15T10:00:00'));
  });

  it('closed dates close, open dates open with their own windows or the working-day windows', () => {
    // Tuesday 11 March closed; Saturday 15 March 10–11; Sunday 16 March borrows Monday's windows.
    expect(addBusinessMinutes(lunch, cst('2025-03-10T17:50:00'), 30)).toBe(cst('2025-03-15T10:20:00'));
    expect(addBusinessMinutes(lunch, cst('2025-03-15T10:50:00'), 30)).toBe(cst('2025-03-16T09:20:00'));
    expect(businessMinutesBetween(lunch, cst('2025-03-15T00:00:00'), cst('2025-03-17T00:00:00'))).toBe(60 + 450);
  });

  it('counts to the millisecond and reports fractional minutes', () => {
    expect(businessMsBetween(lunch, cst('2025-03-10T11:59:30.250'), cst('2025-03-10T13:30:00.500'))).toBe(29_750 + 500);
    expect(businessMinutesBetween(lunch, cst('2025-03-10T09:00:00'), cst('2025-03-10T09:30:30'))).toBe(30.5);
    expect(businessMinutesBetween(lunch, cst('2025-03-10T09:30:30'), cst('2025-03-10T09:00:00'))).toBe(-30.5);
    expect(addBusinessMinutes(lunch, cst('2025-03-10T11:59:00'), 1.5)).toBe(cst('2025-03-10T13:30:30'));
  });

  it('round the clock counts wall time', () => {
    const always = calendarOf({ kind: '24x7' });
    expect(addBusinessMinutes(always, cst('2025-10-01T23:50:00'), 30)).toBe(cst('2025-10-02T00:20:00'));
    expect(businessMinutesBetween(always, cst('2025-10-01T00:00:00'), cst('2025-10-08T00:00:00'))).toBe(7 * 1440);
    expect(isOpen(always, cst('2025-10-01T03:00:00'))).toBe(true);
  });

  it('a window to 24:00 and one from 00:00 the next day run on without a gap', () => {
    const nights = calendarOf({
      kind: 'business_hours',
      timeZone: 'Asia/Shanghai',
      chinaHolidays: false,
      week: { mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '02:00' }] },
    });
    expect(addBusinessMinutes(nights, cst('2025-03-10T23:00:00'), 120)).toBe(cst('2025-03-11T01:00:00'));
  });
});

describe('daylight saving (America/New_York)', () => {
  const ny = (input: Omit<BusinessHoursInput, 'kind' | 'timeZone' | 'chinaHolidays'>) =>
    calendarOf({ kind: 'business_hours', timeZone: 'America/New_York', chinaHolidays: false, ...input });

  it('spring forward: Sunday 9 March 2025 01:00–04:00 holds two hours', () => {
    const early = ny({ week: { sun: [{ start: '01:00', end: '04:00' }] } });
    expect(businessMinutesBetween(early, Date.parse('2025-03-09T00:00:00Z'), Date.parse('2025-03-10T00:00:00Z'))).toBe(120);
    expect(addBusinessMinutes(early, Date.parse('2025-03-09T06:00:00Z'), 90)).toBe(Date.parse('2025-03-09T07:30:00Z')); // 03:30 EDT
  });

  it('fall back: Sunday 2 November 2025 01:00–02:00 holds two hours, 00:30–01:30 ninety minutes', () => {
    const repeated = ny({ week: { sun: [{ start: '01:00', end: '02:00' }] } });
    expect(businessMinutesBetween(repeated, Date.parse('2025-11-02T00:00:00Z'), Date.parse('2025-11-03T00:00:00Z'))).toBe(120);
    const half = ny({ week: { sun: [{ start: '00:30', end: '01:30' }] } });
    expect(businessMinutesBetween(half, Date.parse('2025-11-02T00:00:00Z'), Date.parse('2025-11-03T00:00:00Z'))).toBe(90);
  });

  it('office hours follow local time on both sides of the change', () => {
    const office = ny({ week: workweek });
    // Friday 7 March 17:50 EST + 30 min → Monday 10 March 09:20 EDT (13:20 UTC).
    expect(addBusinessMinutes(office, Date.parse('2025-03-07T22:50:00Z'), 30)).toBe(Date.parse('2025-03-10T13:20:00Z'));
  });
});

describe('efficiency', () => {
  it('a deadline ten business days out takes well under a millisecond', () => {
    const start = cst('2025-09-20T10:00:00');
    addBusinessMinutes(china, start, 10 * 540); // warm the day cache
    const runs = 500;
    const began = performance.now();
    for (let i = 0; i < runs; i++) addBusinessMinutes(china, start + i * 3_600_000, 10 * 540);
    const perCall = (performance.now() - began) / runs;
    expect(perCall).toBeLessThan(0.5);
  });

  it('even with a calendar compiled afresh for the call', () => {
    const runs = 100;
    const began = performance.now();
    for (let i = 0; i < runs; i++) {
      const fresh = calendarOf({ kind: 'business_hours', timeZone: 'Asia/Shanghai', chinaHolidays: true, week: workweek });
      addBusinessMinutes(fresh, cst('2025-09-20T10:00:00') + i * 3_600_000, 10 * 540);
    }
    expect((performance.now() - began) / runs).toBeLessThan(1);
  });
});
