import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../platform/db/database.ts';
import { costCentres, departments, employees, projects, ranks } from '../schema.ts';

/** Existence checks inside a tenant's transaction, for precise "unknown reference" messages. */

async function exists(tx: Tx, table: PgTable, where: SQL | undefined): Promise<boolean> {
  const rows = await tx
    .select({ one: sql<number>`1` })
    .from(table)
    .where(where)
    .limit(1);
  return rows.length > 0;
}

export const rankExists = (tx: Tx, tenantId: string, code: string) =>
  exists(tx, ranks, and(eq(ranks.tenantId, tenantId), eq(ranks.code, code)));

export const departmentExists = (tx: Tx, tenantId: string, id: string) =>
  exists(tx, departments, and(eq(departments.tenantId, tenantId), eq(departments.id, id)));

export const employeeExists = (tx: Tx, tenantId: string, id: string) =>
  exists(tx, employees, and(eq(employees.tenantId, tenantId), eq(employees.id, id)));

export const costCentreExists = (tx: Tx, tenantId: string, id: string) =>
  exists(tx, costCentres, and(eq(costCentres.tenantId, tenantId), eq(costCentres.id, id)));

/** The ids among the given ones that are not projects of the tenant. */
export async function missingProjectIds(tx: Tx, tenantId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), inArray(projects.id, [...ids])));
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/**
 * Whether another row of the tenant (not the one with id exceptId) already has this value in the
 * given unique column: the check behind a precise DUPLICATE before the unique index would refuse.
 */
export async function valueTaken(
  tx: Tx,
  table: typeof departments | typeof costCentres | typeof projects | typeof employees,
  column: AnyPgColumn,
  tenantId: string,
  value: string,
  exceptId: string | null,
): Promise<boolean> {
  return exists(tx, table, and(eq(table.tenantId, tenantId), eq(column, value), exceptId === null ? undefined : ne(table.id, exceptId)));
}
