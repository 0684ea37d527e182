import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { costCentres, employees } from '../schema.ts';
import { inUse } from '../shared/conflicts.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Deletes a cost centre no employee (active or not) is charged to; otherwise 409 IN_USE. */
export async function deleteCostCentre(db: Db, args: { tenantId: string; actor: Actor; id: string }): Promise<void> {
  const { tenantId, actor, id } = args;
  await inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(costCentres.tenantId, tenantId), eq(costCentres.id, id));
    const [current] = await tx.select().from(costCentres).where(where).for('update');
    if (!current) throw notFound('cost centre');
    const [users] = await tx
      .select({ n: count() })
      .from(employees)
      .where(and(eq(employees.tenantId, tenantId), eq(employees.costCentreId, id)));
    const employeeCount = users?.n ?? 0;
    if (employeeCount > 0) {
      throw inUse('cost_centre', `Cost centre ${current.code} is assigned to ${employeeCount} employees`, { employees: employeeCount });
    }
    await tx.delete(costCentres).where(where);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'cost_centre.deleted',
      entityType: 'cost_centre',
      entityId: id,
      summary: `Cost centre ${current.code} ${current.name} deleted`,
      data: { code: current.code, name: current.name },
    });
  });
}
