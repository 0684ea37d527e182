import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { permissionsOf, type Permission } from '../../src/modules/access/permissions.ts';
import { isRole, type Role } from '../../src/modules/access/roles.ts';
import { generateDemoData } from '../../src/demo/demo-data.ts';
import { errorCodes, type ErrorCode } from '../../src/platform/errors/catalogue.ts';

/** Rows of a raw tx.execute(sql`…`) result: both drivers answer { rows: [...] }. */
export function rawRows(result: unknown): Record<string, unknown>[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
  }
  throw new Error('unexpected result shape from the database driver');
}

export interface RoleLogin {
  /** The role this log-in stands for (its main role). */
  role: Role;
  email: string;
  /** Every role the account holds (a demo executive is also an approver and a traveller). */
  roles: Role[];
  operator: boolean;
  /** What the permission table says this account may do. */
  permissions: Set<Permission>;
  phone: string;
}

/**
 * One demo log-in per role: the enterprise roles of Huachen, and the operator staff (the account
 * manager serving Huachen, am@, not am2@ who serves Yunfan).
 */
export function roleLogins(): RoleLogin[] {
  const seen = new Set<string>();
  const out: RoleLogin[] = [];
  for (const l of generateDemoData().logins) {
    if (l.tenantCode !== null && l.tenantCode !== 'huachen') continue;
    if (l.email === 'am2@tripdesk.example.com' || seen.has(l.role)) continue;
    seen.add(l.role);
    const roles = l.roles.filter(isRole);
    out.push({ role: l.role, email: l.email, roles, operator: l.tenantCode === null, permissions: permissionsOf(roles), phone: l.phone });
  }
  return out;
}

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (errorCodes as string[]).includes(code);

/** The response is a catalogue error: JSON {code, message, requestId}, without internals. */
export function errorOf(res: LightMyRequestResponse): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
  expect(res.headers['content-type'] ?? '').toMatch(/^application\/json/);
  const body: unknown = res.json();
  if (typeof body !== 'object' || body === null || !('code' in body) || !('message' in body)) {
    throw new Error(`not an error body: ${res.body.slice(0, 300)}`);
  }
  const { code, message } = body;
  if (!isErrorCode(code)) throw new Error(`code ${String(code)} is not in the error catalogue: ${res.body.slice(0, 300)}`);
  if (typeof message !== 'string' || message === '') throw new Error(`error without a message: ${res.body.slice(0, 300)}`);
  const details =
    'details' in body && typeof body.details === 'object' && body.details !== null ? (body.details as Record<string, unknown>) : undefined;
  return { code, message, details };
}

/** Signs of a leaked stack trace or driver internals in a response body. */
export const leaksInternals = (body: string): boolean =>
  /\bat [\w$.<>]+ \(|\bat file:\/\/|node:internal|\/src\/|"stack"|\bSQLSTATE\b|\bsyntax error at\b/.test(body);

/**
 * Routes open at the session layer (access 'public') that authenticate their caller by a credential
 * of their own: a person's session or an API key is no credential there, so with either they answer
 * 401 with their own code, whatever the role or scope. Their own refusals and acceptances are tested
 * with the routes.
 */
export const SELF_AUTHENTICATED: Readonly<Record<string, { code: ErrorCode; reason: string }>> = {
  'POST /api/v1/ingest/events': {
    code: 'SIGNATURE_MISSING',
    reason:
      'suppliers sign their event batches (an HMAC of the body, test/ingest/ingest-endpoint.test.ts); no session or key is a supplier',
  },
};

/** The route authenticates its callers itself and refused this one as it should (see SELF_AUTHENTICATED). */
export function refusedBySelfAuthentication(route: { method: string; url: string }, res: LightMyRequestResponse): boolean {
  const own = SELF_AUTHENTICATED[`${route.method} ${route.url}`];
  return own !== undefined && res.statusCode === 401 && errorOf(res).code === own.code;
}
