import { and, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { authThrottle } from './schema.ts';

/**
 * Sign-in throttling that cannot be turned against others (OWASP authentication guidance):
 *
 * - Per account (or per unknown identifier, so that both look alike): after `freeFailures` failures
 *   in an episode each further failure imposes a short delay, doubling from `baseDelaySeconds` up to
 *   `maxDelaySeconds`. During the delay attempts are refused unchecked with AUTH_LOCKED and
 *   retryAfterSeconds; once it has passed the owner's correct password is accepted. Never a lockout.
 * - Per client address: once an address has `maxFailures` failures in its window, it may no longer
 *   try the identifiers it has failed on in that window. Identifiers it has not failed on (known or
 *   not, so the answer tells nothing about which exist) are still checked: failures from one address
 *   never refuse the correct password of an account that did not fail from it.
 *
 * An episode of an account key starts with its first failure and ends on a success, or once
 * `windowMinutes` have passed both since it started and since its last delay ended.
 */
export interface AccountRule {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  windowMinutes: number;
}
export interface AddressRule {
  maxFailures: number;
  windowMinutes: number;
}

export const accountRule: AccountRule = { freeFailures: 5, baseDelaySeconds: 5, maxDelaySeconds: 60, windowMinutes: 15 };
export const addressRule: AddressRule = { maxFailures: 30, windowMinutes: 15 };

/** The throttle key of a known account: sign-in by email or phone and password changes share it. */
export const accountThrottleKey = (accountId: string) => `acct:${accountId}`;
export const addressThrottleKey = (ip: string) => `ip:${ip}`;
/** What one address has failed on: an account key or an unknown identifier's key. */
export const pairThrottleKey = (ip: string, target: string) => `pair:${ip}|${target}`;

/** The delay imposed by the n-th failure of an episode: none up to freeFailures, then doubling to the cap. */
export function delaySecondsAfter(failures: number, rule: AccountRule = accountRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 16);
  return Math.min(rule.baseDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
const locked = (retryAfterSeconds: number) => new AppError('AUTH_LOCKED', undefined, { retryAfterSeconds });

/**
 * Refuses an attempt on an account key that is within its delay. The row is locked for the rest of
 * the transaction, so concurrent attempts on one account are checked one after another and cannot
 * all slip through the moment a delay ends.
 */
export async function assertNoDelay(tx: Tx, key: string, now: Date): Promise<void> {
  const [row] = await tx.select().from(authThrottle).where(eq(authThrottle.key, key)).for('update');
  if (row?.lockedUntil && row.lockedUntil > now) throw locked(secondsUntil(row.lockedUntil, now));
}

/** Refuses an address over its failure limit when it tries again an identifier it has failed on. */
export async function assertAddressMayTry(tx: Tx, ip: string, target: string, now: Date, rule = addressRule): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const [address] = await tx
    .select()
    .from(authThrottle)
    .where(and(eq(authThrottle.key, addressThrottleKey(ip)), gte(authThrottle.windowStartedAt, windowStart)));
  if (!address || address.failures < rule.maxFailures) return;
  const [pair] = await tx
    .select()
    .from(authThrottle)
    .where(and(eq(authThrottle.key, pairThrottleKey(ip, target)), gte(authThrottle.windowStartedAt, windowStart)));
  if (!pair) return;
  const first = Math.min(address.windowStartedAt.getTime(), pair.windowStartedAt.getTime());
  throw locked(secondsUntil(new Date(first + rule.windowMinutes * 60_000), now));
}

/** Counts one failure in a fixed window (addresses and their pairs); returns the count in the window. */
async function countInWindow(tx: Tx, key: string, now: Date, windowMinutes: number): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  const stale = sql`${authThrottle.windowStartedAt} < ${windowStart}`;
  const [row] = await tx
    .insert(authThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`case when ${stale} then 1 else ${authThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${stale} then ${now} else ${authThrottle.windowStartedAt} end`,
      },
    })
    .returning();
  return row?.failures ?? 1;
}

export interface AccountFailure {
  /** Failures in the episode, this one included. */
  failures: number;
  /** The delay this failure imposed (0: none). */
  delaySeconds: number;
  /** This failure is the one that started slowing the key down: tell the owner, once per episode. */
  slowedDown: boolean;
}

/** Counts one failure of an account key (or an unknown identifier's) and sets its delay. */
export async function recordAccountFailure(tx: Tx, key: string, now: Date, rule = accountRule): Promise<AccountFailure> {
  const quietSince = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const over = sql`${authThrottle.windowStartedAt} < ${quietSince} and (${authThrottle.lockedUntil} is null or ${authThrottle.lockedUntil} < ${quietSince})`;
  const [row] = await tx
    .insert(authThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`case when ${over} then 1 else ${authThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${over} then ${now} else ${authThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${over} then null else ${authThrottle.lockedUntil} end`,
      },
    })
    .returning();
  const failures = row?.failures ?? 1;
  const delaySeconds = delaySecondsAfter(failures, rule);
  if (delaySeconds > 0) {
    await tx
      .update(authThrottle)
      .set({ lockedUntil: new Date(now.getTime() + delaySeconds * 1000) })
      .where(eq(authThrottle.key, key));
  }
  return { failures, delaySeconds, slowedDown: failures === rule.freeFailures };
}

/** Counts a failure from an address, against the address and against what it tried. */
export async function recordAddressFailure(tx: Tx, ip: string, target: string, now: Date, rule = addressRule): Promise<void> {
  await countInWindow(tx, addressThrottleKey(ip), now, rule.windowMinutes);
  await countInWindow(tx, pairThrottleKey(ip, target), now, rule.windowMinutes);
}

export async function clearFailures(tx: Tx, ...keys: string[]): Promise<void> {
  for (const key of keys) await tx.delete(authThrottle).where(eq(authThrottle.key, key));
}
