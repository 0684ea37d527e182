import { asc, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { departments } from '../schema.ts';

export interface DepartmentView {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  headEmployeeId: string | null;
  externalId: string | null;
  /** Active employees directly in this department (not in its sub-departments). */
  employeeCount: number;
}

/** Departments matching where, ordered by code, with their active head count. */
export async function selectDepartmentViews(tx: Tx, where: SQL | undefined): Promise<DepartmentView[]> {
  return tx
    .select({
      id: departments.id,
      parentId: departments.parentId,
      code: departments.code,
      name: departments.name,
      headEmployeeId: departments.headEmployeeId,
      externalId: departments.externalId,
      // Qualified by hand: inside the subquery an unqualified "id" would be the employee's.
      employeeCount: sql<number>`(select count(*) from employees e
        where e.tenant_id = departments.tenant_id and e.department_id = departments.id and e.status = 'active')`.mapWith(Number),
    })
    .from(departments)
    .where(where)
    .orderBy(asc(departments.code), asc(departments.id));
}
