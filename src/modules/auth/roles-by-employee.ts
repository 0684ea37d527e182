import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { accounts } from './schema.ts';

/** The roles held by each employee of a tenant through their active accounts (approval stages resolve roles to people). */
export async function rolesByEmployee(tx: Tx, tenantId: string): Promise<Map<string, string[]>> {
  const rows = await tx
    .select({ employeeId: accounts.employeeId, roles: accounts.roles })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.status, 'active'), isNotNull(accounts.employeeId)));
  const roles = new Map<string, string[]>();
  for (const r of rows) if (r.employeeId !== null) roles.set(r.employeeId, [...(roles.get(r.employeeId) ?? []), ...r.roles]);
  return roles;
}
