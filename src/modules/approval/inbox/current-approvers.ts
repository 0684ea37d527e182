import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { approvalTasks } from '../schema.ts';

/** Who can decide each approval now (the approvers of its current step; delegates in force are not listed). */
export async function currentApprovers(tx: Tx, tenantId: string, instanceIds: readonly string[]): Promise<Map<string, string[]>> {
  const approvers = new Map<string, string[]>();
  if (instanceIds.length === 0) return approvers;
  const tasks = await tx
    .select({ instanceId: approvalTasks.instanceId, approverId: approvalTasks.approverId })
    .from(approvalTasks)
    .where(
      and(eq(approvalTasks.tenantId, tenantId), inArray(approvalTasks.instanceId, [...instanceIds]), isNull(approvalTasks.onBehalfOf)),
    );
  for (const t of tasks) approvers.set(t.instanceId, [...(approvers.get(t.instanceId) ?? []), t.approverId]);
  return approvers;
}

/** Every open inbox row of a tenant as (approval, approver): who is being asked what right now. */
export async function pendingTaskKeys(tx: Tx, tenantId: string): Promise<{ instanceId: string; approverId: string }[]> {
  return tx
    .select({ instanceId: approvalTasks.instanceId, approverId: approvalTasks.approverId })
    .from(approvalTasks)
    .where(eq(approvalTasks.tenantId, tenantId));
}
