import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { isoOrNull, newId } from '../../platform/ids.ts';
import { invalidateApiKey } from './invalidate.ts';
import { frozenPrincipal, TOUCH_EVERY_MS, type PrincipalCache } from './principal-cache.ts';
import { apiKeys } from './schema.ts';
import { randomToken, safeEqualHex, sha256 } from './tokens.ts';
import { isApiKeyScope, scopePermissions, type ApiKeyScope, type Actor, type Principal } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { tenantIsActive } from '../tenancy/index.ts';

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const view = (r: typeof apiKeys.$inferSelect): ApiKeyView => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: r.scopes,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: isoOrNull(r.lastUsedAt),
  expiresAt: isoOrNull(r.expiresAt),
  revokedAt: isoOrNull(r.revokedAt),
});

/** Creates a key; the secret is returned this once and only its hash is kept. */
export async function createApiKey(
  db: Db,
  tenantId: string,
  actor: Actor,
  input: { name: string; scopes: ApiKeyScope[]; expiresAt: Date | null },
): Promise<{ key: ApiKeyView; secret: string }> {
  const prefix = randomToken(6).replace(/[-_]/g, 'x');
  const secretPart = randomToken(32);
  const secret = `td_${prefix}_${secretPart}`;
  return inTenantScope(db, [tenantId], async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        tenantId,
        id: newId(),
        name: input.name,
        prefix,
        secretHash: sha256(secret),
        scopes: [...new Set(input.scopes)],
        createdBy: actor.kind === 'account' ? actor.id : null,
        expiresAt: input.expiresAt,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: row.id,
      summary: `API key "${row.name}" created (${row.scopes.join(', ')})`,
      data: { name: row.name, prefix, scopes: row.scopes },
    });
    return { key: view(row), secret };
  });
}

export async function listApiKeys(db: Db, tenantIds: readonly string[]): Promise<ApiKeyView[]> {
  return inTenantScope(db, tenantIds, async (tx) => (await tx.select().from(apiKeys).orderBy(desc(apiKeys.createdAt))).map(view));
}

export async function revokeApiKey(db: Db, tenantIds: readonly string[], actor: Actor, id: string): Promise<void> {
  await inTenantScope(db, tenantIds, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    if (!row) throw notFound('api_key');
    await invalidateApiKey(tx, row.id);
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actor,
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: row.id,
      summary: `API key "${row.name}" revoked`,
      data: { name: row.name },
    });
  });
}

/** Writes the key's last-used time; false when the key is gone or revoked. */
async function touchApiKey(db: Db, prefix: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/**
 * Resolves `td_<prefix>_<secret>` to its principal; null when unknown, revoked or expired. One
 * statement, no transaction; none when the principal cache has it (keyed by the SHA-256 of the
 * whole key). Expiry holds to the millisecond; the last-used time is written at most once a minute.
 */
export async function authenticateApiKey(
  db: Db,
  presented: string,
  opts: { cache?: PrincipalCache; now?: Date } = {},
): Promise<Principal | null> {
  const { cache } = opts;
  const now = opts.now ?? new Date();
  const match = /^td_([A-Za-z0-9]{8})_[A-Za-z0-9_-]{20,}$/.exec(presented);
  if (!match?.[1]) return null;
  const prefix = match[1];
  const secretHash = sha256(presented);
  const key = `api_key:${secretHash}`;
  const hit = cache?.get(key, now.getTime());
  if (hit) {
    if (now.getTime() - hit.touchedAt > TOUCH_EVERY_MS) {
      // The write doubles as a check that nobody revoked the key behind the cache's back.
      if (!(await touchApiKey(db, prefix, now))) {
        cache?.delete(key);
        return null;
      }
      hit.touchedAt = now.getTime();
    }
    return hit.principal;
  }

  const epoch = cache?.epoch ?? 0;
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix));
  if (!row || !safeEqualHex(row.secretHash, secretHash)) return null;
  if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!(await tenantIsActive(db, row.tenantId))) return null;
  let touchedAt = row.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - touchedAt > TOUCH_EVERY_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.prefix, prefix));
    touchedAt = now.getTime();
  }
  const principal = frozenPrincipal({
    via: 'api_key',
    id: row.id,
    accountKind: 'tenant',
    displayName: `API key ${row.name}`,
    roles: [],
    permissions: scopePermissions(row.scopes.filter(isApiKeyScope)),
    homeTenantId: row.tenantId,
    tenantIds: [row.tenantId],
    employeeId: null,
    sessionId: null,
  });
  cache?.set(
    key,
    { principal, csrfHash: null, subject: { kind: 'api_key', id: row.id }, expiresAt: row.expiresAt, touchedAt },
    epoch,
    now.getTime(),
  );
  return principal;
}
