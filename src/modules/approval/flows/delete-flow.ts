import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { approvalFlows, approvalInstances } from '../schema.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Deletes a flow no approval has used; a used one is IN_USE (deactivate it instead: active false). */
export async function deleteFlow(db: Db, args: { tenantId: string; actor: Actor; id: string }): Promise<void> {
  const { tenantId, actor, id } = args;
  await inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(approvalFlows.tenantId, tenantId), eq(approvalFlows.id, id));
    const [row] = await tx.select({ name: approvalFlows.name }).from(approvalFlows).where(where).for('update');
    if (!row) throw notFound('approval flow');
    const [used] = await tx
      .select({ id: approvalInstances.id })
      .from(approvalInstances)
      .where(and(eq(approvalInstances.tenantId, tenantId), eq(approvalInstances.flowId, id)))
      .limit(1);
    if (used)
      throw new AppError('IN_USE', 'Approvals have used this flow; deactivate it instead (active: false)', { entity: 'approval_flow' });
    await tx.delete(approvalFlows).where(where);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'approval_flow.deleted',
      entityType: 'approval_flow',
      entityId: id,
      summary: `Approval flow ${row.name} deleted`,
    });
  });
}
