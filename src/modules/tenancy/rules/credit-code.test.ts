import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckDigit, creditCodeProblem, isValidCreditCode, normaliseCreditCode } from './credit-code.ts';

/** Codes of real enterprises, as published in their business licences (国家企业信用信息公示系统). */
const REAL = [
  '91350100M000100Y43', // the example in GB 32100-2015 itself
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91110108551385082Q', // 北京小米科技有限责任公司
];

describe('统一社会信用代码', () => {
  it.each(REAL)('accepts the real code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('refuses every single-character change of a real code (the check digit catches it)', () => {
    for (const code of REAL) {
      for (let i = 0; i < 18; i++) {
        for (const ch of CREDIT_CODE_ALPHABET) {
          if (ch === code.charAt(i)) continue;
          const mutated = code.slice(0, i) + ch + code.slice(i + 1);
          expect(isValidCreditCode(mutated), mutated).toBe(false);
        }
      }
    }
  });

  it('refuses two neighbouring characters swapped', () => {
    for (const code of REAL) {
      for (let i = 0; i < 17; i++) {
        if (code.charAt(i) === code.charAt(i + 1)) continue;
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        expect(isValidCreditCode(swapped), swapped).toBe(false);
      }
    }
  });

  it('says what is wrong', () => {
    expect(creditCodeProblem('91440300708461136')).toBe('length');
    expect(creditCodeProblem('91440300708461136TX')).toBe('length');
    expect(creditCodeProblem('9144030070846113IT')).toBe('charset'); // I is not in the alphabet
    expect(creditCodeProblem('91440300708461136S')).toBe('charset');
    expect(creditCodeProblem('9144030O708461136T')).toBe('charset'); // the letter O for a zero
    expect(creditCodeProblem('9144A300708461136T')).toBe('division');
    expect(creditCodeProblem('91440300708461136U')).toBe('check_digit');
  });

  it('computes the check digit, 0 when the sum is a multiple of 31', () => {
    expect(creditCodeCheckDigit('91440300708461136')).toBe('T');
    expect(creditCodeCheckDigit('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckDigit('9144030070846113')).toBeNull();
    // Find a prefix whose weighted sum is a multiple of 31 by choosing its 17th character.
    const prefix = '9144030070846113';
    const withZero = [...CREDIT_CODE_ALPHABET].map((c) => prefix + c).find((p) => creditCodeCheckDigit(p) === '0');
    expect(withZero).toBeDefined();
  });

  it('normalises what people paste: spaces and lower case', () => {
    expect(normaliseCreditCode(' 9144 0300 7084 6113 6t ')).toBe('91440300708461136T');
    expect(isValidCreditCode(normaliseCreditCode('91440300708461136t'))).toBe(true);
  });
});
