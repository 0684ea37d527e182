import { and, eq } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { isoOrNull } from '../../../platform/ids.ts';
import type { Actor, EnterpriseRole } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { tenants } from '../../tenancy/index.ts';
import type { MatchBy } from './claim-mapping.ts';
import { ssoSettings, type SsoSettingsRow } from './sso-schema.ts';

/** The settings as the admin sees them: the client secret only as "set" or not. */
export interface SsoSettingsView {
  configured: boolean;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  scopes: string[];
  matchBy: MatchBy;
  employeeNoClaim: string;
  jitEnabled: boolean;
  jitRoles: EnterpriseRole[];
  passwordSignInDisabled: boolean;
  updatedAt: string | null;
}

export interface SsoSettingsInput {
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** A new secret replaces the stored one; absent keeps it; null removes it (a public client). */
  clientSecret?: string | null;
  scopes: string[];
  matchBy: MatchBy;
  employeeNoClaim: string;
  jitEnabled: boolean;
  jitRoles: EnterpriseRole[];
  passwordSignInDisabled: boolean;
}

export const DEFAULT_SCOPES = ['openid', 'email', 'profile'];

const unconfigured: SsoSettingsView = {
  configured: false,
  enabled: false,
  issuer: '',
  clientId: '',
  clientSecretSet: false,
  scopes: DEFAULT_SCOPES,
  matchBy: 'email',
  employeeNoClaim: 'employee_no',
  jitEnabled: false,
  jitRoles: ['traveller'],
  passwordSignInDisabled: false,
  updatedAt: null,
};

const view = (r: SsoSettingsRow): SsoSettingsView => ({
  configured: true,
  enabled: r.enabled,
  issuer: r.issuer,
  clientId: r.clientId,
  clientSecretSet: r.clientSecretEnc !== null,
  scopes: r.scopes,
  matchBy: r.matchBy,
  employeeNoClaim: r.employeeNoClaim,
  jitEnabled: r.jitEnabled,
  jitRoles: r.jitRoles as EnterpriseRole[],
  passwordSignInDisabled: r.passwordSignInDisabled,
  updatedAt: isoOrNull(r.updatedAt),
});

export async function ssoSettingsRow(tx: Tx, tenantId: string): Promise<SsoSettingsRow | null> {
  const [row] = await tx.select().from(ssoSettings).where(eq(ssoSettings.tenantId, tenantId));
  return row ?? null;
}

export async function getSsoSettings(db: Db, tenantId: string): Promise<SsoSettingsView> {
  return inTenantScope(db, [tenantId], async (tx) => {
    const row = await ssoSettingsRow(tx, tenantId);
    return row ? view(row) : unconfigured;
  });
}

/** Saves the tenant's settings (audited, with what changed and never the secret). */
export async function saveSsoSettings(
  db: Db,
  cipher: PiiCipher,
  tenantId: string,
  actor: Actor,
  input: SsoSettingsInput,
  now = new Date(),
): Promise<SsoSettingsView> {
  return inTenantScope(db, [tenantId], async (tx) => {
    const before = await ssoSettingsRow(tx, tenantId);
    const clientSecretEnc =
      input.clientSecret === undefined
        ? (before?.clientSecretEnc ?? null)
        : input.clientSecret === null
          ? null
          : cipher.encrypt(input.clientSecret);
    const values = {
      enabled: input.enabled,
      issuer: input.issuer.trim(),
      clientId: input.clientId,
      clientSecretEnc,
      scopes: ['openid', ...input.scopes.filter((s) => s !== 'openid')].filter((s, i, all) => all.indexOf(s) === i),
      matchBy: input.matchBy,
      employeeNoClaim: input.employeeNoClaim,
      jitEnabled: input.jitEnabled,
      jitRoles: [...new Set(input.jitRoles)],
      passwordSignInDisabled: input.passwordSignInDisabled,
      updatedAt: now,
    };
    const [row] = await tx
      .insert(ssoSettings)
      .values({ tenantId, ...values, createdAt: now })
      .onConflictDoUpdate({ target: ssoSettings.tenantId, set: values })
      .returning();
    if (!row) throw new Error('upsert returned nothing');
    const changed = before
      ? changedFields(view(before), view(row))
      : Object.keys(values).filter((k) => k !== 'clientSecretEnc' && k !== 'updatedAt');
    const secretChanged = input.clientSecret !== undefined && (input.clientSecret !== null || before?.clientSecretEnc != null);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'sso.settings_updated',
      entityType: 'sso_settings',
      entityId: tenantId,
      summary: `Single sign-on settings ${before ? 'changed' : 'created'} (${row.enabled ? 'enabled' : 'disabled'}${row.passwordSignInDisabled && row.enabled ? ', password sign-in off' : ''})`,
      data: {
        changed,
        clientSecret: secretChanged ? (input.clientSecret === null ? 'removed' : 'replaced') : 'unchanged',
        enabled: row.enabled,
        issuer: row.issuer,
        clientId: row.clientId,
        matchBy: row.matchBy,
        jitEnabled: row.jitEnabled,
        jitRoles: row.jitRoles,
        passwordSignInDisabled: row.passwordSignInDisabled,
      },
    });
    return view(row);
  });
}

function changedFields(a: SsoSettingsView, b: SsoSettingsView): string[] {
  const keys = Object.keys(a) as (keyof SsoSettingsView)[];
  return keys.filter((k) => k !== 'updatedAt' && k !== 'clientSecretSet' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * The code of a tenant whose accounts may not sign in with a password (SSO is on and the admin
 * switched password sign-in off), or null. Read in the sign-in's system-scope transaction.
 */
export async function ssoOnlyTenantCode(tx: Tx, tenantId: string | null): Promise<string | null> {
  if (tenantId === null) return null;
  const [row] = await tx
    .select({ code: tenants.code })
    .from(ssoSettings)
    .innerJoin(tenants, eq(tenants.id, ssoSettings.tenantId))
    .where(and(eq(ssoSettings.tenantId, tenantId), eq(ssoSettings.enabled, true), eq(ssoSettings.passwordSignInDisabled, true)));
  return row?.code ?? null;
}
