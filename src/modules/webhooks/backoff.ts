/**
 * When a failed delivery is tried again: after 1 min, 5 min, 30 min, 2 h, 6 h and 12 h (about a
 * day in all, as Stripe and PagerDuty give a receiver to recover), then it is dead. Each wait is
 * spread by ±20 % jitter so that the deliveries of one outage do not all come back in the same
 * second.
 */
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000];

/** First try plus the retries. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export const JITTER = 0.2;

/**
 * The time of the next attempt after `attempts` failed ones (1 = the first try failed), or null
 * when there is none left. `random` in [0, 1) is injected so tests can pin it.
 */
export function nextAttemptAt(attempts: number, now: Date, random: () => number = Math.random): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (delay === undefined) return null;
  const spread = 1 + JITTER * (2 * random() - 1);
  return new Date(now.getTime() + Math.round(delay * spread));
}
