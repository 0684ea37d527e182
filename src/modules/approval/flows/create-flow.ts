import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { newId } from '../../../platform/ids.ts';
import { approvalFlows } from '../schema.ts';
import { checkFlow, type FlowInput } from './check-flow.ts';
import { flowBodyOf, flowView, type FlowView } from './flow-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Creates an approval flow (validated: 422 with paths). */
export async function createFlow(db: Db, args: { tenantId: string; actor: Actor; input: FlowInput }): Promise<FlowView> {
  const { tenantId, actor, input } = args;
  return inTenantScope(db, [tenantId], async (tx) => {
    const id = newId();
    const definition = await checkFlow(tx, tenantId, input, id);
    const [row] = await tx
      .insert(approvalFlows)
      .values({
        tenantId,
        id,
        name: definition.name,
        priority: input.priority,
        definition: flowBodyOf(definition),
        active: input.active ?? true,
      })
      .returning();
    if (!row) throw new Error('created flow not returned');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'approval_flow.created',
      entityType: 'approval_flow',
      entityId: id,
      summary: `Approval flow ${row.name} created`,
      data: { name: row.name, priority: row.priority, definition: row.definition },
    });
    return flowView(row);
  });
}
