import { describe, expect, it } from 'vitest';
import { isPeriodStart, parsePeriodQuery, periodContaining, periodEnd, periodLabel, periodsContaining } from './period.ts';

describe('the period containing a date', () => {
  it.each([
    ['2026-11-15', 'month', '2026-11-01'],
    ['2026-11-15', 'quarter', '2026-10-01'],
    ['2026-11-15', 'year', '2026-01-01'],
    ['2026-01-01', 'quarter', '2026-01-01'],
    ['2026-03-31', 'quarter', '2026-01-01'],
    ['2026-04-01', 'quarter', '2026-04-01'],
    ['2026-09-30', 'quarter', '2026-07-01'],
    ['2026-12-31', 'month', '2026-12-01'],
  ] as const)('%s in a %s starts %s', (date, type, start) => {
    expect(periodContaining(date, type)).toBe(start);
  });

  it('all three at once; null for a bad date', () => {
    expect(periodsContaining('2026-11-15')).toEqual([
      { type: 'month', start: '2026-11-01' },
      { type: 'quarter', start: '2026-10-01' },
      { type: 'year', start: '2026-01-01' },
    ]);
    expect(periodsContaining('2026-02-30')).toBeNull();
    expect(periodContaining('nope', 'month')).toBeNull();
  });

  it('knows first days', () => {
    expect(isPeriodStart('month', '2026-11-01')).toBe(true);
    expect(isPeriodStart('month', '2026-11-02')).toBe(false);
    expect(isPeriodStart('quarter', '2026-10-01')).toBe(true);
    expect(isPeriodStart('quarter', '2026-11-01')).toBe(false);
    expect(isPeriodStart('year', '2026-01-01')).toBe(true);
    expect(isPeriodStart('year', '2026-02-01')).toBe(false);
    expect(isPeriodStart('month', '2026-13-01')).toBe(false);
  });

  it('ends where the next one starts', () => {
    expect(periodEnd({ type: 'month', start: '2026-12-01' })).toBe('2027-01-01');
    expect(periodEnd({ type: 'month', start: '2026-02-01' })).toBe('2026-03-01');
    expect(periodEnd({ type: 'quarter', start: '2026-10-01' })).toBe('2027-01-01');
    expect(periodEnd({ type: 'year', start: '2026-01-01' })).toBe('2027-01-01');
  });
});

describe('labels', () => {
  it.each([
    ['month', '2026-11-01', '2026年11月', 'Nov 2026'],
    ['month', '2026-01-01', '2026年1月', 'Jan 2026'],
    ['quarter', '2026-10-01', '2026年第4季度', 'Q4 2026'],
    ['quarter', '2026-01-01', '2026年第1季度', 'Q1 2026'],
    ['year', '2026-01-01', '2026年', '2026'],
  ] as const)('%s %s', (type, start, zh, en) => {
    expect(periodLabel({ type, start }, 'zh-CN')).toBe(zh);
    expect(periodLabel({ type, start }, 'en')).toBe(en);
  });
});

describe('the period query', () => {
  it.each([
    ['2026', { type: 'year', start: '2026-01-01' }],
    ['2026-Q4', { type: 'quarter', start: '2026-10-01' }],
    ['2026-q1', { type: 'quarter', start: '2026-01-01' }],
    ['2026-11', { type: 'month', start: '2026-11-01' }],
    ['2026-01', { type: 'month', start: '2026-01-01' }],
  ])('%s', (text, period) => {
    expect(parsePeriodQuery(text)).toEqual(period);
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26', '2026-11-01', '0999', 'x', ''])('refuses %s', (text) => {
    expect(parsePeriodQuery(text)).toBeNull();
  });
});
