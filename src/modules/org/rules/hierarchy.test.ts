import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodesOnCycles, wouldCreateCycle } from './hierarchy.ts';
import { rankResolver } from './rank-resolver.ts';
import { uniqueClashes } from './unique-values.ts';

describe('wouldCreateCycle', () => {
  // root ← a ← b ← c   (c's ancestors: c, b, a, root)
  it('refuses a node under itself or under a descendant', () => {
    expect(wouldCreateCycle('a', 'a', ['a'])).toBe(true);
    expect(wouldCreateCycle('a', 'c', ['c', 'b', 'a', 'root'])).toBe(true);
  });
  it('allows a move elsewhere or to the top', () => {
    expect(wouldCreateCycle('c', 'root', ['root'])).toBe(false);
    expect(wouldCreateCycle('a', null, [])).toBe(false);
  });
});

describe('nodesOnCycles', () => {
  it('finds nothing in a tree', () => {
    expect(
      nodesOnCycles(
        new Map([
          ['a', null],
          ['b', 'a'],
          ['c', 'b'],
          ['d', 'a'],
        ]),
      ),
    ).toEqual(new Set());
  });
  it('finds exactly the members of each loop, not the nodes leading into it', () => {
    const parent = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['tail', 'a'],
      ['self', 'self'],
      ['x', 'outside'],
    ]);
    expect(nodesOnCycles(parent)).toEqual(new Set(['a', 'b', 'c', 'self']));
  });
  it('agrees with walking each chain (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(9), { nil: null }), { minLength: 1, maxLength: 10 }), (parents) => {
        const map = new Map(parents.map((p, i) => [i, p]));
        const expected = new Set<number>();
        for (const start of map.keys()) {
          let node: number | null | undefined = map.get(start);
          for (let steps = 0; steps <= map.size && node !== null && node !== undefined; steps++) {
            if (node === start) {
              expected.add(start);
              break;
            }
            node = map.get(node);
          }
        }
        expect(nodesOnCycles(map)).toEqual(expected);
      }),
    );
  });
});

describe('uniqueClashes', () => {
  it('allows swaps inside the change and reports clashes with records left alone', () => {
    const current = [
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c'],
    ] as const;
    expect(
      uniqueClashes(current, [
        ['1', 'b'],
        ['2', 'a'],
      ]),
    ).toEqual(new Map());
    expect(uniqueClashes(current, [['1', 'c']])).toEqual(new Map([['1', '3']]));
    expect(
      uniqueClashes(current, [
        ['new', 'x'],
        ['new2', 'x'],
      ]),
    ).toEqual(
      new Map([
        ['new', 'new2'],
        ['new2', 'new'],
      ]),
    );
    expect(
      uniqueClashes(current, [
        ['1', null],
        ['new', 'a'],
      ]),
    ).toEqual(new Map());
  });
});

describe('rankResolver', () => {
  const resolve = rankResolver([
    { code: 'P1', name: '助理专员' },
    { code: 'M1', name: '经理' },
    { code: 'X1', name: '经理' },
  ]);
  it('finds by code, then by unique name, then by code ignoring case', () => {
    expect(resolve('P1')).toEqual({ ok: true, code: 'P1' });
    expect(resolve('助理专员')).toEqual({ ok: true, code: 'P1' });
    expect(resolve('p1')).toEqual({ ok: true, code: 'P1' });
  });
  it('refuses an ambiguous name and an unknown text', () => {
    expect(resolve('经理').ok).toBe(false);
    expect(resolve('总监').ok).toBe(false);
  });
});
