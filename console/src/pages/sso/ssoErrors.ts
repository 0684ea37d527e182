import { ApiError } from '../../api/errors';
import type { Messages } from '../../i18n/zh-CN';

export type SsoErrorCode = keyof Messages['sso']['error'];

const CODES = new Set<string>([
  'unknown_tenant',
  'sso_disabled',
  'state_invalid',
  'provider_unavailable',
  'provider_error',
  'access_denied',
  'claim_missing',
  'email_unverified',
  'unknown_employee',
  'employee_inactive',
  'no_account',
  'account_disabled',
] satisfies SsoErrorCode[]);

/** The `sso_error` code of the login page's address as a known code; an unknown one reads as a provider error. */
export function ssoErrorOf(value: string | null): SsoErrorCode | null {
  if (value === null || value === '') return null;
  return CODES.has(value) ? (value as SsoErrorCode) : 'provider_error';
}

/** The company code of a password sign-in refused because the company signs in with SSO only, else null. */
export function ssoOnlyTenantOf(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'PASSWORD_SIGN_IN_DISABLED') return null;
  const details = err.details;
  const code = typeof details === 'object' && details !== null ? (details as Record<string, unknown>).tenantCode : undefined;
  return typeof code === 'string' ? code : '';
}
