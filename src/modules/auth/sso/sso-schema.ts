import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../../platform/db/tenant-policy.ts';
import { tenants } from '../../tenancy/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A tenant's single sign-on (OpenID Connect) settings: one row per tenant, none until an admin
 * saves them. The client secret is stored only encrypted (the PII cipher) and never answered.
 */
export const ssoSettings = pgTable(
  'sso_settings',
  {
    tenantId: tenantId().primaryKey(),
    enabled: boolean('enabled').notNull().default(false),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    clientSecretEnc: text('client_secret_enc'),
    scopes: text('scopes').array().notNull(),
    /** How a signed-in person is matched to an employee: their email, or their employee number. */
    matchBy: text('match_by', { enum: ['email', 'employee_no'] })
      .notNull()
      .default('email'),
    /** The claim holding the employee number (when matchBy is employee_no). */
    employeeNoClaim: text('employee_no_claim').notNull().default('employee_no'),
    /** Create an account for a known active employee who has none (just in time). */
    jitEnabled: boolean('jit_enabled').notNull().default(false),
    /** The enterprise roles such accounts get. */
    jitRoles: text('jit_roles').array().notNull(),
    /** Refuse password sign-in for this tenant's accounts (SSO only). */
    passwordSignInDisabled: boolean('password_sign_in_disabled').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'), tenantIsolation()],
);

/**
 * Sign-ins under way at a provider: state (its SHA-256 is the id), nonce and PKCE verifier, bound
 * to the browser that started them (hash of a cookie), used once, expiring within minutes.
 */
export const ssoLoginStates = pgTable(
  'sso_login_states',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    browserHash: text('browser_hash').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    index('sso_login_states_id_idx').on(t.id),
    index('sso_login_states_expires_idx').on(t.expiresAt),
    tenantIsolation(),
  ],
);

export type SsoSettingsRow = typeof ssoSettings.$inferSelect;
