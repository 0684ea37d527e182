import { describe, expect, it } from 'vitest';
import { DIRECTORY } from './directory.ts';
import { buildResolveIndex } from './resolve-index.ts';

describe('the resolver index', () => {
  it('builds in well under 50 ms (it is built once, when the module loads)', () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      buildResolveIndex(DIRECTORY);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).toBeLessThan(50);
  });

  it('indexes every division code of every city', () => {
    const index = buildResolveIndex(DIRECTORY);
    const codes = DIRECTORY.flatMap(([, row]) => [row.code, ...row.cityCodes.split(' '), ...row.counties.split(' ')].filter(Boolean));
    expect(index.byDivision.size).toBe(new Set(codes).size); // 东莞, 中山 and 儋州 list themselves as their only county
    expect(codes.length).toBeGreaterThan(3000);
  });
});
