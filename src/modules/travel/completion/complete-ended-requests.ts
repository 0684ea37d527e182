import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../../platform/db/scope.ts';
import { moveTravelRequest } from '../follow-approval.ts';
import { travelRequests } from '../schema.ts';
import { settleCompletedRequest } from './settle-completed.ts';
import { tripIsOver } from './trip-end.ts';
import type { ActualSpendSource } from '../../budget/index.ts';
import { systemActor } from '../../access/index.ts';

const sweepActor = systemActor('系统');

/**
 * The daily sweep: every approved request whose trip is over (its last day has passed in China
 * time) becomes completed, with a timeline event and an audit entry by the system. Finds the
 * candidates across tenants, then completes each in its own tenant's transaction, checking the
 * status again under the row lock (a request cancelled meanwhile stays cancelled), and settles its
 * budgets with the actual spend the source reports. Idempotent.
 */
export async function completeEndedRequests(db: Db, now: Date, actualSpend: ActualSpendSource): Promise<{ completed: number }> {
  const approved = await inSystemScope(db, (tx) =>
    tx
      .select({ tenantId: travelRequests.tenantId, id: travelRequests.id, itinerary: travelRequests.itinerary })
      .from(travelRequests)
      .where(eq(travelRequests.status, 'approved')),
  );
  let completed = 0;
  for (const request of approved.filter((r) => tripIsOver(r.itinerary, now))) {
    const done = await inTenantScope(db, [request.tenantId], async (tx) => {
      const where = and(eq(travelRequests.tenantId, request.tenantId), eq(travelRequests.id, request.id));
      const [row] = await tx.select({ status: travelRequests.status }).from(travelRequests).where(where).for('update');
      if (row?.status !== 'approved') return false;
      const work = { tx, tenantId: request.tenantId, actor: sweepActor, now };
      await moveTravelRequest(work, request.id, 'completed', { reason: 'trip_ended' });
      await settleCompletedRequest(work, request.id, actualSpend);
      return true;
    });
    if (done) completed++;
  }
  return { completed };
}
