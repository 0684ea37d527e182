import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { invalidateAccount } from './invalidate.ts';
import { accounts, operatorAssignments } from './schema.ts';
import { type Actor, isOperatorRole, isRole } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { tenants } from '../tenancy/index.ts';

/** Operator staff (account managers, agents …) serving an enterprise: they see only the tenants assigned to them. */
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
      ? await tx
          .select()
          .from(accounts)
          .where(and(inArray(accounts.id, accountIds), eq(accounts.kind, 'operator')))
      : [];
    const missing = accountIds.filter((id) => !staff.some((s) => s.id === id));
    if (missing.length > 0) throw new AppError('REFERENCE_NOT_FOUND', 'Unknown operator accounts', { accountIds: missing });
    const roles = staff.flatMap((s) => s.roles.filter(isRole));
    if (!roles.every(isOperatorRole)) throw new AppError('REFERENCE_NOT_FOUND', 'Only operator staff can be assigned');
    const before = await tx
      .delete(operatorAssignments)
      .where(eq(operatorAssignments.tenantId, tenantId))
      .returning({ accountId: operatorAssignments.accountId });
    if (staff.length) await tx.insert(operatorAssignments).values(staff.map((s) => ({ tenantId, accountId: s.id })));
    // Whoever gained or lost the tenant sees a different set of tenants from now on.
    for (const accountId of new Set([...before.map((b) => b.accountId), ...accountIds])) await invalidateAccount(tx, accountId);
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
