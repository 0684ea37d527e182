import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { describeProviderError, discoverProvider } from './oidc-client.ts';
import { ssoSettingsRow } from './sso-settings.ts';
import { providerSettingsOf } from './start-sso.ts';

/** What discovery against the saved issuer found, or why it failed. */
export interface ConnectionReport {
  ok: boolean;
  issuer: string;
  authorizationEndpoint: string | null;
  tokenEndpoint: string | null;
  userinfoEndpoint: string | null;
  jwksUri: string | null;
  scopesSupported: string[];
  error: string | null;
  checkedAt: string;
}

/**
 * Runs discovery against the tenant's saved issuer (the same code a sign-in uses) and reports the
 * endpoints found or the failure in words; audited. The client secret is not checked: only a
 * sign-in exchanges a code with it.
 */
export async function testSsoConnection(
  db: Db,
  cipher: PiiCipher,
  tenantId: string,
  actor: Actor,
  now = new Date(),
): Promise<ConnectionReport> {
  const row = await inTenantScope(db, [tenantId], (tx) => ssoSettingsRow(tx, tenantId));
  if (!row) throw new AppError('INVALID_STATE', 'Save the single sign-on settings first', { reason: 'sso_not_configured' });
  let report: ConnectionReport;
  try {
    const server = (await discoverProvider(providerSettingsOf(row, cipher))).serverMetadata();
    report = {
      ok: true,
      issuer: server.issuer,
      authorizationEndpoint: server.authorization_endpoint ?? null,
      tokenEndpoint: server.token_endpoint ?? null,
      userinfoEndpoint: server.userinfo_endpoint ?? null,
      jwksUri: server.jwks_uri ?? null,
      scopesSupported: server.scopes_supported ?? [],
      error: null,
      checkedAt: now.toISOString(),
    };
    if (!report.authorizationEndpoint || !report.tokenEndpoint) {
      report = { ...report, ok: false, error: 'The provider lists no authorization or token endpoint' };
    }
  } catch (err) {
    report = {
      ok: false,
      issuer: row.issuer,
      authorizationEndpoint: null,
      tokenEndpoint: null,
      userinfoEndpoint: null,
      jwksUri: null,
      scopesSupported: [],
      error: describeProviderError(err),
      checkedAt: now.toISOString(),
    };
  }
  await inTenantScope(db, [tenantId], (tx) =>
    appendAudit(tx, {
      tenantId,
      actor,
      action: 'sso.connection_tested',
      entityType: 'sso_settings',
      entityId: tenantId,
      summary: `Single sign-on connection test ${report.ok ? 'passed' : 'failed'}`,
      data: { ok: report.ok, issuer: row.issuer, error: report.error },
    }),
  );
  return report;
}
