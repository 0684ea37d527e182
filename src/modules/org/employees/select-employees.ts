import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { departments, employeeProjects, employees, ranks } from '../schema.ts';
import { toEmployeeView, type EmployeeRow, type EmployeeView, type PiiViewer } from './employee-view.ts';

const manager = alias(employees, 'manager');

/** Employees matching where, ordered by employee number, with names of their rank, department and manager. */
export async function selectEmployeeRows(tx: Tx, where: SQL | undefined, limit: number): Promise<EmployeeRow[]> {
  return tx
    .select({ employee: employees, rankName: ranks.name, departmentName: departments.name, managerName: manager.name })
    .from(employees)
    .leftJoin(ranks, and(eq(ranks.tenantId, employees.tenantId), eq(ranks.code, employees.rank)))
    .leftJoin(departments, and(eq(departments.tenantId, employees.tenantId), eq(departments.id, employees.departmentId)))
    .leftJoin(manager, and(eq(manager.tenantId, employees.tenantId), eq(manager.id, employees.managerId)))
    .where(where)
    .orderBy(asc(employees.employeeNo), asc(employees.id))
    .limit(limit);
}

/** Project memberships of the given employees, each list sorted. */
export async function projectIdsOf(tx: Tx, employeeIds: readonly string[]): Promise<Map<string, string[]>> {
  const byEmployee = new Map<string, string[]>(employeeIds.map((id) => [id, []]));
  if (employeeIds.length === 0) return byEmployee;
  const rows = await tx
    .select({ employeeId: employeeProjects.employeeId, projectId: employeeProjects.projectId })
    .from(employeeProjects)
    .where(inArray(employeeProjects.employeeId, [...employeeIds]))
    .orderBy(asc(employeeProjects.projectId));
  for (const r of rows) byEmployee.get(r.employeeId)?.push(r.projectId);
  return byEmployee;
}

/** Rows to API views, as the viewer may see them. */
export async function selectEmployeeViews(
  tx: Tx,
  cipher: PiiCipher,
  viewer: PiiViewer,
  where: SQL | undefined,
  limit: number,
): Promise<EmployeeView[]> {
  const rows = await selectEmployeeRows(tx, where, limit);
  const projects = await projectIdsOf(tx, rows.map((r) => r.employee.id));
  return rows.map((r) => toEmployeeView(r, projects.get(r.employee.id) ?? [], cipher, viewer));
}
