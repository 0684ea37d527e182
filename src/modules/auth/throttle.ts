import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { authThrottle } from './schema.ts';

/** Failed sign-ins allowed per window before the key is locked for lockMinutes. */
export interface ThrottleRule {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

/** Per account identifier: a lockout after a few failures. Per client address: a rate limit. */
export const identifierRule: ThrottleRule = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
export const addressRule: ThrottleRule = { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 };

/** The throttle key of a known account: sign-in by email or phone and password changes share it. */
export const accountThrottleKey = (accountId: string) => `acct:${accountId}`;

export async function assertNotLocked(tx: Tx, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const [row] = await tx.select().from(authThrottle).where(eq(authThrottle.key, key));
    if (row?.lockedUntil && row.lockedUntil > now) {
      const retryAfterSeconds = Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
      throw new AppError('AUTH_LOCKED', undefined, { retryAfterSeconds });
    }
  }
}

/** Counts one failure; returns true when this failure locked the key. */
export async function recordFailure(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const [row] = await tx
    .insert(authThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then 1 else ${authThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then ${now} else ${authThrottle.windowStartedAt} end`,
      },
    })
    .returning();
  if (row && row.failures >= rule.maxFailures) {
    await tx
      .update(authThrottle)
      .set({ lockedUntil: new Date(now.getTime() + rule.lockMinutes * 60_000), failures: 0, windowStartedAt: now })
      .where(eq(authThrottle.key, key));
    return true;
  }
  return false;
}

export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.delete(authThrottle).where(eq(authThrottle.key, key));
}
