import type { Principal, PrincipalChange } from '../access/index.ts';

/** A credential's last-seen (session) or last-used (API key) time is written at most this often, cached or not. */
export const TOUCH_EVERY_MS = 60_000;

/** The principal, frozen (with its lists) so that the requests sharing a cached one cannot change it. */
export function frozenPrincipal(principal: Principal): Principal {
  Object.freeze(principal.roles);
  Object.freeze(principal.tenantIds);
  return Object.freeze(principal);
}

/** A resolved credential as the cache keeps it. */
export interface CachedCredential {
  /** Frozen: shared by every request that presents the credential. */
  principal: Principal;
  /** The session's CSRF token hash; null for API keys. */
  csrfHash: string | null;
  /** Whose changes evict it: the account of a session, or the API key itself. */
  subject: { kind: 'account' | 'api_key'; id: string };
  /** When the credential itself expires (null: never). It is never served from that moment on. */
  expiresAt: Date | null;
  /** When this instance last wrote the credential's last-seen/last-used time (ms since the epoch). */
  touchedAt: number;
}

interface Entry {
  value: CachedCredential;
  /** Past this (ms since the epoch) the entry is a miss: the safety net for changes nobody announced. */
  staleAt: number;
}

export interface PrincipalCacheOptions {
  /** Most entries kept; the least recently used go first. */
  size: number;
  /** How long an entry may be served without being read again from the database; 0 turns the cache off. */
  ttlMs: number;
}

/**
 * Resolved credentials (sessions, API keys) by the SHA-256 of their token — never the token —
 * bounded in size and age. Entries are evicted by announced principal changes (access's
 * principal-changes.ts) and the whole cache is dropped when announcements may have been missed.
 *
 * A load that started before an eviction must not put back what the eviction removed: callers take
 * `epoch` before reading the database and hand it to `set`, which refuses if anything was evicted
 * in between.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, Entry>();
  readonly #size: number;
  readonly #ttlMs: number;
  #epoch = 0;
  #suspended = false;

  constructor(opts: PrincipalCacheOptions) {
    this.#size = opts.size;
    this.#ttlMs = opts.ttlMs;
  }

  get enabled(): boolean {
    return this.#size > 0 && this.#ttlMs > 0 && !this.#suspended;
  }

  get epoch(): number {
    return this.#epoch;
  }

  get count(): number {
    return this.#entries.size;
  }

  /** The credential under key, unless it is missing, older than the TTL or expired itself. */
  get(key: string, now: number): CachedCredential | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    const expired = entry.value.expiresAt !== null && entry.value.expiresAt.getTime() <= now;
    if (entry.staleAt <= now || expired) {
      this.#entries.delete(key);
      return undefined;
    }
    // Least recently used first out: a hit moves the entry to the end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps value under key, if nothing was evicted since epoch (taken before the load) and the cache is on. */
  set(key: string, value: CachedCredential, epoch: number, now: number): boolean {
    if (!this.enabled || epoch !== this.#epoch) return false;
    this.#entries.delete(key);
    this.#entries.set(key, { value, staleAt: now + this.#ttlMs });
    while (this.#entries.size > this.#size) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    return true;
  }

  delete(key: string): void {
    this.#bump();
    this.#entries.delete(key);
  }

  /** Drops every entry a change concerns. */
  apply(change: PrincipalChange): void {
    this.#bump();
    if (change.kind === 'all') {
      this.#entries.clear();
      return;
    }
    for (const [key, entry] of this.#entries) {
      if (entry.value.subject.kind === change.kind && entry.value.subject.id === change.id) this.#entries.delete(key);
    }
  }

  /** Announcements may be missed from now on: forget everything and cache nothing until `resume`. */
  suspend(): void {
    this.#suspended = true;
    this.apply({ kind: 'all' });
  }

  /** Announcements arrive again; whatever was cached in between (nothing) or before is dropped once more. */
  resume(): void {
    this.#suspended = false;
    this.apply({ kind: 'all' });
  }

  #bump(): void {
    this.#epoch++;
  }
}
