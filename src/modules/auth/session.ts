import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { preparedStatement } from '../../platform/db/prepared.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { invalidateAccount } from './invalidate.ts';
import { frozenPrincipal, TOUCH_EVERY_MS, type PrincipalCache } from './principal-cache.ts';
import { principalOfAccount } from './principal-of-account.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.ts';
import { accounts, sessions } from './schema.ts';
import { accountThrottleKey, assertNoDelay, recordAccountFailure } from './throttle.ts';
import { tellOwnerOfSlowdown } from './tell-owner.ts';
import { safeEqualHex, sha256 } from './tokens.ts';
import type { Actor, Principal } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';
import { tenants } from '../tenancy/index.ts';

export interface SessionAuth {
  principal: Principal;
  csrfHash: string;
}

const sessionById = preparedStatement('auth_session_by_id', (db) =>
  db
    .select({ session: sessions, account: accounts, tenantStatus: tenants.status })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(tenants, eq(tenants.id, accounts.tenantId))
    .where(eq(sessions.id, sql.placeholder('id'))),
);

/** Writes the session's last-seen time; false when the session no longer exists. */
async function touchSession(db: Db, id: string, now: Date): Promise<boolean> {
  const rows = await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).returning({ id: sessions.id });
  return rows.length > 0;
}

/**
 * Resolves a session cookie to its principal; null when unknown, expired, the account is disabled or its enterprise suspended.
 * On every request, so no transaction: one statement (two for operator staff, whose tenants are
 * looked up), none when the principal cache has it. The session's expiry holds to the millisecond
 * either way; its last-seen time is written at most once a minute.
 */
export async function authenticateSession(
  db: Db,
  token: string,
  opts: { cache?: PrincipalCache; now?: Date } = {},
): Promise<SessionAuth | null> {
  const { cache } = opts;
  const now = opts.now ?? new Date();
  const id = sha256(token);
  const key = `session:${id}`;
  const hit = cache?.get(key, now.getTime());
  if (hit && hit.csrfHash !== null) {
    if (now.getTime() - hit.touchedAt > TOUCH_EVERY_MS) {
      // The write doubles as a check that nobody deleted the session behind the cache's back.
      if (!(await touchSession(db, id, now))) {
        cache?.delete(key);
        return null;
      }
      hit.touchedAt = now.getTime();
    }
    return { principal: hit.principal, csrfHash: hit.csrfHash };
  }

  const epoch = cache?.epoch ?? 0;
  const [row] = await sessionById(db, { id });
  if (!row || row.session.expiresAt <= now || row.account.status !== 'active') return null;
  // A suspended enterprise's people are signed out (its suspension drops every cached principal).
  if (row.tenantStatus !== null && row.tenantStatus !== 'active') return null;
  let touchedAt = row.session.lastSeenAt.getTime();
  if (now.getTime() - touchedAt > TOUCH_EVERY_MS) {
    await touchSession(db, id, now);
    touchedAt = now.getTime();
  }
  const principal = frozenPrincipal(await principalOfAccount(db, row.account, id));
  const csrfHash = row.session.csrfHash;
  cache?.set(
    key,
    { principal, csrfHash, subject: { kind: 'account', id: row.account.id }, expiresAt: row.session.expiresAt, touchedAt },
    epoch,
    now.getTime(),
  );
  return { principal, csrfHash };
}

export const csrfMatches = (csrfHash: string, presented: string | undefined): boolean =>
  presented !== undefined && presented.length > 0 && safeEqualHex(csrfHash, sha256(presented));

export async function signOut(db: Db, principal: Principal, actor: Actor): Promise<void> {
  if (!principal.sessionId) return;
  const sessionId = principal.sessionId;
  await inSystemScope(db, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await invalidateAccount(tx, principal.id);
    await appendAudit(tx, {
      tenantId: principal.homeTenantId ?? PLATFORM_TENANT,
      actor,
      action: 'auth.signed_out',
      entityType: 'account',
      entityId: principal.id,
      summary: `${principal.displayName} signed out`,
    });
  });
}

/**
 * Changes the caller's password; other sessions of the account are ended. A wrong current password
 * counts towards the account's sign-in delays (and is committed), so a stolen session cannot be
 * used to guess the password.
 */
export async function changePassword(
  db: Db,
  principal: Principal,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  now = new Date(),
): Promise<void> {
  const throttleKey = accountThrottleKey(principal.id);
  const wrongCurrent = await inSystemScope(db, async (tx) => {
    await assertNoDelay(tx, throttleKey, now);
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, principal.id));
    if (!account) throw new AppError('AUTH_REQUIRED');
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      const failure = await recordAccountFailure(tx, throttleKey, now);
      await appendAudit(tx, {
        tenantId: account.tenantId ?? PLATFORM_TENANT,
        actor,
        action: 'auth.password_change_failed',
        entityType: 'account',
        entityId: account.id,
        summary: `${account.displayName} gave a wrong current password`,
        data: { failures: failure.failures, delaySeconds: failure.delaySeconds },
      });
      if (failure.slowedDown) await tellOwnerOfSlowdown(tx, account, actor, failure, now);
      return true;
    }
    assertStrongPassword(newPassword, account.email);
    if (currentPassword === newPassword) {
      throw new AppError('PASSWORD_TOO_WEAK', 'The new password must differ from the current one');
    }
    await tx
      .update(accounts)
      .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: now, updatedAt: now })
      .where(eq(accounts.id, account.id));
    const keep = principal.sessionId;
    await tx
      .delete(sessions)
      .where(keep ? and(eq(sessions.accountId, account.id), ne(sessions.id, keep)) : eq(sessions.accountId, account.id));
    await invalidateAccount(tx, account.id);
    await appendAudit(tx, {
      tenantId: account.tenantId ?? PLATFORM_TENANT,
      actor,
      action: 'auth.password_changed',
      entityType: 'account',
      entityId: account.id,
      summary: `${account.displayName} changed their password`,
    });
    return false;
  });
  if (wrongCurrent) throw new AppError('AUTH_INVALID_CREDENTIALS', 'The current password is wrong');
}
