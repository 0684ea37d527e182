import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import { tenants } from '../tenancy/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Sign-in identities, global because sign-in precedes knowing the tenant. Enterprise accounts carry
 * their tenant (and row-level security hides other tenants' accounts); operator staff have none.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['tenant', 'operator'] }).notNull(),
    tenantId: uuid('tenant_id').references(() => tenants.id),
    employeeId: uuid('employee_id'),
    email: text('email'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles').array().notNull(),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    locale: text('locale', { enum: ['zh-CN', 'en'] })
      .notNull()
      .default('zh-CN'),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    /** When a session was last opened for the account (any sign-in method); null: never since this was recorded. */
    lastSignInAt: ts('last_sign_in_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_email_key').on(t.email),
    uniqueIndex('accounts_phone_hash_key').on(t.phoneHash),
    index('accounts_tenant_idx').on(t.tenantId),
    tenantIsolation(),
  ],
);

/** Browser sessions. The id is the SHA-256 of the cookie token; the token itself is never stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfHash: text('csrf_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** Machine credentials of a tenant: `Authorization: Bearer td_<prefix>_<secret>`, stored hashed. */
export const apiKeys = pgTable(
  'api_keys',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    lastUsedAt: ts('last_used_at'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('api_keys_prefix_key').on(t.prefix),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolation(),
  ],
);

/**
 * Failed sign-in counters (see throttle.ts): per account or unknown identifier (`acct:`, `id:`), per
 * client address (`ip:`) and per address and what it failed on (`pair:`).
 */
export const authThrottle = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  /** When the window, or an account key's episode, began. */
  windowStartedAt: ts('window_started_at').notNull(),
  /** An account key's current delay: attempts before this instant are refused unchecked. */
  lockedUntil: ts('locked_until'),
});

/** Which operator staff serve which tenant: they see only these tenants' data. */
export const operatorAssignments = pgTable(
  'operator_assignments',
  {
    tenantId: tenantId(),
    accountId: uuid('account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    tenantIsolation(),
  ],
);

/** Single sign-on (sso/): each tenant's OpenID Connect settings and the sign-ins under way. */
export { ssoLoginStates, ssoSettings } from './sso/sso-schema.ts';

/**
 * Invitations to set a first password: an employee of a tenant (kind tenant) or operator staff
 * (kind operator, no tenant). The link's token is stored as its SHA-256 only; accepting creates
 * the account with the invited roles. Single use: accepted, revoked (or replaced by a resend) and
 * expired invitations no longer open.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['tenant', 'operator'] }).notNull(),
    tenantId: uuid('tenant_id').references(() => tenants.id),
    employeeId: uuid('employee_id'),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles').array().notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: ts('expires_at').notNull(),
    invitedBy: uuid('invited_by'),
    invitedByName: text('invited_by_name').notNull(),
    createdAt: createdAt(),
    /** When the current link was made (a resend makes a new one). */
    sentAt: ts('sent_at').notNull().defaultNow(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
    accountId: uuid('account_id'),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_tenant_idx').on(t.tenantId, t.createdAt),
    index('invitations_email_idx').on(t.email),
    tenantIsolation(),
  ],
);
