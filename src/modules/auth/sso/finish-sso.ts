import { and, eq, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { employees } from '../../org/index.ts';
import { tenants } from '../../tenancy/index.ts';
import { openSession, type NewSession } from '../new-session.ts';
import { hashPassword } from '../password.ts';
import { accounts } from '../schema.ts';
import { randomToken } from '../tokens.ts';
import { decideAccess, employeeKeyOf, type EmployeeKey } from './claim-mapping.ts';
import { discoverProvider, describeProviderError } from './oidc-client.ts';
import { SsoFailure, type SsoErrorCode } from './sso-errors.ts';
import { ssoSettings } from './sso-schema.ts';
import { consumeState, providerSettingsOf } from './start-sso.ts';

export interface SsoCallbackInput {
  db: Db;
  cipher: PiiCipher;
  /** The callback's query string as the browser sent it (`?code=…&state=…`). */
  search: string;
  /** The value of the browser-binding cookie set at the start. */
  browserToken: string | undefined;
  ip: string;
  userAgent: string | null;
  requestId: string | null;
  sessionTtlHours: number;
  now?: Date;
}

export interface SsoSignedIn extends NewSession {
  accountId: string;
  tenantCode: string;
  created: boolean;
}

/**
 * The provider's answer: the state is taken once (replays, expired and other browsers' states are
 * refused), the code exchanged with the PKCE verifier, the ID token checked by openid-client (issuer,
 * audience, signature, expiry, nonce), the claims (ID token, completed by userinfo) matched to an
 * employee of the state's tenant only, and a session opened as a password sign-in does. Failures
 * after the state is known are audited on the tenant's log.
 */
export async function finishSsoSignIn(input: SsoCallbackInput): Promise<SsoSignedIn> {
  const now = input.now ?? new Date();
  const params = new URLSearchParams(input.search);
  const state = params.get('state');
  if (!state) throw new SsoFailure('state_invalid', 'The answer carries no state');
  const pending = await consumeState(input.db, state, input.browserToken, now);
  const tenantId = pending.tenantId;
  const actor: Actor = { kind: 'system', id: null, name: 'single sign-on', requestId: input.requestId, ip: input.ip };
  try {
    const { settings, tenantCode } = await inSystemScope(input.db, async (tx) => {
      const [row] = await tx
        .select({ settings: ssoSettings, tenantCode: tenants.code })
        .from(ssoSettings)
        .innerJoin(tenants, eq(tenants.id, ssoSettings.tenantId))
        .where(eq(ssoSettings.tenantId, tenantId));
      return row ?? { settings: null, tenantCode: null };
    });
    if (!settings?.enabled || tenantCode === null) throw new SsoFailure('sso_disabled', 'Single sign-on was switched off', tenantId);
    const providerError = params.get('error');
    if (providerError !== null) {
      const code: SsoErrorCode = providerError === 'access_denied' ? 'access_denied' : 'provider_error';
      throw new SsoFailure(code, `The provider answered ${providerError}: ${params.get('error_description') ?? ''}`.trim(), tenantId);
    }
    const claims = await providerClaims(settings, input, pending, state);
    const key = employeeKeyOf(claims, settings);
    if (!key.ok) throw new SsoFailure(key.reason, `The provider's claims do not identify an employee (${key.reason})`, tenantId);
    const signedIn = await signInMatched(
      input,
      { tenantId, tenantCode, key: key.key, jitEnabled: settings.jitEnabled, jitRoles: settings.jitRoles },
      now,
    );
    return signedIn;
  } catch (err) {
    const failure =
      err instanceof SsoFailure ? err : new SsoFailure('provider_error', describeProviderError(err), tenantId, { cause: err });
    await inSystemScope(input.db, async (tx) => {
      await appendAudit(tx, {
        tenantId,
        actor,
        action: 'auth.sso_refused',
        entityType: 'sso_settings',
        entityId: tenantId,
        summary: `Single sign-on refused: ${failure.code}`,
        data: { reason: failure.code, detail: failure.message.slice(0, 500), userAgent: input.userAgent },
      });
      const [tenant] = await tx.select({ code: tenants.code }).from(tenants).where(eq(tenants.id, tenantId));
      failure.tenantCode = tenant?.code ?? null;
    });
    throw failure;
  }
}

async function providerClaims(
  settings: typeof ssoSettings.$inferSelect,
  input: SsoCallbackInput,
  pending: { nonce: string; codeVerifier: string; redirectUri: string },
  state: string,
): Promise<Record<string, unknown>> {
  const config = await discoverProvider(providerSettingsOf(settings, input.cipher));
  const currentUrl = new URL(pending.redirectUri);
  currentUrl.search = input.search;
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new SsoFailure('provider_error', 'The provider sent no ID token');
  let userinfo: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
    try {
      userinfo = { ...(await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)) };
    } catch {
      // The ID token alone may carry what we need; if not, the mapping says which claim is missing.
    }
  }
  return { ...userinfo, ...idClaims };
}

