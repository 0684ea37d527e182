import { AppError, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { creditCodeProblem, normaliseCreditCode } from './rules/credit-code.ts';
import type { TenantTier } from './schema.ts';

/** An enterprise's particulars as an administrator enters them (the schema has checked formats). */
export interface TenantFields {
  name: string;
  nameEn: string;
  shortName: string | null;
  creditCode: string;
  tier: TenantTier;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

const creditCodeMessages = {
  length: 'must be 18 characters',
  charset: 'may hold only digits and capital letters other than I, O, Z, S and V',
  division: 'characters 3 to 8 must be an administrative division code (digits)',
  check_digit: 'the check digit (last character) does not match: a character was mistyped',
} as const;

const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '');

/** Trims and normalises the fields given, and refuses a credit code that fails GB 32100-2015 (422 with the field path). */
export function checkTenantFields<T extends Partial<TenantFields>>(input: T): T {
  const errors: FieldError[] = [];
  const out: Partial<TenantFields> = {};
  for (const key of ['name', 'nameEn', 'contactName', 'contactEmail'] as const) {
    const value = input[key];
    if (value !== undefined) {
      out[key] = value.trim();
      if (out[key] === '') errors.push({ path: key, message: 'must not be blank' });
    }
  }
  if (input.contactEmail !== undefined) out.contactEmail = input.contactEmail.trim().toLowerCase();
  if (input.shortName !== undefined)
    out.shortName = input.shortName === null || input.shortName.trim() === '' ? null : input.shortName.trim();
  if (input.contactPhone !== undefined) out.contactPhone = normalisePhone(input.contactPhone);
  if (input.tier !== undefined) out.tier = input.tier;
  if (input.creditCode !== undefined) {
    const code = normaliseCreditCode(input.creditCode);
    const problem = creditCodeProblem(code);
    if (problem) errors.push({ path: 'creditCode', message: creditCodeMessages[problem] });
    out.creditCode = code;
  }
  if (errors.length > 0) throw validationFailed(errors);
  return out as T;
}

/** 409 DUPLICATE naming the field, so a form can show it beside the input. */
export const duplicateField = (path: string, message: string) => new AppError('DUPLICATE', message, { errors: [{ path, message }] });
