import { describe, expect, it } from 'vitest';
import { everyOf } from './values';

describe('everyOf', () => {
  it('accepts a list only when it holds every member of the union and nothing else (checked by the compiler)', () => {
    expect(everyOf<'a' | 'b'>()(['b', 'a'])).toEqual(['b', 'a']);
    // @ts-expect-error -- 'b' is missing from the list
    everyOf<'a' | 'b'>()(['a']);
    // @ts-expect-error -- 'c' is not a member of the union
    everyOf<'a' | 'b'>()(['a', 'b', 'c']);
  });
});