interface Match {
  tenantId: string;
  tenantCode: string;
  key: EmployeeKey;
  jitEnabled: boolean;
  jitRoles: string[];
}

/** In one transaction: the employee of THIS tenant, their account (or a new one), the session, the audit. */
async function signInMatched(input: SsoCallbackInput, match: Match, now: Date): Promise<SsoSignedIn> {
  const outcome = await inSystemScope(input.db, async (tx) => {
    const employee = await employeeByKey(tx, match.tenantId, match.key);
    const [account] = employee
      ? await tx
          .select()
          .from(accounts)
          .where(and(eq(accounts.tenantId, match.tenantId), eq(accounts.kind, 'tenant'), eq(accounts.employeeId, employee.id)))
          .limit(1)
      : [];
    const decision = decideAccess(employee, account ?? null, match.jitEnabled);
    if (decision.kind === 'refuse') return { ok: false as const, reason: decision.reason, employeeId: employee?.id ?? null };
    const accountId = decision.kind === 'use' ? decision.accountId : await createJitAccount(tx, match, employee, now);
    const displayName = account?.displayName ?? employee?.name ?? '';
    const session = await openSession(tx, {
      accountId,
      ip: input.ip,
      userAgent: input.userAgent,
      sessionTtlHours: input.sessionTtlHours,
      now,
    });
    await appendAudit(tx, {
      tenantId: match.tenantId,
      actor: { kind: 'account', id: accountId, name: displayName, requestId: input.requestId, ip: input.ip },
      action: 'auth.signed_in_sso',
      entityType: 'account',
      entityId: accountId,
      summary: `${displayName} signed in with single sign-on`,
      data: { matchedBy: match.key.by, created: decision.kind === 'create', userAgent: input.userAgent },
    });
    return { ok: true as const, result: { ...session, accountId, tenantCode: match.tenantCode, created: decision.kind === 'create' } };
  });
  if (!outcome.ok) {
    const messages = {
      unknown_employee: 'No employee of this enterprise matches the signed-in person',
      employee_inactive: 'The employee is no longer active',
      account_disabled: 'The account is disabled',
      no_account: 'The employee has no account and accounts are not created on first sign-in',
    } as const;
    throw new SsoFailure(outcome.reason, messages[outcome.reason], match.tenantId);
  }
  return outcome.result;
}

type EmployeeRow = { id: string; name: string; email: string | null; status: 'active' | 'inactive' };

async function employeeByKey(tx: Tx, tenantId: string, key: EmployeeKey): Promise<EmployeeRow | null> {
  const [row] = await tx
    .select({ id: employees.id, name: employees.name, email: employees.email, status: employees.status })
    .from(employees)
    .where(
      and(
        eq(employees.tenantId, tenantId),
        key.by === 'email' ? eq(sql`lower(${employees.email})`, key.value) : eq(employees.employeeNo, key.value),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The account of an employee signing in for the first time (just in time): the configured roles, no
 * usable password (a random one nobody knows), the employee's email when no other account has it.
 */
async function createJitAccount(tx: Tx, match: Match, employee: EmployeeRow | null, now: Date): Promise<string> {
  if (!employee) throw new Error('no employee to create an account for');
  const email = employee.email?.toLowerCase() ?? null;
  const [taken] = email ? await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email)) : [];
  const id = newId();
  await tx.insert(accounts).values({
    id,
    kind: 'tenant',
    tenantId: match.tenantId,
    employeeId: employee.id,
    email: taken ? null : email,
    passwordHash: await hashPassword(randomToken(32)),
    displayName: employee.name,
    roles: match.jitRoles,
    createdAt: now,
    updatedAt: now,
  });
  await appendAudit(tx, {
    tenantId: match.tenantId,
    actor: { kind: 'system', id: null, name: 'single sign-on', requestId: null, ip: null },
    action: 'auth.account_created_sso',
    entityType: 'account',
    entityId: id,
    summary: `Account created for ${employee.name} on their first single sign-on (${match.jitRoles.join(', ')})`,
    data: { employeeId: employee.id, roles: match.jitRoles },
  });
  return id;
}
