import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { costCentres, departments, employeeProjects, employees, projects, ranks } from './schema.ts';

/** A whole organisation as rows, ids given by the caller (a seed or a migration from another system). */
export interface OrganisationRows {
  ranks: (typeof ranks.$inferInsert)[];
  departments: (typeof departments.$inferInsert)[];
  costCentres: (typeof costCentres.$inferInsert)[];
  /** Personal numbers already encrypted (phoneEnc, idCardEnc …) with the tenant's cipher. */
  employees: (typeof employees.$inferInsert)[];
  /** Department heads, set once the employees exist. */
  heads: { tenantId: string; departmentId: string; employeeId: string }[];
  projects: (typeof projects.$inferInsert)[];
  memberships: (typeof employeeProjects.$inferInsert)[];
}

/**
 * Writes an organisation in bulk, in dependency order, in the caller's (system-scope) transaction.
 * Employees go one statement per tenant, so references to managers are checked at its end.
 */
export async function seedOrganisation(tx: Tx, rows: OrganisationRows): Promise<void> {
  if (rows.ranks.length) await tx.insert(ranks).values(rows.ranks);
  if (rows.departments.length) await tx.insert(departments).values(rows.departments);
  if (rows.costCentres.length) await tx.insert(costCentres).values(rows.costCentres);
  for (const tenantId of new Set(rows.employees.map((e) => e.tenantId))) {
    await tx.insert(employees).values(rows.employees.filter((e) => e.tenantId === tenantId));
  }
  for (const h of rows.heads) {
    await tx
      .update(departments)
      .set({ headEmployeeId: h.employeeId })
      .where(and(eq(departments.tenantId, h.tenantId), eq(departments.id, h.departmentId)));
  }
  if (rows.projects.length) await tx.insert(projects).values(rows.projects);
  if (rows.memberships.length) await tx.insert(employeeProjects).values(rows.memberships);
}
