import type { Db } from '../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import { tenants } from './schema.ts';
import { announcePrincipalChange, type Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';

export interface TenantView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  status: 'active' | 'suspended';
  createdAt: string;
}

const view = (t: typeof tenants.$inferSelect): TenantView => ({ ...t, createdAt: t.createdAt.toISOString() });

export async function listTenants(db: Db, scope: readonly string[]): Promise<TenantView[]> {
  return inTenantScope(db, scope, async (tx) => (await tx.select().from(tenants).orderBy(tenants.code)).map(view));
}

/** A platform admin onboards a new enterprise. */
export async function createTenant(db: Db, actor: Actor, input: { code: string; name: string; nameEn: string }): Promise<TenantView> {
  return inSystemScope(db, async (tx) => {
    const [row] = await tx
      .insert(tenants)
      .values({ id: newId(), ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    // Platform admins and auditors see every tenant: their cached principals must learn of this one.
    await announcePrincipalChange(tx, { kind: 'all' });
    await appendAudit(tx, {
      tenantId: PLATFORM_TENANT,
      actor,
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: row.id,
      summary: `Enterprise ${row.name} created`,
      data: input,
    });
    return view(row);
  });
}
