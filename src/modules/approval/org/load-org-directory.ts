import { and, eq, gt, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { accounts } from '../../auth/schema.ts';
import { departments, employees, projects } from '../../org/schema.ts';
import { directoryFromSnapshot, type OrgDirectory, type OrgSnapshot } from '../engine/index.ts';
import { approvalDelegations } from '../schema.ts';

export interface LoadedOrg {
  snapshot: OrgSnapshot;
  directory: OrgDirectory;
}

/**
 * What the engine's OrgDirectory needs of one tenant, read in the caller's transaction: employees
 * (manager, department, active), departments (parent, head), project owners, the approval roles
 * of active accounts, and the delegations in force at `now` or later.
 */
export async function loadOrgDirectory(tx: Tx, tenantId: string, now: Date): Promise<LoadedOrg> {
  // One statement after another: a transaction is one connection (node-postgres deprecates
  // sending a statement while another runs), so Promise.all would gain nothing.
  const people = await tx
    .select({ id: employees.id, managerId: employees.managerId, departmentId: employees.departmentId, status: employees.status })
    .from(employees)
    .where(eq(employees.tenantId, tenantId));
  const depts = await tx
    .select({ id: departments.id, parentId: departments.parentId, headId: departments.headEmployeeId })
    .from(departments)
    .where(eq(departments.tenantId, tenantId));
  const owners = await tx.select({ id: projects.id, ownerId: projects.ownerEmployeeId }).from(projects).where(eq(projects.tenantId, tenantId));
  const roleRows = await tx
    .select({ employeeId: accounts.employeeId, roles: accounts.roles })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.status, 'active'), isNotNull(accounts.employeeId)));
  const delegations = await tx
    .select({ from: approvalDelegations.delegatorId, to: approvalDelegations.delegateId, startsAt: approvalDelegations.startsAt, endsAt: approvalDelegations.endsAt })
    .from(approvalDelegations)
    .where(and(eq(approvalDelegations.tenantId, tenantId), gt(approvalDelegations.endsAt, now)));
  const roles = new Map<string, string[]>();
  for (const r of roleRows) if (r.employeeId !== null) roles.set(r.employeeId, [...(roles.get(r.employeeId) ?? []), ...r.roles]);
  const snapshot: OrgSnapshot = {
    employees: people.map((e) => ({ id: e.id, managerId: e.managerId, departmentId: e.departmentId, active: e.status === 'active', roles: roles.get(e.id) ?? [] })),
    departments: depts,
    projects: owners,
    delegations: delegations.map((d) => ({ from: d.from, to: d.to, startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString() })),
  };
  return { snapshot, directory: directoryFromSnapshot(snapshot) };
}

/** A department and its ancestors, nearest first (stops at a loop). */
export function departmentPath(directory: OrgDirectory, departmentId: string): string[] {
  const path: string[] = [];
  for (let d: string | null = departmentId; d !== null && !path.includes(d); d = directory.parentDepartmentOf(d)) path.push(d);
  return path;
}
