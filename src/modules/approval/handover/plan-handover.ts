import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { type ApprovalInstance, type OrgDirectory, partiesTo } from '../engine/index.ts';
import { instanceFromState } from '../instances/instance-rows.ts';
import { approvalInstances, approvalTasks } from '../schema.ts';

/** Who takes over a departing approver's pending places: the successor, else the first eligible fallback. */
export interface HandoverTargets {
  leaverId: string;
  /** The named person, or the leaver's manager; null when there is none. */
  successorId: string | null;
  /** Who takes a place the successor cannot (the tenant's travel admins), in order. */
  fallbackIds: readonly string[];
}

/** One pending approval of the leaver and where it goes. */
export interface PlannedHandover {
  instanceId: string;
  subjectType: string;
  subjectId: string;
  code: string | null;
  title: string | null;
  stageName: string | null;
  /** The leaver is only the delegate recorded for an approver of the step: the place stays with that approver. */
  asDelegate: boolean;
  /** Who takes the place; null when nobody eligible is left (the place stays, the admins are told). */
  toId: string | null;
  /** Taken by a fallback (a travel admin), because the successor is missing or cannot approve this request. */
  fallback: boolean;
}

function currentSlots(instance: ApprovalInstance) {
  if (instance.status !== 'pending' || instance.currentStageIndex === null) return { stageName: null, slots: [] };
  const stage = instance.stages[instance.currentStageIndex];
  const step = stage?.steps[stage.currentStepIndex];
  return { stageName: stage?.name ?? null, slots: (step?.approvers ?? []).filter((s) => s.status === 'pending') };
}

/**
 * The tenant's pending approvals in which the leaver is asked now (in their own place or as the
 * recorded delegate), oldest first, each with who would take it: the successor when they may
 * approve it (active, not its requester or a traveller, not the leaver), else the first such
 * fallback, else nobody.
 */
export async function planHandover(
  tx: Tx,
  tenantId: string,
  targets: HandoverTargets,
  directoryOf: () => Promise<OrgDirectory>,
): Promise<PlannedHandover[]> {
  const ids = await tx
    .selectDistinct({ id: approvalTasks.instanceId })
    .from(approvalTasks)
    .where(and(eq(approvalTasks.tenantId, tenantId), eq(approvalTasks.approverId, targets.leaverId)));
  // Loaded only for someone who is asked now: a bulk deactivation of people with nothing pending stays cheap.
  if (ids.length === 0) return [];
  const directory = await directoryOf();
  const rows = await tx
    .select()
    .from(approvalInstances)
    .where(
      and(
        eq(approvalInstances.tenantId, tenantId),
        inArray(
          approvalInstances.id,
          ids.map((r) => r.id),
        ),
      ),
    )
    .orderBy(approvalInstances.createdAt, approvalInstances.id);
  const plans: PlannedHandover[] = [];
  for (const row of rows) {
    const instance = instanceFromState(row.state, row.id);
    const { stageName, slots } = currentSlots(instance);
    const own = slots.some((s) => s.approverId === targets.leaverId);
    const asDelegate = !own && slots.some((s) => s.delegateId === targets.leaverId);
    if (!own && !asDelegate) continue;
    const parties = partiesTo(instance.subject);
    const eligible = (id: string | null): id is string =>
      id !== null && id !== targets.leaverId && !parties.has(id) && directory.isActive(id);
    const successor = eligible(targets.successorId) ? targets.successorId : null;
    const fallbackId = successor === null ? (targets.fallbackIds.find(eligible) ?? null) : null;
    plans.push({
      instanceId: row.id,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      code: row.subjectCode,
      title: row.subjectTitle,
      stageName,
      asDelegate,
      toId: asDelegate ? null : (successor ?? fallbackId),
      fallback: !asDelegate && successor === null,
    });
  }
  return plans;
}
