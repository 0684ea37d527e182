import type { AccessTokenCache, IssuedToken, TokenKey } from './access-token-cache.ts';
import type { ImSendError } from './im-send-error.ts';

/**
 * What a send attempt came to: done, or refused because the platform no longer takes the token
 * (with the error to report should a fresh token be refused too).
 */
export type Attempt<T> = { ok: true; value: T } | { ok: false; tokenRejected: ImSendError };

/**
 * Sends with a cached access token; when the platform says the token is invalid or expired
 * (revoked early, or the cache outlived it), fetches a new one and tries once more.
 */
export async function sendWithToken<T>(
  tokens: AccessTokenCache,
  key: TokenKey,
  issue: () => Promise<IssuedToken>,
  attempt: (token: string) => Promise<Attempt<T>>,
): Promise<T> {
  const token = await tokens.get(key, issue);
  const first = await attempt(token);
  if (first.ok) return first.value;
  tokens.invalidate(key, token);
  const second = await attempt(await tokens.get(key, issue));
  if (second.ok) return second.value;
  throw second.tokenRejected;
}
