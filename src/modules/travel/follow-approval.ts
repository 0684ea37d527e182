import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { ApprovalStatus, ApprovalWork, SubjectHooks } from '../approval/index.ts';
import { contentOf } from './change-bounds.ts';
import { followChange, openChange } from './follow-change.ts';
import { travelRequests } from './schema.ts';
import type { TravelStatus } from './travel-request-view.ts';
import { releaseBudgets } from '../budget/index.ts';
import { recordChange } from '../timeline/index.ts';
import { travelRequestBriefs } from './approval-brief.ts';

const statusFor: Record<ApprovalStatus, TravelStatus> = {
  pending: 'approving',
  returned: 'returned',
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  cancelled: 'cancelled',
};

/** Statuses that give the occupied budgets back. */
export const releasing: readonly TravelStatus[] = ['rejected', 'withdrawn', 'cancelled'];
const final: readonly TravelStatus[] = ['approved', 'rejected', 'withdrawn', 'cancelled'];

/**
 * Moves a request to a new status in the work's transaction: the decision time for a final one,
 * the budgets released on rejection, withdrawal and cancellation, and a timeline event.
 */
export async function moveTravelRequest(
  work: Pick<ApprovalWork, 'tx' | 'tenantId' | 'actor' | 'now'>,
  id: string,
  to: TravelStatus,
  data: Record<string, unknown> = {},
): Promise<void> {
  const { tx, tenantId } = work;
  const where = and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, id));
  const [row] = await tx
    .select({
      status: travelRequests.status,
      code: travelRequests.code,
      itinerary: travelRequests.itinerary,
      estimate: travelRequests.estimate,
    })
    .from(travelRequests)
    .where(where);
  if (!row || row.status === to) return;
  await tx
    .update(travelRequests)
    .set({
      status: to,
      updatedAt: sql`now()`,
      ...(final.includes(to) ? { decidedAt: work.now } : {}),
      // What was approved bounds the changes (变更) that need no approval.
      ...(to === 'approved' ? { approvedContent: contentOf(row) } : {}),
    })
    .where(where);
  const release = releasing.includes(to);
  if (release) await releaseBudgets(tx, { tenantId, sourceType: 'travel_request', sourceId: id });
  await recordChange(tx, {
    tenantId,
    actor: work.actor,
    entityType: 'travel_request',
    entityId: id,
    type: `travel_request.${to}`,
    summary: `Travel request ${row.code}: ${row.status} → ${to}`,
    data: { ...data, from: row.status, to, budgetsReleased: release },
    at: work.now,
  });
}

const lockRow = async (tx: Tx, tenantId: string, id: string) => {
  await tx
    .select({ id: travelRequests.id })
    .from(travelRequests)
    .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, id)))
    .for('update');
};

/** The travel request as an approval subject: its lock, its description, and its status following the approval's. */
export const travelRequestSubject: SubjectHooks = {
  lock: lockRow,
  async describe(tx, tenantId, id) {
    const [row] = await tx
      .select({ code: travelRequests.code, title: travelRequests.purpose })
      .from(travelRequests)
      .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, id)));
    if (!row) return null;
    // A change (变更) in approval: the request is approved, so any approval of it now is the change's.
    const change = await openChange({ tx, tenantId }, id);
    return change === null ? row : { code: row.code, title: `【变更】${row.title}` };
  },
  brief: travelRequestBriefs,
  link: (id) => `/travel/requests/${id}`,
  async statusChanged(work, { subjectId, instance }) {
    if (await followChange(work, subjectId, instance)) return;
    await moveTravelRequest(work, subjectId, statusFor[instance.status], { instanceId: instance.id });
  },
};
