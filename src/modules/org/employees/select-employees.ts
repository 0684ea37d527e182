import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { preparedStatement } from '../../../platform/db/prepared.ts';
import { departments, employeeProjects, employees, ranks } from '../schema.ts';
import { toEmployeeView, type EmployeeRow, type EmployeeView, type PiiViewer } from './employee-view.ts';

const manager = alias(employees, 'manager');

/** Each employee's project ids, sorted, in the same statement (text[] parses alike on both drivers). */
const projectIdsColumn = sql<string[]>`array(
  select ${employeeProjects.projectId}::text from ${employeeProjects}
  where ${employeeProjects.tenantId} = ${employees.tenantId} and ${employeeProjects.employeeId} = ${employees.id}
  order by ${employeeProjects.projectId})`;

type EmployeeRowWithProjects = EmployeeRow & { projectIds: string[] };

/** Employees with the names of their rank, department and manager: the query, before its where. */
function employeeRowsQuery(tx: Db | Tx) {
  return tx
    .select({
      employee: employees,
      rankName: ranks.name,
      departmentName: departments.name,
      managerName: manager.name,
      projectIds: projectIdsColumn,
    })
    .from(employees)
    .leftJoin(ranks, and(eq(ranks.tenantId, employees.tenantId), eq(ranks.code, employees.rank)))
    .leftJoin(departments, and(eq(departments.tenantId, employees.tenantId), eq(departments.id, employees.departmentId)))
    .leftJoin(manager, and(eq(manager.tenantId, employees.tenantId), eq(manager.id, employees.managerId)))
    .$dynamic();
}

/** The statement selectEmployeeRows runs, not yet run (tests EXPLAIN it). */
export function employeeListQuery(tx: Tx, where: SQL | undefined, limit: number) {
  return employeeRowsQuery(tx).where(where).orderBy(asc(employees.employeeNo), asc(employees.id)).limit(limit);
}

/** Employees matching where, ordered by employee number, with names of their rank, department and manager. */
export async function selectEmployeeRows(tx: Tx, where: SQL | undefined, limit: number): Promise<EmployeeRowWithProjects[]> {
  return employeeListQuery(tx, where, limit);
}

/** One employee by id (the tenant scope's row-level security decides which tenants it may be in): a hot read, prepared. */
export const selectEmployeeById = preparedStatement<EmployeeRowWithProjects[], { id: string }>('org_employee_by_id', (tx) =>
  employeeRowsQuery(tx)
    .where(eq(employees.id, sql.placeholder('id')))
    .orderBy(asc(employees.employeeNo), asc(employees.id))
    .limit(1),
);

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
  return rows.map((r) => toEmployeeView(r, r.projectIds, cipher, viewer));
}
