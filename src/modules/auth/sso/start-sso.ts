import { eq, lt, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { tenants } from '../../tenancy/index.ts';
import { randomToken, safeEqualHex, sha256 } from '../tokens.ts';
import { requestedScopes } from './claim-mapping.ts';
import { discoverProvider, type ProviderSettings } from './oidc-client.ts';
import { SsoFailure } from './sso-errors.ts';
import { ssoLoginStates, ssoSettings, type SsoSettingsRow } from './sso-schema.ts';

/** How long a sign-in may stay at the provider before its state expires. */
export const SSO_STATE_TTL_MS = 10 * 60_000;

export interface SsoStart {
  /** The provider's authorization endpoint with state, nonce and the PKCE challenge. */
  authorizationUrl: string;
  /** Binds the sign-in to this browser: sent back as an http-only cookie, checked at the callback. */
  browserToken: string;
  tenantCode: string;
}

export const providerSettingsOf = (row: SsoSettingsRow, cipher: PiiCipher): ProviderSettings => ({
  issuer: row.issuer,
  clientId: row.clientId,
  clientSecret: row.clientSecretEnc === null ? null : cipher.decrypt(row.clientSecretEnc),
});

/** A tenant (by its code, any case) and its SSO settings, read before anyone is signed in. */
export async function tenantSsoByCode(db: Db, code: string): Promise<{ tenantId: string; tenantCode: string; settings: SsoSettingsRow }> {
  const found = await inSystemScope(db, async (tx) => {
    const [tenant] = await tx
      .select({ id: tenants.id, code: tenants.code, status: tenants.status })
      .from(tenants)
      .where(eq(sql`lower(${tenants.code})`, code.trim().toLowerCase()));
    if (!tenant || tenant.status !== 'active') return null;
    const [settings] = await tx.select().from(ssoSettings).where(eq(ssoSettings.tenantId, tenant.id));
    return { tenant, settings: settings ?? null };
  });
  if (!found) throw new SsoFailure('unknown_tenant', `No active enterprise with the code ${code}`);
  if (!found.settings?.enabled) throw new SsoFailure('sso_disabled', 'Single sign-on is not enabled for this enterprise', found.tenant.id);
  return { tenantId: found.tenant.id, tenantCode: found.tenant.code, settings: found.settings };
}

/**
 * Begins a sign-in at the tenant's provider: discovery, then a state row (state hashed as its id,
 * nonce, PKCE verifier, the redirect URI used, the browser's binding) that the callback consumes
 * once. Expired rows are swept on the way.
 */
export async function startSsoSignIn(
  db: Db,
  cipher: PiiCipher,
  input: { tenantCode: string; redirectUri: string; now?: Date },
): Promise<SsoStart> {
  const now = input.now ?? new Date();
  const { tenantId, tenantCode, settings } = await tenantSsoByCode(db, input.tenantCode);
  let config: oidc.Configuration;
  try {
    config = await discoverProvider(providerSettingsOf(settings, cipher));
  } catch (err) {
    throw new SsoFailure('provider_unavailable', 'The identity provider could not be reached', tenantId, { cause: err });
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const browserToken = randomToken();
  await inSystemScope(db, async (tx) => {
    await tx.delete(ssoLoginStates).where(lt(ssoLoginStates.expiresAt, now));
    await tx.insert(ssoLoginStates).values({
      tenantId,
      id: sha256(state),
      browserHash: sha256(browserToken),
      nonce,
      codeVerifier,
      redirectUri: input.redirectUri,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SSO_STATE_TTL_MS),
    });
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: requestedScopes(settings.scopes),
    response_type: 'code',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl: authorizationUrl.href, browserToken, tenantCode };
}

/** Takes the state row of a callback, once: a second use (replay), an expired one or another browser's finds nothing. */
export async function consumeState(db: Db, state: string, browserToken: string | undefined, now: Date) {
  const [row] = await inSystemScope(db, (tx) =>
    tx
      .delete(ssoLoginStates)
      .where(eq(ssoLoginStates.id, sha256(state)))
      .returning(),
  );
  if (!row || row.expiresAt <= now) throw new SsoFailure('state_invalid', 'The sign-in expired or was already used', row?.tenantId ?? null);
  if (browserToken === undefined || !safeEqualHex(sha256(browserToken), row.browserHash)) {
    throw new SsoFailure('state_invalid', 'The sign-in was started in another browser', row.tenantId);
  }
  return row;
}
