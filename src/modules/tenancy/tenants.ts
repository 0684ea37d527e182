import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../platform/db/scope.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor } from '../access/principal.ts';
import { isOperatorRole, isRole } from '../access/roles.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { PLATFORM_TENANT } from '../audit/hash.ts';
import { accounts } from '../auth/schema.ts';
import { operatorAssignments, tenants } from './schema.ts';

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
    const [row] = await tx.insert(tenants).values({ id: newId(), ...input }).returning();
    if (!row) throw new Error('insert returned nothing');
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

export interface OperatorView {
  accountId: string;
  displayName: string;
  roles: string[];
}

export async function listOperators(db: Db, scope: readonly string[], tenantId: string): Promise<OperatorView[]> {
  if (!scope.includes(tenantId)) throw notFound('tenant');
  return inSystemScope(db, async (tx) => {
    const rows = await tx
      .select({ accountId: accounts.id, displayName: accounts.displayName, roles: accounts.roles })
      .from(operatorAssignments)
      .innerJoin(accounts, eq(accounts.id, operatorAssignments.accountId))
      .where(eq(operatorAssignments.tenantId, tenantId))
      .orderBy(accounts.displayName);
    return rows;
  });
}

/** Replaces the set of operator staff serving a tenant. */
export async function setOperators(db: Db, actor: Actor, tenantId: string, accountIds: string[]): Promise<OperatorView[]> {
  await inSystemScope(db, async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant) throw notFound('tenant');
    const staff = accountIds.length
      ? await tx.select().from(accounts).where(and(inArray(accounts.id, accountIds), eq(accounts.kind, 'operator')))
      : [];
    const missing = accountIds.filter((id) => !staff.some((s) => s.id === id));
    if (missing.length > 0) throw new AppError('REFERENCE_NOT_FOUND', 'Unknown operator accounts', { accountIds: missing });
    const roles = staff.flatMap((s) => s.roles.filter(isRole));
    if (!roles.every(isOperatorRole)) throw new AppError('REFERENCE_NOT_FOUND', 'Only operator staff can be assigned');
    await tx.delete(operatorAssignments).where(eq(operatorAssignments.tenantId, tenantId));
    if (staff.length) await tx.insert(operatorAssignments).values(staff.map((s) => ({ tenantId, accountId: s.id })));
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'tenant.operators_set',
      entityType: 'tenant',
      entityId: tenantId,
      summary: `Operator staff for ${tenant.name}: ${staff.map((s) => s.displayName).join(', ') || 'none'}`,
      data: { accountIds },
    });
  });
  return listOperators(db, [tenantId], tenantId);
}
