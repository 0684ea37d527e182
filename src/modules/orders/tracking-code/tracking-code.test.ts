import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  CODE_MODULUS,
  checkCharacter,
  groupCode,
  hasValidCheck,
  newTrackingCode,
  parseTrackingCode,
  type CodeCategory,
} from './tracking-code.ts';

const categories: CodeCategory[] = ['flight', 'hotel', 'train', 'car'];
const seeded = (values: number[]) => {
  let i = 0;
  return (n: number) => (values[i++ % values.length] ?? 0) % n;
};
const compactCode = fc
  .tuple(fc.constantFrom(...categories), fc.array(fc.nat({ max: CODE_MODULUS - 1 }), { minLength: 7, maxLength: 7 }))
  .map(([c, body]) => newTrackingCode(c, seeded(body)).replace(/-/g, ''));

describe('tracking code (追踪码)', () => {
  it('has no ambiguous characters and a prime alphabet size', () => {
    for (const ch of '0O1ILUV') expect(CODE_ALPHABET).not.toContain(ch);
    expect(CODE_MODULUS).toBe(29);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_MODULUS);
  });

  it('carries the category prefix, is grouped 4-4-1 and checks', () => {
    const code = newTrackingCode('flight', seeded([3, 14, 9, 1, 22, 27, 5]));
    expect(code).toMatch(/^F[2-9A-Z]{3}-[2-9A-Z]{4}-[2-9A-Z]$/);
    expect(parseTrackingCode(code)).toEqual({ code, category: 'flight' });
    expect(newTrackingCode('hotel', seeded([0]))[0]).toBe('H');
    expect(newTrackingCode('train', seeded([0]))[0]).toBe('T');
    expect(newTrackingCode('car', seeded([0]))[0]).toBe('C');
  });

  it('is accepted without dashes, with spaces and in lower case', () => {
    const code = newTrackingCode('hotel', seeded([7, 7, 2, 9, 11, 0, 28]));
    const compact = code.replace(/-/g, '');
    for (const typed of [compact, compact.toLowerCase(), ` ${code.toLowerCase()} `, `${compact.slice(0, 4)} ${compact.slice(4)}`])
      expect(parseTrackingCode(typed)?.code).toBe(code);
  });

  it('refuses wrong lengths, unknown prefixes and foreign characters', () => {
    expect(parseTrackingCode('')).toBeNull();
    expect(parseTrackingCode('F7KM-3QX9')).toBeNull();
    const head = 'X7KM3QX9';
    expect(parseTrackingCode(head + checkCharacter(head))).toBeNull();
    expect(parseTrackingCode('F0KM-3QX9-K')).toBeNull();
  });

  it('detects every single substitution (property)', () => {
    fc.assert(
      fc.property(compactCode, fc.nat({ max: CODE_LENGTH - 1 }), fc.nat({ max: CODE_MODULUS - 2 }), (code, at, shift) => {
        const old = CODE_ALPHABET.indexOf(code[at] ?? '');
        const replaced = CODE_ALPHABET[(old + 1 + shift) % CODE_MODULUS] ?? '';
        const changed = code.slice(0, at) + replaced + code.slice(at + 1);
        expect(changed).not.toBe(code);
        expect(hasValidCheck(changed)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('detects every transposition of two adjacent, different characters (property)', () => {
    fc.assert(
      fc.property(compactCode, fc.nat({ max: CODE_LENGTH - 2 }), (code, at) => {
        const a = code[at] ?? '';
        const b = code[at + 1] ?? '';
        fc.pre(a !== b);
        const swapped = code.slice(0, at) + b + a + code.slice(at + 2);
        expect(hasValidCheck(swapped)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('detects them exhaustively on a sample code', () => {
    const code = 'F7KM3QX9';
    const full = code + checkCharacter(code);
    expect(hasValidCheck(full)).toBe(true);
    expect(groupCode(full)).toBe(`F7KM-3QX9-${full[8]}`);
    for (let i = 0; i < full.length; i += 1)
      for (const ch of CODE_ALPHABET) if (ch !== full[i]) expect(hasValidCheck(full.slice(0, i) + ch + full.slice(i + 1))).toBe(false);
  });
});
