import { inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { costCentres, departments, employees, projects } from '../schema.ts';

type Labeller = (tx: Tx, ids: readonly string[]) => Promise<Map<string, string>>;

const byCode =
  (table: typeof departments | typeof costCentres | typeof projects): Labeller =>
  async (tx, ids) => {
    if (ids.length === 0) return new Map();
    const rows = await tx
      .select({ id: table.id, code: table.code, name: table.name })
      .from(table)
      .where(inArray(table.id, [...ids]));
    return new Map(rows.map((r) => [r.id, `${r.code} ${r.name}`]));
  };

/**
 * "E0012 张三", "HC-SAL 销售部": how the audit log names the organisation's entities, read in the
 * caller's tenant scope (row-level security keeps other tenants out).
 */
export const orgAuditLabellers: Readonly<Record<string, Labeller>> = {
  employee: async (tx, ids) => {
    if (ids.length === 0) return new Map();
    const rows = await tx
      .select({ id: employees.id, no: employees.employeeNo, name: employees.name })
      .from(employees)
      .where(inArray(employees.id, [...ids]));
    return new Map(rows.map((r) => [r.id, `${r.no} ${r.name}`]));
  },
  department: byCode(departments),
  cost_centre: byCode(costCentres),
  project: byCode(projects),
};
