import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { costCentres, departments, employees, projects } from '../schema.ts';

/** Who reports to whom, which department is under which and who heads it, who owns each project and cost centre. */
export interface OrgStructure {
  employees: { id: string; managerId: string | null; departmentId: string; active: boolean }[];
  departments: { id: string; parentId: string | null; headId: string | null }[];
  projects: { id: string; ownerId: string | null }[];
  costCentres: { id: string; ownerId: string | null }[];
}

/** A tenant's reporting lines, departments and project owners, read in the caller's transaction. */
export async function loadOrgStructure(tx: Tx, tenantId: string): Promise<OrgStructure> {
  // One statement after another: the transaction is one connection.
  const people = await tx
    .select({ id: employees.id, managerId: employees.managerId, departmentId: employees.departmentId, status: employees.status })
    .from(employees)
    .where(eq(employees.tenantId, tenantId));
  const depts = await tx
    .select({ id: departments.id, parentId: departments.parentId, headId: departments.headEmployeeId })
    .from(departments)
    .where(eq(departments.tenantId, tenantId));
  const owned = await tx
    .select({ id: projects.id, ownerId: projects.ownerEmployeeId })
    .from(projects)
    .where(eq(projects.tenantId, tenantId));
  const centres = await tx
    .select({ id: costCentres.id, ownerId: costCentres.ownerEmployeeId })
    .from(costCentres)
    .where(eq(costCentres.tenantId, tenantId));
  return {
    employees: people.map((e) => ({ id: e.id, managerId: e.managerId, departmentId: e.departmentId, active: e.status === 'active' })),
    departments: depts,
    projects: owned,
    costCentres: centres,
  };
}
