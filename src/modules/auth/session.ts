import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { principalOfAccount } from './principal-of-account.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.ts';
import { accounts, sessions } from './schema.ts';
import { accountThrottleKey, assertNotLocked, identifierRule, recordFailure } from './throttle.ts';
import { safeEqualHex, sha256 } from './tokens.ts';
import type { Actor, Principal } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';

export interface SessionAuth {
  principal: Principal;
  csrfHash: string;
}

/**
 * Resolves a session cookie to its principal; null when unknown, expired or the account is disabled.
 * On every request, so no transaction: one statement (two for operator staff, whose tenants are looked up).
 */
export async function authenticateSession(db: Db, token: string, now = new Date()): Promise<SessionAuth | null> {
  const id = sha256(token);
  const [row] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.id, id));
  if (!row || row.session.expiresAt <= now || row.account.status !== 'active') return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { principal: await principalOfAccount(db, row.account, id), csrfHash: row.session.csrfHash };
}

export const csrfMatches = (csrfHash: string, presented: string | undefined): boolean =>
  presented !== undefined && presented.length > 0 && safeEqualHex(csrfHash, sha256(presented));

export async function signOut(db: Db, principal: Principal, actor: Actor): Promise<void> {
  if (!principal.sessionId) return;
  const sessionId = principal.sessionId;
  await inSystemScope(db, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
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
 * counts towards the account's sign-in lockout (and is committed), so a stolen session cannot be
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
    await assertNotLocked(tx, [throttleKey], now);
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, principal.id));
    if (!account) throw new AppError('AUTH_REQUIRED');
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await recordFailure(tx, throttleKey, identifierRule, now);
      await appendAudit(tx, {
        tenantId: account.tenantId ?? PLATFORM_TENANT,
        actor,
        action: 'auth.password_change_failed',
        entityType: 'account',
        entityId: account.id,
        summary: `${account.displayName} gave a wrong current password`,
      });
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
