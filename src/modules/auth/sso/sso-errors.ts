/**
 * Why a single sign-on did not complete: the code the console's login page receives
 * (`/login?sso_error=<code>`) and shows in words. Never a stack trace, never a 500.
 */
export const ssoErrorCodes = [
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
] as const;

export type SsoErrorCode = (typeof ssoErrorCodes)[number];

export class SsoFailure extends Error {
  readonly code: SsoErrorCode;
  readonly tenantId: string | null;
  /** The enterprise's code, when known, for the login page to offer again. */
  tenantCode: string | null = null;
  constructor(code: SsoErrorCode, message: string, tenantId: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SsoFailure';
    this.code = code;
    this.tenantId = tenantId;
  }
}

/** Where the browser goes after a failure: the console's login page, with the code (and the tenant code to offer again). */
export function loginPageWithError(code: SsoErrorCode, tenantCode: string | null): string {
  const query = new URLSearchParams({ sso_error: code });
  if (tenantCode) query.set('tenant', tenantCode);
  return `/login?${query.toString()}`;
}
