import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../../platform/db/scope.ts';
import { accounts, operatorAssignments } from '../schema.ts';
import { employees } from '../../org/index.ts';
import { tenants } from '../../tenancy/index.ts';

/** Which accounts a caller manages: an enterprise's people (in the caller's tenant scope) or the operator's staff. */
export type AccountReach = { kind: 'tenant'; tenantIds: readonly string[] } | { kind: 'operator' };

export interface AccountView {
  id: string;
  kind: 'tenant' | 'operator';
  tenantId: string | null;
  email: string | null;
  displayName: string;
  roles: string[];
  status: 'active' | 'disabled';
  employee: { id: string; employeeNo: string; name: string } | null;
  /** The enterprises operator staff are assigned to (empty for enterprise accounts and for all-tenant roles). */
  assignedTenants: { id: string; name: string }[];
  lastSignInAt: string | null;
  createdAt: string;
}

type Row = typeof accounts.$inferSelect;

const viewOf = (a: Row, employee: AccountView['employee'], assigned: AccountView['assignedTenants']): AccountView => ({
  id: a.id,
  kind: a.kind,
  tenantId: a.tenantId,
  email: a.email,
  displayName: a.displayName,
  roles: a.roles,
  status: a.status,
  employee,
  assignedTenants: assigned,
  lastSignInAt: a.lastSignInAt?.toISOString() ?? null,
  createdAt: a.createdAt.toISOString(),
});

async function tenantAccounts(tx: Tx, where?: ReturnType<typeof eq>): Promise<AccountView[]> {
  const rows = await tx
    .select({ account: accounts, employeeNo: employees.employeeNo, employeeName: employees.name })
    .from(accounts)
    .leftJoin(employees, and(eq(employees.tenantId, accounts.tenantId), eq(employees.id, accounts.employeeId)))
    .where(and(eq(accounts.kind, 'tenant'), where))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
  return rows.map((r) =>
    viewOf(
      r.account,
      r.account.employeeId && r.employeeNo !== null && r.employeeName !== null
        ? { id: r.account.employeeId, employeeNo: r.employeeNo, name: r.employeeName }
        : null,
      [],
    ),
  );
}

async function operatorAccounts(tx: Tx, where?: ReturnType<typeof eq>): Promise<AccountView[]> {
  const rows = await tx
    .select()
    .from(accounts)
    .where(and(eq(accounts.kind, 'operator'), where))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
  const ids = rows.map((r) => r.id);
  const assigned = ids.length
    ? await tx
        .select({ accountId: operatorAssignments.accountId, id: tenants.id, name: tenants.name })
        .from(operatorAssignments)
        .innerJoin(tenants, eq(tenants.id, operatorAssignments.tenantId))
        .where(inArray(operatorAssignments.accountId, ids))
        .orderBy(tenants.code)
    : [];
  return rows.map((r) =>
    viewOf(
      r,
      null,
      assigned.filter((a) => a.accountId === r.id).map(({ id, name }) => ({ id, name })),
    ),
  );
}

/** Every account in reach, by name: users with their employee, roles, status and last sign-in. */
export async function listAccounts(db: Db, reach: AccountReach): Promise<AccountView[]> {
  return reach.kind === 'tenant'
    ? inTenantScope(db, reach.tenantIds, (tx) => tenantAccounts(tx))
    : inSystemScope(db, (tx) => operatorAccounts(tx));
}

/** One account as the list shows it (in the caller's transaction, system scope). */
export async function accountViewOf(tx: Tx, id: string): Promise<AccountView | null> {
  const [found] = await tx.select({ kind: accounts.kind }).from(accounts).where(eq(accounts.id, id));
  if (!found) return null;
  const [view] = found.kind === 'tenant' ? await tenantAccounts(tx, eq(accounts.id, id)) : await operatorAccounts(tx, eq(accounts.id, id));
  return view ?? null;
}
