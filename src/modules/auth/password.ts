import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/errors/app-error.ts';

// Argon2id (the library's default algorithm) at OWASP's baseline: 19 MiB, 2 iterations, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, options);
export const verifyPassword = (stored: string, password: string): Promise<boolean> => verify(stored, password);

/** A hash of a random password, verified against when the account does not exist: equal timing. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('tripdesk-no-such-account-' + Math.random());
  return dummyHash;
}

/** At least 10 characters, three of four classes, not containing the account's email name. */
export function assertStrongPassword(password: string, email: string | null): void {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  const local = email?.split('@')[0]?.toLowerCase();
  const problems: string[] = [];
  if (password.length < 10) problems.push('at least 10 characters');
  if (password.length > 200) problems.push('at most 200 characters');
  if (classes < 3) problems.push('three of: lower case, upper case, digits, symbols');
  if (local && local.length >= 3 && password.toLowerCase().includes(local)) problems.push('must not contain the account name');
  if (problems.length > 0) {
    throw new AppError('PASSWORD_TOO_WEAK', `Password needs ${problems.join('; ')}`, { problems });
  }
}
