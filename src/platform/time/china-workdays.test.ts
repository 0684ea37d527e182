import { describe, expect, it } from 'vitest';
import { addChinaWorkdays, chinaHolidayName, isChinaWorkday } from './china-workdays.ts';

describe('the China working calendar', () => {
  it('knows statutory holidays and make-up working days (调休)', () => {
    expect(isChinaWorkday('2026-10-01')).toBe(false);
    expect(chinaHolidayName('2026-10-01')).toBe('国庆节');
    expect(chinaHolidayName('2026-02-17')).toBe('春节');
    // Sunday 20 September and Saturday 10 October 2026 are worked in return for the National Day week.
    expect(isChinaWorkday('2026-09-20')).toBe(true);
    expect(isChinaWorkday('2026-10-10')).toBe(true);
    expect(chinaHolidayName('2026-10-10')).toBeNull();
  });

  it('counts working days across a holiday and a make-up day', () => {
    // From Wednesday 30 September 2026: the holiday runs to 7 October, Thursday 8 October is the first working day.
    expect(addChinaWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addChinaWorkdays('2026-10-08', 2)).toBe('2026-10-10');
    expect(addChinaWorkdays('2026-10-03', 0)).toBe('2026-10-08');
    expect(addChinaWorkdays('2026-12-30', 0)).toBe('2026-12-30');
  });

  it('refuses what is not a date or a count', () => {
    expect(() => isChinaWorkday('2026-02-30')).toThrow();
    expect(() => addChinaWorkdays('2026-10-01', -1)).toThrow();
  });
});
