import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { departments, employees } from '../schema.ts';

export interface EmployeeLabel {
  name: string;
  departmentName: string;
  active: boolean;
}

/** Names (and department names) of the given employees of a tenant; unknown ids are left out. */
export async function employeeLabels(
  tx: Tx,
  tenantId: string,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, EmployeeLabel>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: employees.id, name: employees.name, status: employees.status, departmentName: departments.name })
    .from(employees)
    .innerJoin(departments, and(eq(departments.tenantId, employees.tenantId), eq(departments.id, employees.departmentId)))
    .where(and(eq(employees.tenantId, tenantId), inArray(employees.id, wanted)));
  return new Map(rows.map((r) => [r.id, { name: r.name, departmentName: r.departmentName, active: r.status === 'active' }]));
}

/** A name for display: the employee's, or the id itself when unknown. */
export const nameIn = (labels: Map<string, EmployeeLabel>, id: string): string => labels.get(id)?.name ?? id;
