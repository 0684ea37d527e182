import { AppError, type FieldError } from '../../platform/errors/app-error.ts';

/** Checks of a policy's own fields; each problem is recorded under its field's path. */

/** Trimmed text of at most maxLength characters (code points, as the request schema counts them); non-empty when required. */
export function checkPolicyText(errors: FieldError[], path: string, value: string, maxLength: number, required: boolean): string {
  const text = value.trim();
  if (required && text === '') errors.push({ path, message: 'must not be empty' });
  if ([...text].length > maxLength) errors.push({ path, message: `at most ${maxLength} characters` });
  return text;
}

export const duplicateName = (name: string) => {
  const message = `A policy named ${name} already exists`;
  return new AppError('DUPLICATE', message, { errors: [{ path: 'name', message }] });
};
