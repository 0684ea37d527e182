import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { type ApprovalInstance, carbonCopiedTo, findInstance, canActNow, involvedIn } from '../approval/index.ts';
import { travelRequestChanges, travelRequests } from './schema.ts';
import type { TravelRequestRow } from './travel-request-view.ts';

/** Who looks at or changes a travel request. */
export interface TravelViewer {
  /** The caller's employee (null: not an employee). */
  employeeId: string | null;
  /** travel.read_all: sees every request of the tenant. */
  canReadAll: boolean;
  /** May cancel anybody's request (approval.manage: the travel admin). */
  isAdmin: boolean;
}

export interface VisibleRequest {
  row: TravelRequestRow;
  instance: ApprovalInstance | null;
}

/**
 * A request the viewer may see: everyone with travel.read_all; otherwise the requester, the
 * travellers, those taking part in its approval or a change's (asked, acting, delegated to, or
 * able to act now as a delegate in force) and those it was copied to (抄送: read only). Anything
 * else reads as not found. `lock` takes the row for update.
 */
export async function loadVisible(
  tx: Tx,
  tenantId: string,
  id: string,
  viewer: TravelViewer,
  now: Date,
  lock = false,
): Promise<VisibleRequest> {
  const query = tx
    .select()
    .from(travelRequests)
    .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('travel request');
  const instance = row.approvalInstanceId === null ? null : ((await findInstance(tx, tenantId, row.approvalInstanceId))?.instance ?? null);
  const me = viewer.employeeId;
  const visible =
    viewer.canReadAll ||
    (me !== null &&
      (row.requesterId === me ||
        row.travellerIds.includes(me) ||
        (instance !== null &&
          (involvedIn(instance).has(me) || carbonCopiedTo(instance).has(me) || (await canActNow(tx, tenantId, instance, me, now))))));
  if (!visible && !(me !== null && (await takesPartInAChange(tx, tenantId, row.id, me, now)))) throw notFound('travel request');
  return { row, instance };
}

/** Whether the employee is (or was) asked to approve a change (变更) of the request, or may act on one now. */
async function takesPartInAChange(tx: Tx, tenantId: string, requestId: string, me: string, now: Date): Promise<boolean> {
  const changes = await tx
    .select({ instanceId: travelRequestChanges.approvalInstanceId })
    .from(travelRequestChanges)
    .where(and(eq(travelRequestChanges.tenantId, tenantId), eq(travelRequestChanges.requestId, requestId)));
  for (const { instanceId } of changes) {
    const found = instanceId === null ? null : await findInstance(tx, tenantId, instanceId);
    if (found && (involvedIn(found.instance).has(me) || (await canActNow(tx, tenantId, found.instance, me, now)))) return true;
  }
  return false;
}

export function requireRequester(row: TravelRequestRow, viewer: TravelViewer, what: string): string {
  if (viewer.employeeId === null || viewer.employeeId !== row.requesterId)
    throw new AppError('FORBIDDEN', `Only the requester may ${what} this request`);
  return viewer.employeeId;
}

export function requireStatus(row: TravelRequestRow, allowed: readonly TravelRequestRow['status'][], what: string): void {
  if (!allowed.includes(row.status)) {
    throw new AppError('INVALID_STATE', `A ${row.status} request cannot be ${what}`, { status: row.status, allowed });
  }
}
