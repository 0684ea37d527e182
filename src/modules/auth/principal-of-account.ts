import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { operatorAssignments } from './schema.ts';
import type { accounts } from './schema.ts';
import { permissionsOf, type Principal, allTenantRoles, isOperatorRole, isRole, type Role } from '../access/index.ts';
import { tenants } from '../tenancy/index.ts';

type AccountRow = typeof accounts.$inferSelect;

/** Builds the principal of an account (system scope; a transaction may be passed as db): its roles, permissions and visible tenants. */
export async function principalOfAccount(db: Db, account: AccountRow, sessionId: string | null): Promise<Principal> {
  const roles = account.roles.filter(isRole).filter((r) => (account.kind === 'operator') === isOperatorRole(r));
  return {
    via: 'session',
    id: account.id,
    accountKind: account.kind,
    displayName: account.displayName,
    roles,
    permissions: permissionsOf(roles),
    homeTenantId: account.tenantId,
    tenantIds: await visibleTenants(db, account, roles),
    employeeId: account.employeeId,
    sessionId,
  };
}

async function visibleTenants(db: Db, account: AccountRow, roles: Role[]): Promise<string[]> {
  if (account.kind === 'tenant') return account.tenantId ? [account.tenantId] : [];
  if (roles.some((r) => (allTenantRoles as readonly string[]).includes(r))) {
    const rows = await db.select({ id: tenants.id }).from(tenants).orderBy(tenants.code);
    return rows.map((r) => r.id);
  }
  const rows = await db
    .select({ id: operatorAssignments.tenantId })
    .from(operatorAssignments)
    .innerJoin(tenants, eq(tenants.id, operatorAssignments.tenantId))
    .where(eq(operatorAssignments.accountId, account.id))
    .orderBy(tenants.code);
  return rows.map((r) => r.id);
}
