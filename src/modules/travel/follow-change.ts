import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { SYSTEM, type ApprovalInstance, type ApprovalWork, actOnInstance } from '../approval/index.ts';
import { type Charge, checkCharge, occupyCharge } from './charge-budgets.ts';
import { travelRequestChanges, travelRequests } from './schema.ts';
import type { TravelRequestRow } from './travel-request-view.ts';
import { recordChange } from '../timeline/index.ts';

export type ChangeRow = typeof travelRequestChanges.$inferSelect;
type Work = Pick<ApprovalWork, 'tx' | 'tenantId' | 'actor' | 'now'>;

/** How an applied change came to apply: within the approved bounds, approved, or with no flow to approve it. */
export type AppliedHow = 'within_bounds' | 'approved' | 'no_flow';

/**
 * Applies a change: the request takes the new dates, cities and estimate, its budget occupation
 * follows (the shares are charged anew, releasing what no longer applies), and what was approved
 * becomes the new content unless the change stayed within the old bounds.
 */
export async function applyChange(work: Work, row: TravelRequestRow, change: ChangeRow, how: AppliedHow, charged?: Charge): Promise<void> {
  const { tx, tenantId, now } = work;
  const { after } = change;
  const charge =
    charged ??
    (await checkCharge(
      tx,
      tenantId,
      { ...row, itinerary: after.itinerary, estimatedTotalFen: after.estimatedTotalFen },
      { replacing: true },
    ));
  await occupyCharge(tx, tenantId, row.id, row.projectId, charge);
  await tx
    .update(travelRequests)
    .set({
      itinerary: after.itinerary,
      estimate: after.estimate,
      estimatedTotalFen: after.estimatedTotalFen,
      costShares: charge.shares,
      budgetCheck: charge.check,
      ...(how === 'within_bounds' ? {} : { approvedContent: after }),
      updatedAt: now,
    })
    .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, row.id)));
  await tx
    .update(travelRequestChanges)
    .set({ status: 'applied', decidedAt: now, updatedAt: now })
    .where(and(eq(travelRequestChanges.tenantId, tenantId), eq(travelRequestChanges.id, change.id)));
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'travel_request',
    entityId: row.id,
    type: 'travel_request.change_applied',
    summary: `Travel request ${row.code}: change applied (${how})`,
    data: {
      changeId: change.id,
      how,
      reasons: change.reasons,
      before: change.before,
      after,
      budgetOutcome: charge.check.outcome,
      costShares: charge.shares,
    },
    at: now,
  });
}

/** Closes a change without applying it; the request keeps its content and occupation. */
export async function closeChange(
  work: Work,
  row: Pick<TravelRequestRow, 'id' | 'code'>,
  change: ChangeRow,
  to: 'returned' | 'rejected' | 'withdrawn' | 'cancelled',
  data: Record<string, unknown> = {},
): Promise<void> {
  const { tx, tenantId, now } = work;
  await tx
    .update(travelRequestChanges)
    .set({ status: to, decidedAt: to === 'returned' ? null : now, updatedAt: now })
    .where(and(eq(travelRequestChanges.tenantId, tenantId), eq(travelRequestChanges.id, change.id)));
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'travel_request',
    entityId: row.id,
    type: `travel_request.change_${to}`,
    summary: `Travel request ${row.code}: change ${to}`,
    data: { changeId: change.id, reasons: change.reasons, ...data },
    at: now,
  });
}

/** The request's change waiting for approval, or sent back (returned), if any. */
export async function openChange(work: Pick<Work, 'tx' | 'tenantId'>, requestId: string, statuses: ChangeRow['status'][] = ['approving']) {
  const [change] = await work.tx
    .select()
    .from(travelRequestChanges)
    .where(
      and(
        eq(travelRequestChanges.tenantId, work.tenantId),
        eq(travelRequestChanges.requestId, requestId),
        inArray(travelRequestChanges.status, statuses),
      ),
    );
  return change ?? null;
}

/**
 * The request's approval subject hook for instances that are not the request's own: a change's
 * approval. Approved → the change applies (unless the request has meanwhile ended: then it is
 * cancelled); returned, rejected, withdrawn, cancelled → the change closes so, the request as it
 * was. Returns false for the request's own approval.
 */
export async function followChange(work: Work, requestId: string, instance: ApprovalInstance): Promise<boolean> {
  const { tx, tenantId } = work;
  const [row] = await tx
    .select()
    .from(travelRequests)
    .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, requestId)));
  if (!row || row.approvalInstanceId === instance.id) return false;
  const [change] = await tx
    .select()
    .from(travelRequestChanges)
    .where(
      and(
        eq(travelRequestChanges.tenantId, tenantId),
        eq(travelRequestChanges.requestId, requestId),
        eq(travelRequestChanges.status, 'approving'),
        or(isNull(travelRequestChanges.approvalInstanceId), eq(travelRequestChanges.approvalInstanceId, instance.id)),
      ),
    );
  if (!change) return true;
  const data = { instanceId: instance.id };
  switch (instance.status) {
    case 'pending':
      return true;
    case 'approved':
      if (row.status === 'approved') await applyChange(work, row, change, 'approved');
      else await closeChange(work, row, change, 'cancelled', { ...data, reason: `request_${row.status}` });
      return true;
    default:
      await closeChange(work, row, change, instance.status, data);
      return true;
  }
}

/** Ends the request's open or returned change (the request is cancelled, or a new change replaces it). */
export async function endOpenChange(work: ApprovalWork, row: Pick<TravelRequestRow, 'id' | 'code'>, comment: string): Promise<void> {
  const change = await openChange(work, row.id, ['approving', 'returned']);
  if (change === null) return;
  if (change.approvalInstanceId !== null)
    await actOnInstance(work, change.approvalInstanceId, { type: 'cancel', by: SYSTEM, comment }, { quiet: true });
  await closeChange(work, row, change, 'cancelled', { comment });
}
