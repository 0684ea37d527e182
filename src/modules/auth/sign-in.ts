import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import { maskPhone } from '../../platform/crypto/mask.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { accounts, sessions } from './schema.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { accountThrottleKey, addressRule, assertNotLocked, clearFailures, identifierRule, recordFailure } from './throttle.ts';
import { randomToken, sha256 } from './tokens.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';

export type SignInIdentifier = { email: string } | { phone: string };

export interface SignInInput {
  db: Db;
  cipher: PiiCipher;
  identifier: SignInIdentifier;
  password: string;
  ip: string;
  userAgent: string | null;
  requestId: string | null;
  sessionTtlHours: number;
  now?: Date;
}

export interface SignInResult {
  accountId: string;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '').replace(/^\+?86/, '');

/**
 * Email or phone + password. Locked accounts, identifiers and addresses are refused before the
 * password is checked (those refusals are not audited: a flood must not grow the log). Every
 * checked attempt, good or bad, is audited, and a bad one counts towards lockout. The work is
 * committed even when the answer is an error, so failures are remembered.
 */
export async function signIn(input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const shown = 'email' in input.identifier ? normaliseEmail(input.identifier.email) : normalisePhone(input.identifier.phone);
  const lookupKey = 'email' in input.identifier ? `email:${shown}` : `phone:${input.cipher.blindIndex(shown)}`;
  const keys = { id: `id:${lookupKey}`, ip: `ip:${input.ip}` };

  const outcome = await inSystemScope(input.db, async (tx) => {
    await assertNotLocked(tx, [keys.id, keys.ip], now);
    const [account] = await tx
      .select()
      .from(accounts)
      .where('email' in input.identifier ? eq(accounts.email, shown) : eq(accounts.phoneHash, input.cipher.blindIndex(shown)));
    // A known account is counted by its id, so email and phone share one budget of attempts.
    const failureKey = account ? accountThrottleKey(account.id) : keys.id;
    if (account) await assertNotLocked(tx, [failureKey], now);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), input.password);
    const actorName = account?.displayName ?? ('email' in input.identifier ? shown : maskPhone(shown));
    const auditTenant = account?.tenantId ?? PLATFORM_TENANT;
    const actor = { kind: 'account' as const, id: account?.id ?? null, name: actorName, requestId: input.requestId, ip: input.ip };

    if (!account || !ok || account.status !== 'active') {
      const locked = await recordFailure(tx, failureKey, identifierRule, now);
      await recordFailure(tx, keys.ip, addressRule, now);
      await appendAudit(tx, {
        tenantId: auditTenant,
        actor,
        action: locked ? 'auth.locked' : 'auth.sign_in_failed',
        entityType: 'account',
        entityId: account?.id ?? null,
        summary: locked ? `Sign-in locked for ${actorName}` : `Failed sign-in for ${actorName}`,
        data: { reason: !account ? 'unknown_account' : !ok ? 'wrong_password' : 'disabled', userAgent: input.userAgent },
      });
      return { ok: false as const };
    }

    await clearFailures(tx, failureKey);
    const sessionToken = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(now.getTime() + input.sessionTtlHours * 3_600_000);
    await tx.insert(sessions).values({
      id: sha256(sessionToken),
      accountId: account.id,
      csrfHash: sha256(csrfToken),
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
    });
    await appendAudit(tx, {
      tenantId: auditTenant,
      actor,
      action: 'auth.signed_in',
      entityType: 'account',
      entityId: account.id,
      summary: `${account.displayName} signed in`,
      data: { method: 'email' in input.identifier ? 'email' : 'phone', userAgent: input.userAgent },
    });
    return { ok: true as const, result: { accountId: account.id, sessionToken, csrfToken, expiresAt } };
  });
  if (!outcome.ok) throw new AppError('AUTH_INVALID_CREDENTIALS');
  return outcome.result;
}
