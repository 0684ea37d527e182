import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { approvalFlows } from '../schema.ts';
import { checkFlow, type FlowInput } from './check-flow.ts';
import { flowBodyOf, flowView, type FlowView } from './flow-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Replaces a flow's name, priority, definition (and active flag). Instances already started keep their snapshot. */
export async function updateFlow(db: Db, args: { tenantId: string; actor: Actor; id: string; input: FlowInput }): Promise<FlowView> {
  const { tenantId, actor, id, input } = args;
  return inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(approvalFlows.tenantId, tenantId), eq(approvalFlows.id, id));
    const [before] = await tx.select().from(approvalFlows).where(where).for('update');
    if (!before) throw notFound('approval flow');
    const definition = await checkFlow(tx, tenantId, input, id);
    const [row] = await tx
      .update(approvalFlows)
      .set({
        name: definition.name,
        priority: input.priority,
        definition: flowBodyOf(definition),
        active: input.active ?? before.active,
        updatedAt: sql`now()`,
      })
      .where(where)
      .returning();
    if (!row) throw notFound('approval flow');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'approval_flow.updated',
      entityType: 'approval_flow',
      entityId: id,
      summary: `Approval flow ${row.name} updated`,
      data: {
        before: { name: before.name, priority: before.priority, active: before.active, definition: before.definition },
        after: { name: row.name, priority: row.priority, active: row.active, definition: row.definition },
      },
    });
    return flowView(row);
  });
}
