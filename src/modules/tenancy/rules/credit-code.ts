/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-character
 * set (digits and capital letters without I, O, Z, S, V), laid out as
 *
 *   1     registration authority (登记管理部门代码)
 *   2     organisation category (机构类别代码)
 *   3–8   administrative division (行政区划码, digits)
 *   9–17  organisation code (主体标识码, GB 11714)
 *   18    check digit over the first 17, weights 3^(i) mod 31
 *
 * Pure: no I/O.
 */

/** The code's alphabet, in value order: a character's value is its index. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 (3^i mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'charset' | 'division' | 'check_digit';

/** The check digit (18th character) the first 17 characters call for; null when one of them is outside the alphabet. */
export function creditCodeCheckDigit(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Trims and upper-cases what people type (they copy codes with spaces, or in lower case). */
export const normaliseCreditCode = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** What is wrong with a (normalised) code, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return 'charset';
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return 'division';
  if (creditCodeCheckDigit(code.slice(0, 17)) !== code.charAt(17)) return 'check_digit';
  return null;
}

export const isValidCreditCode = (code: string): boolean => creditCodeProblem(code) === null;
