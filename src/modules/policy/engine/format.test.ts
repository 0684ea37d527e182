import { describe, expect, it } from 'vitest';
import { formatZhe, plural } from './format.ts';

describe('discounts and plurals', () => {
  it('writes discounts as 折', () => {
    expect([0.7, 0.75, 0.85, 1, 0.675].map(formatZhe)).toEqual(['7 折', '7.5 折', '8.5 折', '10 折', '6.75 折']);
  });

  it('writes English plurals', () => {
    expect(plural(1, 'night')).toBe('1 night');
    expect(plural(3, 'night')).toBe('3 nights');
    expect(plural(2, 'child', 'children')).toBe('2 children');
  });
});
