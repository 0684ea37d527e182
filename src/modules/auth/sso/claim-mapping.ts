/**
 * From the claims an OpenID provider vouches for to the employee key we look up, and from the
 * employee and account found to what the sign-in does. Pure: the callback does the I/O.
 */

export type MatchBy = 'email' | 'employee_no';

export interface ClaimRule {
  matchBy: MatchBy;
  /** The claim holding the employee number; a dotted path reaches into objects (`ext.staff_no`). */
  employeeNoClaim: string;
}

export type EmployeeKey = { by: 'email'; value: string } | { by: 'employee_no'; value: string };

export type ClaimOutcome = { ok: true; key: EmployeeKey } | { ok: false; reason: 'claim_missing' | 'email_unverified' };

/** The value at a dotted path of the claims, when it is a string or a number (as text), trimmed. */
export function claimText(claims: Readonly<Record<string, unknown>>, path: string): string | null {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  return text.length > 0 ? text : null;
}

/**
 * The key to find the employee by. An email the provider says is unverified (`email_verified:
 * false`) is refused; a provider that does not say is trusted, as enterprise directories often omit it.
 */
export function employeeKeyOf(claims: Readonly<Record<string, unknown>>, rule: ClaimRule): ClaimOutcome {
  if (rule.matchBy === 'email') {
    const email = claimText(claims, 'email');
    if (email === null) return { ok: false, reason: 'claim_missing' };
    if (claims.email_verified === false || claims.email_verified === 'false') return { ok: false, reason: 'email_unverified' };
    return { ok: true, key: { by: 'email', value: email.toLowerCase() } };
  }
  const number = claimText(claims, rule.employeeNoClaim);
  return number === null ? { ok: false, reason: 'claim_missing' } : { ok: true, key: { by: 'employee_no', value: number } };
}

export interface FoundEmployee {
  id: string;
  status: 'active' | 'inactive';
}

export interface FoundAccount {
  id: string;
  status: 'active' | 'disabled';
}

export type AccessDecision =
  | { kind: 'use'; accountId: string }
  | { kind: 'create' }
  | { kind: 'refuse'; reason: 'unknown_employee' | 'employee_inactive' | 'account_disabled' | 'no_account' };

/** Whether the matched person signs in with their account, gets one just in time, or is refused. */
export function decideAccess(employee: FoundEmployee | null, account: FoundAccount | null, jitEnabled: boolean): AccessDecision {
  if (!employee) return { kind: 'refuse', reason: 'unknown_employee' };
  if (employee.status !== 'active') return { kind: 'refuse', reason: 'employee_inactive' };
  if (account) return account.status === 'active' ? { kind: 'use', accountId: account.id } : { kind: 'refuse', reason: 'account_disabled' };
  return jitEnabled ? { kind: 'create' } : { kind: 'refuse', reason: 'no_account' };
}

/** The scopes asked for: `openid` first and always, then the configured ones, each once. */
export function requestedScopes(configured: readonly string[]): string {
  return ['openid', ...configured.filter((s) => s !== 'openid')].filter((s, i, all) => all.indexOf(s) === i).join(' ');
}
