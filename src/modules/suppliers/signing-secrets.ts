import { and, eq, isNull } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { supplierKeys, suppliers, type SupplierStatus } from './schema.ts';

export interface SigningSecrets {
  supplierId: string;
  code: string;
  status: SupplierStatus;
  /** The secrets of the keys in force at the time asked (the current key, and any in their overlap). */
  secrets: Buffer[];
}

interface Loaded {
  supplierId: string;
  code: string;
  status: SupplierStatus;
  keys: { secret: Buffer; retiresAt: number | null }[];
}

/**
 * How long a supplier's keys are kept in memory. Ingestion asks for every request, so they must be
 * cheap; a rotation or revocation in this process clears them at once, one made by another
 * instance takes effect within this time.
 */
export const SIGNING_CACHE_TTL_MS = 30_000;
/** Junk supplier codes must not grow the cache without bound. */
const MAX_ENTRIES = 2_000;

type Cache = Map<string, { loadedAt: number; value: Loaded | null }>;
/** One cache per open database (tests open many; a process serving one has one). */
const caches = new WeakMap<Db, Cache>();
// A WeakMap cannot be iterated; forgetting needs every cache. Weak references let closed databases' caches go.
const liveCaches = new Set<WeakRef<Cache>>();

/** Drops what this process remembers of a supplier's keys (all suppliers without a code). */
export function forgetSigningSecrets(code?: string): void {
  for (const ref of liveCaches) {
    const cache = ref.deref();
    if (!cache) liveCaches.delete(ref);
    else if (code === undefined) cache.clear();
    else cache.delete(code);
  }
}

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
    liveCaches.add(new WeakRef(cache));
  }
  return cache;
}

async function load(db: Db, cipher: PiiCipher, code: string): Promise<Loaded | null> {
  return inSystemScope(db, async (tx) => {
    const [supplier] = await tx
      .select({ id: suppliers.id, code: suppliers.code, status: suppliers.status })
      .from(suppliers)
      .where(eq(suppliers.code, code));
    if (!supplier) return null;
    const keys = await tx
      .select({ secretEnc: supplierKeys.secretEnc, retiresAt: supplierKeys.retiresAt })
      .from(supplierKeys)
      .where(and(eq(supplierKeys.supplierId, supplier.id), isNull(supplierKeys.revokedAt)));
    return {
      supplierId: supplier.id,
      code: supplier.code,
      status: supplier.status,
      keys: keys.map((k) => ({ secret: Buffer.from(cipher.decrypt(k.secretEnc), 'utf8'), retiresAt: k.retiresAt?.getTime() ?? null })),
    };
  });
}

/**
 * The secrets a supplier's events may be signed with at `now` (HMAC keys: the UTF-8 bytes of the
 * secret as given to the supplier), with its id and status; null for an unknown supplier. Served
 * from memory for up to SIGNING_CACHE_TTL_MS; a key's overlap ends on time even when cached.
 */
export async function signingSecretsOf(
  db: Db,
  cipher: PiiCipher,
  supplierCode: string,
  now: Date | number,
): Promise<SigningSecrets | null> {
  const at = typeof now === 'number' ? now : now.getTime();
  const cache = cacheOf(db);
  const clock = Date.now();
  let entry = cache.get(supplierCode);
  if (!entry || clock - entry.loadedAt > SIGNING_CACHE_TTL_MS || clock < entry.loadedAt) {
    entry = { loadedAt: clock, value: await load(db, cipher, supplierCode) };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(supplierCode, entry);
  }
  const value = entry.value;
  if (!value) return null;
  return {
    supplierId: value.supplierId,
    code: value.code,
    status: value.status,
    secrets: value.keys.filter((k) => k.retiresAt === null || k.retiresAt > at).map((k) => k.secret),
  };
}
