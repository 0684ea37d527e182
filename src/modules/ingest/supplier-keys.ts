/**
 * The signing keys ingestion checks requests against, from the supplier registry (given by the
 * composition root: ingestion does not import the registry). Cached per supplier code for a short
 * while so the hot path reads no table; a signature that matches no cached key looks again once
 * (at most once a second per supplier), so a key added in a rotation is honoured at once.
 */

export interface SupplierKeys {
  supplierId: string;
  code: string;
  /** Every key in force now (several during a rotation's overlap). */
  secrets: Buffer[];
}

/** The supplier with this code and its keys in force at `now`; null when unknown or not accepted (suspended). */
export type SupplierKeyLookup = (code: string, now: Date) => Promise<SupplierKeys | null>;

interface Entry {
  keys: SupplierKeys | null;
  loadedAt: number;
}

export interface CachedKeyLookup {
  /** The cached keys (loaded when missing or older than the TTL). */
  get(code: string, now: Date): Promise<SupplierKeys | null>;
  /** Loads again, unless loaded within the last second: after a signature matched none of the cached keys. */
  refresh(code: string, now: Date): Promise<SupplierKeys | null>;
}

export function cachedKeyLookup(lookup: SupplierKeyLookup, opts: { ttlMs?: number; maxEntries?: number } = {}): CachedKeyLookup {
  const ttlMs = opts.ttlMs ?? 30_000;
  const maxEntries = opts.maxEntries ?? 1_000;
  const entries = new Map<string, Entry>();
  const load = async (code: string, now: Date): Promise<SupplierKeys | null> => {
    const keys = await lookup(code, now);
    if (entries.size >= maxEntries) entries.clear();
    entries.set(code, { keys, loadedAt: Date.now() });
    return keys;
  };
  return {
    async get(code, now) {
      const entry = entries.get(code);
      if (entry && Date.now() - entry.loadedAt < ttlMs) return entry.keys;
      return load(code, now);
    },
    async refresh(code, now) {
      const entry = entries.get(code);
      if (entry && Date.now() - entry.loadedAt < 1_000) return entry.keys;
      return load(code, now);
    },
  };
}
