import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { tenants } from './schema.ts';
import { checkTenantFields, duplicateField, type TenantFields } from './tenant-input.ts';
import { tenantView, type TenantReader, type TenantView } from './tenant-view.ts';
import { announcePrincipalChange, type Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';

export async function listTenants(db: Db, scope: readonly string[], reader: TenantReader): Promise<TenantView[]> {
  return inTenantScope(db, scope, async (tx) => (await tx.select().from(tenants).orderBy(tenants.code)).map((t) => tenantView(t, reader)));
}

export async function getTenant(db: Db, scope: readonly string[], id: string, reader: TenantReader): Promise<TenantView> {
  return inTenantScope(db, scope, async (tx) => {
    const [row] = await tx.select().from(tenants).where(eq(tenants.id, id));
    if (!row) throw notFound('tenant');
    return tenantView(row, reader);
  });
}

export type NewTenant = TenantFields & { code: string };

async function assertUnique(tx: Tx, fields: { code?: string; creditCode?: string }, except: string | null): Promise<void> {
  const other = except === null ? undefined : ne(tenants.id, except);
  if (fields.code !== undefined) {
    const [row] = await tx
      .select({ id: tenants.id })
      .from(tenants)
      .where(and(eq(tenants.code, fields.code), other));
    if (row) throw duplicateField('code', `An enterprise with code ${fields.code} already exists`);
  }
  if (fields.creditCode !== undefined) {
    const [row] = await tx
      .select({ id: tenants.id })
      .from(tenants)
      .where(and(eq(tenants.creditCode, fields.creditCode), other));
    if (row) throw duplicateField('creditCode', `An enterprise with credit code ${fields.creditCode} already exists`);
  }
}

/**
 * Creates an enterprise in the caller's system-scope transaction (onboarding adds its organisation,
 * flows and first administrator in the same one). Audited on the platform's chain and the tenant's.
 */
export async function insertTenant(tx: Tx, actor: Actor, input: NewTenant, reader: TenantReader): Promise<TenantView> {
  const fields = checkTenantFields(input);
  const code = input.code.trim();
  await assertUnique(tx, { code, creditCode: fields.creditCode }, null);
  const { contactPhone, ...rest } = fields;
  const [row] = await tx
    .insert(tenants)
    .values({ id: newId(), ...rest, code, contactPhoneEnc: reader.cipher.encrypt(contactPhone) })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  // Platform admins and auditors see every tenant: their cached principals must learn of this one.
  await announcePrincipalChange(tx, { kind: 'all' });
  const data = { code, name: row.name, nameEn: row.nameEn, shortName: row.shortName, creditCode: row.creditCode, tier: row.tier };
  for (const tenantId of [PLATFORM_TENANT, row.id]) {
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: row.id,
      summary: `Enterprise ${row.name} created`,
      data,
    });
  }
  return tenantView(row, reader);
}

/** Edits an enterprise's particulars (not its code, which other systems may key on). */
export async function updateTenant(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<TenantFields>,
  reader: TenantReader,
): Promise<TenantView> {
  const fields = checkTenantFields(input);
  return inSystemScope(db, async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, id)).for('update');
    if (!before) throw notFound('tenant');
    await assertUnique(tx, { creditCode: fields.creditCode }, id);
    const { contactPhone, ...rest } = fields;
    const now = new Date();
    const [row] = await tx
      .update(tenants)
      .set({ ...rest, ...(contactPhone === undefined ? {} : { contactPhoneEnc: reader.cipher.encrypt(contactPhone) }), updatedAt: now })
      .where(eq(tenants.id, id))
      .returning();
    if (!row) throw notFound('tenant');
    const changed = Object.keys(fields).filter((k) =>
      k === 'contactPhone' ? true : before[k as keyof typeof before] !== row[k as keyof typeof row],
    );
    await appendAudit(tx, {
      tenantId: id,
      actor,
      action: 'tenant.updated',
      entityType: 'tenant',
      entityId: id,
      summary: `Enterprise ${row.name} updated: ${changed.join(', ') || 'nothing changed'}`,
      // The contact's phone is personal data: only that it changed is written.
      data: { changed, ...Object.fromEntries(changed.filter((k) => k !== 'contactPhone').map((k) => [k, row[k as keyof typeof row]])) },
    });
    return tenantView(row, reader);
  });
}

/**
 * Suspends an enterprise (its people can no longer sign in or use their sessions and API keys) or
 * reactivates it. Every cached principal is dropped, so it takes effect at once.
 */
export async function setTenantStatus(
  db: Db,
  actor: Actor,
  id: string,
  status: 'active' | 'suspended',
  reason: string | null,
  reader: TenantReader,
): Promise<TenantView> {
  return inSystemScope(db, async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, id)).for('update');
    if (!before) throw notFound('tenant');
    if (before.status === status) return tenantView(before, reader);
    const [row] = await tx.update(tenants).set({ status, updatedAt: new Date() }).where(eq(tenants.id, id)).returning();
    if (!row) throw notFound('tenant');
    await announcePrincipalChange(tx, { kind: 'all' });
    const action = status === 'suspended' ? 'tenant.suspended' : 'tenant.reactivated';
    for (const tenantId of [PLATFORM_TENANT, id]) {
      await appendAudit(tx, {
        tenantId,
        actor,
        action,
        entityType: 'tenant',
        entityId: id,
        summary: `Enterprise ${row.name} ${status === 'suspended' ? 'suspended' : 'reactivated'}${reason ? `: ${reason}` : ''}`,
        data: { reason },
      });
    }
    return tenantView(row, reader);
  });
}

/** Whether an enterprise may be used (not suspended); false when unknown. System scope: a transaction may be passed as db. */
export async function tenantIsActive(db: Db | Tx, id: string): Promise<boolean> {
  const [row] = await db.select({ status: tenants.status }).from(tenants).where(eq(tenants.id, id));
  return row?.status === 'active';
}
