import { describe, expect, it } from 'vitest';
import { formatFen, formatYuanZh } from './money.ts';
import { formatFractionAsPercent, formatPercentValue, percentOf, usedAndLeftLabel } from './percent.ts';

describe('money and percentages', () => {
  it('writes fen as yuan with thousands separators', () => {
    expect(formatFen(123_400)).toBe('¥1,234.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatFen(-1_250)).toBe('-¥12.50');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(Number.NaN)).toBe('¥—');
    expect(formatYuanZh(123_400)).toBe('1,234.00 元');
  });

  it('writes fractions as percentages; per-cent values with one decimal', () => {
    expect([0.8, 0.675, 0.07].map((f) => formatFractionAsPercent(f))).toEqual(['80%', '67.5%', '7%']);
    expect(formatFractionAsPercent(1.05, 1)).toBe('105.0%');
    expect(formatPercentValue(percentOf(21_000_000, 20_000_000))).toBe('105.0%');
  });
});

describe('money, budget-sized', () => {
  it('formats fen as yuan with thousands separators', () => {
    expect(formatFen(20_000_000)).toBe('¥200,000.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatFen(-100_000)).toBe('-¥1,000.00');
    expect(formatFen(0)).toBe('¥0.00');
  });

  it('rounds percentages to one decimal, half up, exactly', () => {
    expect(percentOf(21_000_000, 20_000_000)).toBe(105);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 2000)).toBe(0.1);
    expect(percentOf(1, 4000)).toBe(0);
    expect(percentOf(1, 0)).toBe(0);
    expect(percentOf(9_007_199_254_740, 9_007_199_254_741)).toBe(100);
  });

  it('labels used and remaining shares so neither is a bare number', () => {
    expect(usedAndLeftLabel(63, 'zh-CN')).toBe('已用 63.0% / 剩余 37.0%');
    expect(usedAndLeftLabel(63, 'en')).toBe('63.0% used / 37.0% left');
    expect(usedAndLeftLabel(105.5, 'zh-CN')).toBe('已用 105.5% / 超出 5.5%');
    expect(usedAndLeftLabel(100, 'en')).toBe('100.0% used / 0.0% left');
  });
});
