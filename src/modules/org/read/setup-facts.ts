import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { departments, employees } from '../schema.ts';

export interface DepartmentStaffing {
  id: string;
  name: string;
  parentId: string | null;
  activeEmployees: number;
}

/** Every department with its parent and how many active employees it holds directly. */
export async function departmentStaffing(tx: Tx, tenantId: string): Promise<DepartmentStaffing[]> {
  return tx
    .select({
      id: departments.id,
      name: departments.name,
      parentId: departments.parentId,
      // Qualified by hand: Drizzle leaves a single-table select's columns unqualified.
      activeEmployees: sql<number>`(select count(*) from ${employees} e
        where e.tenant_id = "departments"."tenant_id" and e.department_id = "departments"."id" and e.status = 'active')::int`.mapWith(
        Number,
      ),
    })
    .from(departments)
    .where(eq(departments.tenantId, tenantId))
    .orderBy(asc(departments.code));
}

/**
 * Active employees with no manager, except the heads of top-level departments and an enterprise's
 * only active person (who legitimately have none): their approvals have no first approver. The
 * count, and a few names.
 */
export async function employeesWithoutManager(tx: Tx, tenantId: string): Promise<{ count: number; examples: string[] }> {
  const where = and(
    eq(employees.tenantId, tenantId),
    eq(employees.status, 'active'),
    isNull(employees.managerId),
    sql`not exists (select 1 from ${departments} d where d.tenant_id = "employees"."tenant_id"
      and d.head_employee_id = "employees"."id" and d.parent_id is null)`,
    // The only active person of an enterprise (its first administrator, just onboarded) is its top.
    sql`exists (select 1 from ${employees} o where o.tenant_id = "employees"."tenant_id"
      and o.status = 'active' and o.id <> "employees"."id")`,
  );
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(employees)
    .where(where);
  const examples = await tx.select({ name: employees.name }).from(employees).where(where).orderBy(asc(employees.employeeNo)).limit(5);
  return { count: row?.n ?? 0, examples: examples.map((e) => e.name) };
}

/** Active employees per tenant in the caller's scope (row-level security decides which tenants). */
export async function activeEmployeesByTenant(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx
    .select({ tenantId: employees.tenantId, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(employees)
    .where(eq(employees.status, 'active'))
    .groupBy(employees.tenantId);
  return new Map(rows.map((r) => [r.tenantId, r.n]));
}
