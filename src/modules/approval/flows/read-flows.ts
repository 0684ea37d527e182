import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import type { FlowDefinition } from '../engine/index.ts';
import { approvalFlows } from '../schema.ts';
import { flowDefinitionOf, flowView, type FlowView } from './flow-view.ts';

/** The tenants' flows in the order they are tried (priority, then id). */
export async function listFlows(db: Db, tenantIds: readonly string[]): Promise<FlowView[]> {
  const rows = await inTenantScope(db, tenantIds, (tx) =>
    tx
      .select()
      .from(approvalFlows)
      .where(inArray(approvalFlows.tenantId, [...tenantIds]))
      .orderBy(asc(approvalFlows.priority), asc(approvalFlows.id)),
  );
  return rows.map(flowView);
}

export async function getFlow(db: Db, tenantIds: readonly string[], id: string): Promise<FlowView> {
  const [row] = await inTenantScope(db, tenantIds, (tx) => tx.select().from(approvalFlows).where(eq(approvalFlows.id, id)));
  if (!row) throw notFound('approval flow');
  return flowView(row);
}

/** The tenant's active flows as engine definitions, for selectFlow. */
export async function activeFlows(tx: Tx, tenantId: string): Promise<FlowDefinition[]> {
  const rows = await tx
    .select({ id: approvalFlows.id, name: approvalFlows.name, priority: approvalFlows.priority, definition: approvalFlows.definition })
    .from(approvalFlows)
    .where(and(eq(approvalFlows.tenantId, tenantId), eq(approvalFlows.active, true)));
  return rows.map(flowDefinitionOf);
}
