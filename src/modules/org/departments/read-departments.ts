import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { departments } from '../schema.ts';
import { selectDepartmentViews, type DepartmentView } from './department-view.ts';

/** The whole department tree of the tenants read, as a flat list ordered by code. */
export function listDepartments(db: Db, tenantIds: readonly string[]): Promise<DepartmentView[]> {
  return inTenantScope(db, tenantIds, (tx) => selectDepartmentViews(tx, undefined));
}

export async function getDepartment(db: Db, tenantIds: readonly string[], id: string): Promise<DepartmentView> {
  const [found] = await inTenantScope(db, tenantIds, (tx) => selectDepartmentViews(tx, eq(departments.id, id)));
  if (!found) throw notFound('department');
  return found;
}
