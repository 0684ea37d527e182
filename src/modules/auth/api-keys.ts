import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { isoOrNull, newId } from '../../platform/ids.ts';
import { apiKeys } from './schema.ts';
import { randomToken, safeEqualHex, sha256 } from './tokens.ts';
import { isApiKeyScope, scopePermissions, type ApiKeyScope, type Actor, type Principal } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';

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
      data: { prefix, scopes: row.scopes },
    });
    return { key: view(row), secret };
  });
}

export async function listApiKeys(db: Db, tenantIds: readonly string[]): Promise<ApiKeyView[]> {
  return inTenantScope(db, tenantIds, async (tx) =>
    (await tx.select().from(apiKeys).orderBy(desc(apiKeys.createdAt))).map(view),
  );
}

export async function revokeApiKey(db: Db, tenantIds: readonly string[], actor: Actor, id: string): Promise<void> {
  await inTenantScope(db, tenantIds, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    if (!row) throw notFound('api_key');
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actor,
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: row.id,
      summary: `API key "${row.name}" revoked`,
    });
  });
}

/** Resolves `td_<prefix>_<secret>` to its principal; null when unknown, revoked or expired. One statement, no transaction. */
export async function authenticateApiKey(db: Db, presented: string, now = new Date()): Promise<Principal | null> {
  const match = /^td_([A-Za-z0-9]{8})_[A-Za-z0-9_-]{20,}$/.exec(presented);
  if (!match?.[1]) return null;
  const prefix = match[1];
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix));
  if (!row || !safeEqualHex(row.secretHash, sha256(presented))) return null;
  if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.prefix, prefix));
  }
  return {
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
  };
}
