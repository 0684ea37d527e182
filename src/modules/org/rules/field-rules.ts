import { idCardBirthDate, idCardCheckDigit } from './id-card.ts';

/**
 * Field rules shared by the JSON API, the CSV import and the HR sync. Each rule takes the raw text
 * and returns the normalised value or a problem with a stable code (for import reports) and an
 * English message (for forms).
 */
export interface Problem {
  code: 'required' | 'invalid' | 'too_long';
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (code: Problem['code'], message: string): Checked<never> => ({ ok: false, problem: { code, message } });

/** Length in characters as people count them (code points, so 𠮷 is one). */
const charCount = (s: string): number => [...s].length;

function text(raw: string, label: string, max: number): Checked<string> {
  const value = raw.trim();
  if (value === '') return bad('required', `${label} is required`);
  if (charCount(value) > max) return bad('too_long', `${label} must be at most ${max} characters`);
  return ok(value);
}

export const checkEmployeeNo = (raw: string): Checked<string> => {
  const value = raw.trim();
  if (value === '') return bad('required', 'employee number is required');
  if (value.length > 32) return bad('too_long', 'employee number must be at most 32 characters');
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return bad('invalid', 'employee number may contain only letters, digits, _ and -');
  return ok(value);
};

export const checkPersonName = (raw: string): Checked<string> => text(raw, 'name', 50);

export const checkEmail = (raw: string): Checked<string> => {
  const trimmed = raw.trim();
  if (trimmed === '') return bad('required', 'email is required');
  // Counted as sent, in characters like every other limit (lower-casing may lengthen a few letters).
  if (charCount(trimmed) > 254) return bad('too_long', 'email must be at most 254 characters');
  const value = trimmed.toLowerCase();
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) return bad('invalid', 'email is not a valid address');
  return ok(value);
};

/** Mainland mobile numbers: 11 digits starting 1[3-9]; spaces, dashes and a +86 prefix are accepted. */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.trim().replace(/[\s-]/g, '');
  const national = /^(\+86|0086|86)\d{11}$/.test(compact) ? compact.slice(compact.length - 11) : compact;
  return /^1[3-9]\d{9}$/.test(national) ? national : null;
}

export const checkPhone = (raw: string): Checked<string> => {
  if (raw.trim() === '') return bad('required', 'phone is required');
  const value = normaliseMobile(raw);
  return value === null ? bad('invalid', 'phone must be a mainland mobile number (11 digits starting 13–19)') : ok(value);
};

/** 18-character resident identity card number: a real birth date and a correct MOD 11-2 check character. */
export function checkIdCardNo(raw: string, today: Date = new Date()): Checked<string> {
  const value = raw.trim().toUpperCase();
  if (value === '') return bad('required', 'ID card number is required');
  if (!/^\d{17}[\dX]$/.test(value)) return bad('invalid', 'ID card number must be 17 digits followed by a digit or X');
  const birth = idCardBirthDate(value);
  if (birth === null || birth < '1900-01-01' || birth > today.toISOString().slice(0, 10)) {
    return bad('invalid', 'ID card number has an impossible birth date');
  }
  if (idCardCheckDigit(value.slice(0, 17)) !== value.charAt(17)) {
    return bad('invalid', 'ID card number has a wrong check digit');
  }
  return ok(value);
}

export const checkPassportNo = (raw: string): Checked<string> => {
  const value = raw.trim().toUpperCase();
  if (value === '') return bad('required', 'passport number is required');
  if (!/^[A-Z0-9]{5,20}$/.test(value)) return bad('invalid', 'passport number must be 5–20 letters or digits');
  return ok(value);
};

export const checkExternalId = (raw: string): Checked<string> => text(raw, 'external id', 100);

/** Codes of departments, cost centres and projects. */
export const checkOrgCode = (raw: string): Checked<string> => {
  const value = raw.trim();
  if (value === '') return bad('required', 'code is required');
  if (value.length > 40) return bad('too_long', 'code must be at most 40 characters');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value)) {
    return bad('invalid', 'code may contain only letters, digits, _, . and - and must start with a letter or digit');
  }
  return ok(value);
};

export const checkOrgName = (raw: string): Checked<string> => text(raw, 'name', 100);

export const checkRankCode = (raw: string): Checked<string> => {
  const value = raw.trim();
  if (value === '') return bad('required', 'rank code is required');
  if (value.length > 20) return bad('too_long', 'rank code must be at most 20 characters');
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(value)) return bad('invalid', 'rank code may contain only letters, digits, _ and -');
  return ok(value);
};

export const checkRankName = (raw: string): Checked<string> => text(raw, 'rank name', 50);

export const checkRankLevel = (level: number): Checked<number> =>
  Number.isInteger(level) && level >= 1 && level <= 99 ? ok(level) : bad('invalid', 'level must be a whole number from 1 to 99');
