import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCardCheckDigit, isValidIdCardNo } from './id-card.ts';

/**
 * ISO 7064 MOD 11-2 verified from its definition rather than the lookup table
 * used by the implementation: with weights 2^(17-i) mod 11 over all 18
 * characters (X = 10), a valid number sums to 1 modulo 11.
 */
function satisfiesMod11_2(idCardNo: string): boolean {
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const ch = idCardNo.charAt(i);
    const value = ch === 'X' ? 10 : Number(ch);
    sum += value * (2 ** (17 - i) % 11);
  }
  return sum % 11 === 1;
}

describe('idCardCheckDigit', () => {
  it('matches known-valid resident ID numbers', () => {
    expect(idCardCheckDigit('11010519491231002')).toBe('X');
    expect(idCardCheckDigit('44052418800101001')).toBe('4');
    expect(isValidIdCardNo('11010519491231002X')).toBe(true);
    expect(isValidIdCardNo('440524188001010014')).toBe(true);
  });

  it('satisfies the MOD 11-2 definition for every possible check character', () => {
    expect(satisfiesMod11_2('11010519491231002X')).toBe(true);
    expect(satisfiesMod11_2('440524188001010014')).toBe(true);
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        const check = idCardCheckDigit(first17);
        seen.add(check);
        expect(satisfiesMod11_2(first17 + check), first17).toBe(true);
      }),
      { numRuns: 500, seed: 11 },
    );
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('rejects tampered numbers, impossible dates and bad input', () => {
    expect(isValidIdCardNo('110105194912310021')).toBe(false); // wrong check character
    expect(isValidIdCardNo('11010519491231012X')).toBe(false); // sequence changed
    expect(isValidIdCardNo('440524188002300014')).toBe(false); // 30 February
    expect(isValidIdCardNo('44052418800101001')).toBe(false); // 17 characters
    expect(() => idCardCheckDigit('4405241880010100')).toThrow();
    expect(() => idCardCheckDigit('4405241880010100X')).toThrow();
  });
});
