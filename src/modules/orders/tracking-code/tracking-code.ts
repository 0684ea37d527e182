/**
 * 追踪码: an order's short, human-friendly tracking code, e.g. `F7KM-3QX9-K`.
 *
 * - A category prefix: F flight, H hotel, T train, C car.
 * - Seven random characters, then one check character, from an alphabet of 29 without look-alikes:
 *   no 0 O 1 I L U, and no V (read for U in handwriting) — which also makes the size prime.
 * - The check character makes the weighted sum Σ (i+1)·value(char i) over all nine characters
 *   ≡ 0 (mod 29). With a prime modulus larger than any difference of two values, and weights that are
 *   distinct and non-zero mod 29, every single substitution and every transposition of two adjacent
 *   characters changes the sum (proved by the property test beside this file).
 * - Shown grouped 4-4-1; accepted with or without dashes or spaces, in any case.
 * Pure: the randomness is given.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const CODE_MODULUS = CODE_ALPHABET.length; // 29, prime
const BODY_LENGTH = 7;
/** Prefix + body + check. */
export const CODE_LENGTH = 1 + BODY_LENGTH + 1;

export type CodeCategory = 'flight' | 'hotel' | 'train' | 'car';
export const CATEGORY_PREFIX: Readonly<Record<CodeCategory, string>> = { flight: 'F', hotel: 'H', train: 'T', car: 'C' };
const CATEGORY_OF_PREFIX: Readonly<Record<string, CodeCategory>> = { F: 'flight', H: 'hotel', T: 'train', C: 'car' };

const valueOf = (ch: string): number => CODE_ALPHABET.indexOf(ch);

/** The check character for the characters before it (prefix and body). */
export function checkCharacter(head: string): string {
  let sum = 0;
  for (let i = 0; i < head.length; i += 1) {
    const v = valueOf(head[i] ?? '');
    if (v < 0) throw new Error(`not a tracking code character: ${head[i]}`);
    sum += (i + 1) * v;
  }
  // Find c with sum + (n+1)·c ≡ 0: (n+1) is invertible mod 29 for n+1 < 29.
  const w = head.length + 1;
  for (let c = 0; c < CODE_MODULUS; c += 1) if ((sum + w * c) % CODE_MODULUS === 0) return CODE_ALPHABET[c] ?? '';
  throw new Error('no check character');
}

/** Whether nine compact characters (no dashes) carry a valid check. */
export function hasValidCheck(compact: string): boolean {
  let sum = 0;
  for (let i = 0; i < compact.length; i += 1) {
    const v = valueOf(compact[i] ?? '');
    if (v < 0) return false;
    sum += (i + 1) * v;
  }
  return sum % CODE_MODULUS === 0;
}

/** 'F7KM3QX9K' → 'F7KM-3QX9-K'. */
export const groupCode = (compact: string): string => `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;

/**
 * A new code for the category. `random(n)` returns an integer in [0, n): crypto in production,
 * seeded in tests.
 */
export function newTrackingCode(category: CodeCategory, random: (n: number) => number): string {
  let head = CATEGORY_PREFIX[category];
  for (let i = 0; i < BODY_LENGTH; i += 1) head += CODE_ALPHABET[random(CODE_MODULUS)] ?? '';
  return groupCode(head + checkCharacter(head));
}

/**
 * A code as a person types it ('f7km 3qx9k', 'F7KM-3QX9-K') → the stored, grouped form, or null
 * when it is not a valid code (wrong length, a character outside the alphabet, an unknown prefix,
 * a failed check).
 */
export function parseTrackingCode(input: string): { code: string; category: CodeCategory } | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  if (compact.length !== CODE_LENGTH) return null;
  const category = CATEGORY_OF_PREFIX[compact[0] ?? ''];
  if (category === undefined || !hasValidCheck(compact)) return null;
  return { code: groupCode(compact), category };
}

/** The pattern a code matches as typed (for request schemas): 9 characters with optional dashes, any case. */
export const TRACKING_CODE_INPUT_PATTERN = '^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]$';
