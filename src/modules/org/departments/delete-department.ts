import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { departments, employees } from '../schema.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Deletes an empty department: one with no sub-departments and no employees, active or not. */
export async function deleteDepartment(db: Db, args: { tenantId: string; actor: Actor; id: string }): Promise<void> {
  const { tenantId, actor, id } = args;
  await inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(departments.tenantId, tenantId), eq(departments.id, id));
    const [current] = await tx.select().from(departments).where(where).for('update');
    if (!current) throw notFound('department');
    const [children] = await tx
      .select({ n: count() })
      .from(departments)
      .where(and(eq(departments.tenantId, tenantId), eq(departments.parentId, id)));
    const [staff] = await tx
      .select({ n: count() })
      .from(employees)
      .where(and(eq(employees.tenantId, tenantId), eq(employees.departmentId, id)));
    const subDepartments = children?.n ?? 0;
    const employeeCount = staff?.n ?? 0;
    if (subDepartments > 0 || employeeCount > 0) {
      throw new AppError(
        'DEPARTMENT_NOT_EMPTY',
        `Department ${current.code} still has ${subDepartments} sub-departments and ${employeeCount} employees`,
        { subDepartments, employees: employeeCount },
      );
    }
    await tx.delete(departments).where(where);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'department.deleted',
      entityType: 'department',
      entityId: id,
      summary: `Department ${current.code} ${current.name} deleted`,
      data: { code: current.code, name: current.name, parentId: current.parentId },
    });
  });
}
