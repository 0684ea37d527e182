import { describe, expect, it } from 'vitest';
import { validateCalendar } from '../../src/modules/sla/index.ts';

const base = { kind: 'business_hours', timeZone: 'Asia/Shanghai', chinaHolidays: true, week: { mon: [{ start: '09:00', end: '18:00' }] } };
const errorsOf = (input: unknown) => {
  const result = validateCalendar(input);
  return result.ok ? [] : result.errors;
};

describe('validateCalendar', () => {
  it('accepts 24×7 and business hours, canonicalising the zone name', () => {
    expect(validateCalendar({ kind: '24x7' })).toEqual({ ok: true, calendar: { kind: '24x7' } });
    const result = validateCalendar({ ...base, timeZone: 'asia/shanghai' });
    expect(result.ok && result.calendar.kind === 'business_hours' && result.calendar.timeZone).toBe('Asia/Shanghai');
  });

  it('refuses overlapping windows, empty or reversed ones, and times that are not HH:MM', () => {
    const week = {
      mon: [
        { start: '09:00', end: '12:00' },
        { start: '11:30', end: '13:00' },
      ],
      tue: [{ start: '12:00', end: '12:00' }],
      wed: [{ start: '9:00', end: '18:00' }],
      thu: [{ start: '09:60', end: '18:00' }],
      fri: [{ start: '09:00', end: '24:01' }],
      sat: [{ start: '18:00', end: '09:00' }],
    };
    expect(errorsOf({ ...base, week }).map((e) => e.path)).toEqual([
      'week.mon[1]',
      'week.tue[0]',
      'week.wed[0].start',
      'week.thu[0].start',
      'week.fri[0].end',
      'week.sat[0]',
    ]);
  });

  it('allows touching windows and 24:00', () => {
    const week = {
      mon: [
        { start: '09:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
    };
    expect(errorsOf({ ...base, week })).toEqual([]);
  });

  it('refuses an unknown zone, a week that never opens, unknown fields and a missing holiday switch', () => {
    expect(errorsOf({ ...base, timeZone: 'Mars/Olympus' }).map((e) => e.path)).toEqual(['timeZone']);
    expect(errorsOf({ ...base, week: { sat: [] } }).map((e) => e.path)).toEqual(['week']);
    expect(errorsOf({ ...base, week: { monday: [] } }).map((e) => e.path)).toEqual(['week.monday', 'week']);
    expect(errorsOf({ ...base, holidays: true }).map((e) => e.path)).toEqual(['holidays']);
    const { chinaHolidays: _, ...noSwitch } = base;
    expect(errorsOf(noSwitch).map((e) => e.path)).toEqual(['chinaHolidays']);
    expect(errorsOf({ kind: '24x7', timeZone: 'UTC' }).map((e) => e.path)).toEqual(['timeZone']);
    expect(errorsOf({ kind: 'weekly' }).map((e) => e.path)).toEqual(['kind']);
    expect(errorsOf(null).map((e) => e.path)).toEqual(['']);
  });

  it('refuses bad, repeated and contradictory dates', () => {
    const errors = errorsOf({
      ...base,
      closedDates: ['2025-02-30', '2025-05-01', '2025-05-01'],
      openDates: [{ date: '2025-05-01' }, { date: '2025-05-02', windows: [{ start: '10:00', end: '09:00' }] }, { day: '2025-05-03' }],
    });
    expect(errors.map((e) => e.path)).toEqual([
      'closedDates[0]',
      'closedDates[2]',
      'openDates[0].date',
      'openDates[1].windows[0]',
      'openDates[1]',
      'openDates[2].day',
      'openDates[2].date',
    ]);
  });

  it('an open date without windows needs a working weekday to borrow them from', () => {
    const weekendOnly = { ...base, week: { sat: [{ start: '10:00', end: '16:00' }] } };
    expect(errorsOf({ ...weekendOnly, openDates: [{ date: '2025-05-06' }] }).map((e) => e.path)).toEqual(['openDates[0]']);
    expect(errorsOf({ ...weekendOnly, openDates: [{ date: '2025-05-06', windows: [{ start: '10:00', end: '11:00' }] }] })).toEqual([]);
  });
});
