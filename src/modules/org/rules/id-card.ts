/**
 * Mainland China resident identity card numbers (GB 11643-1999):
 * 6-digit administrative region code, 8-digit birth date (YYYYMMDD),
 * 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2
 * check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Check character (0-9 or X) for the first 17 digits of an ID card number. */
export function idCardCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`expected 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Birth date (YYYY-MM-DD) encoded in an 18-character ID card number, or null if malformed. */
export function idCardBirthDate(idCardNo: string): string | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(idCardNo);
  if (match === null) return null;
  const [, y, m, d] = match;
  if (y === undefined || m === undefined || d === undefined) return null;
  if (!isValidDate(Number(y), Number(m), Number(d))) return null;
  return `${y}-${m}-${d}`;
}

/** Structural validity: 18 chars, a real calendar birth date and a correct check character. */
export function isValidIdCardNo(idCardNo: string): boolean {
  if (idCardBirthDate(idCardNo) === null) return false;
  return idCardCheckDigit(idCardNo.slice(0, 17)) === idCardNo.charAt(17);
}
