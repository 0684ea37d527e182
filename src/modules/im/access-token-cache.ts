import { createHash } from 'node:crypto';

/** An access token and how long the platform says it lives. */
export interface IssuedToken {
  token: string;
  expiresInSeconds: number;
}

export interface AccessTokenCacheOptions {
  /** The clock (epoch ms); tests move it. */
  now?: () => number;
  /** A token is renewed this long before it expires, so none expires in flight (default 5 minutes). */
  renewBeforeMs?: number;
}

/**
 * Access tokens of the platforms' send APIs, kept until shortly before they expire: the platforms
 * ask callers to cache them and throttle frequent token requests (WeCom's gettoken, DingTalk's
 * accessToken), so concurrent sends with no token share one fetch.
 */
export interface AccessTokenCache {
  /** The cached token for these credentials, or the one `issue` fetches. */
  get(credentials: TokenKey, issue: () => Promise<IssuedToken>): Promise<string>;
  /** Forgets a token the platform called invalid, so the next get fetches a new one. */
  invalidate(credentials: TokenKey, token: string): void;
}

/** What a token belongs to: the platform, the base URL and the app's id and secret. */
export interface TokenKey {
  platform: string;
  baseUrl: string;
  appId: string;
  secret: string;
}

// The secret is part of the key (a rotated secret gets its own token) but only as a digest.
const keyOf = ({ platform, baseUrl, appId, secret }: TokenKey): string =>
  `${platform}\n${baseUrl}\n${appId}\n${createHash('sha256').update(secret, 'utf8').digest('hex')}`;

export function createAccessTokenCache(options: AccessTokenCacheOptions = {}): AccessTokenCache {
  const now = options.now ?? Date.now;
  const renewBeforeMs = options.renewBeforeMs ?? 5 * 60 * 1000;
  const tokens = new Map<string, { token: string; renewAt: number }>();
  const inFlight = new Map<string, Promise<string>>();

  return {
    get(credentials, issue) {
      const key = keyOf(credentials);
      const cached = tokens.get(key);
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const fetching = issue()
        .then(({ token, expiresInSeconds }) => {
          tokens.set(key, { token, renewAt: now() + Math.max(0, expiresInSeconds * 1000 - renewBeforeMs) });
          return token;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, fetching);
      return fetching;
    },
    invalidate(credentials, token) {
      const key = keyOf(credentials);
      // Only the token that failed: another send may already have fetched its successor.
      if (tokens.get(key)?.token === token) tokens.delete(key);
    },
  };
}
