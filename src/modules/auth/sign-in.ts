import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import { maskPhone } from '../../platform/crypto/mask.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { accounts, sessions } from './schema.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import {
  accountThrottleKey,
  assertAddressMayTry,
  assertNoDelay,
  clearFailures,
  pairThrottleKey,
  recordAccountFailure,
  recordAddressFailure,
} from './throttle.ts';
import { tellOwnerOfSlowdown } from './tell-owner.ts';
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
 * Email or phone + password. Attempts within an account's (or identifier's) delay, and attempts of an
 * address over its limit on identifiers it has failed on, are refused before the password is checked
 * (those refusals are not audited: a flood must not grow the log); see throttle.ts. Every checked
 * attempt, good or bad, is audited, and a bad one counts towards the delays; the failure that starts
 * slowing an account down is audited and told to its owner. The work is committed even when the
 * answer is an error, so failures are remembered.
 */
export async function signIn(input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const shown = 'email' in input.identifier ? normaliseEmail(input.identifier.email) : normalisePhone(input.identifier.phone);
  const lookupKey = 'email' in input.identifier ? `email:${shown}` : `phone:${input.cipher.blindIndex(shown)}`;
  const identifierKey = `id:${lookupKey}`;

  const outcome = await inSystemScope(input.db, async (tx) => {
    const [account] = await tx
      .select()
      .from(accounts)
      .where('email' in input.identifier ? eq(accounts.email, shown) : eq(accounts.phoneHash, input.cipher.blindIndex(shown)));
    // A known account is counted by its id, so email and phone share one budget of attempts; an
    // unknown identifier is counted alike, so that the answers do not tell which accounts exist.
    const failureKey = account ? accountThrottleKey(account.id) : identifierKey;
    await assertNoDelay(tx, failureKey, now);
    await assertAddressMayTry(tx, input.ip, failureKey, now);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), input.password);
    const actorName = account?.displayName ?? ('email' in input.identifier ? shown : maskPhone(shown));
    const auditTenant = account?.tenantId ?? PLATFORM_TENANT;
    const actor = { kind: 'account' as const, id: account?.id ?? null, name: actorName, requestId: input.requestId, ip: input.ip };

    if (!account || !ok || account.status !== 'active') {
      const failure = await recordAccountFailure(tx, failureKey, now);
      await recordAddressFailure(tx, input.ip, failureKey, now);
      await appendAudit(tx, {
        tenantId: auditTenant,
        actor,
        action: 'auth.sign_in_failed',
        entityType: 'account',
        entityId: account?.id ?? null,
        summary: `Failed sign-in for ${actorName}`,
        data: {
          reason: !account ? 'unknown_account' : !ok ? 'wrong_password' : 'disabled',
          userAgent: input.userAgent,
          failures: failure.failures,
          delaySeconds: failure.delaySeconds,
        },
      });
      if (account && failure.slowedDown) await tellOwnerOfSlowdown(tx, account, actor, failure, now);
      return { ok: false as const };
    }

    await clearFailures(tx, failureKey, pairThrottleKey(input.ip, failureKey));
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
    await tx.update(accounts).set({ lastSignInAt: now }).where(eq(accounts.id, account.id));
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
