/**
 * Text normalisation shared by the resolver and the search: what a user or a supplier types
 * becomes a lookup key.
 */

/** NFKC (full-width letters, digits and spaces become ASCII), trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim();
}

const HAN = /\p{Script=Han}/u;

/** True when the text has Chinese characters (it is matched as written, not as Latin letters). */
export const hasHan = (text: string): boolean => HAN.test(text);

/**
 * The Latin key of a name: lower-case, accents dropped (ü → u), everything but letters and digits
 * removed — "Xi'an", 'XIAN', 'xi an' and 'Xi-an' all give 'xian'; 'taizhou_zj' gives 'taizhouzj'.
 */
export function latinKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Division codes as suppliers write them: 4 (the package's city codes), 6, 9 or 12 digits → six digits. */
export function divisionKey(digits: string): string | null {
  if (digits.length === 4) return `${digits}00`;
  if (digits.length === 6 || digits.length === 9 || digits.length === 12) return digits.slice(0, 6);
  return null;
}
