import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { type FieldError, validationFailed } from '../../platform/errors/app-error.ts';
import { checkBearer } from './cost-shares.ts';
import { travelRequests } from './schema.ts';
import { loadVisible, requireRequester, requireStatus, type TravelViewer } from './travel-access.ts';
import { checkFields, checkReferences, type TravelRequestPatch } from './travel-input.ts';
import { detailOf, type TravelRequestDetail } from './travel-request-detail.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

/** PATCH /travel-requests/:id: the requester changes a draft or a returned request. */
export async function updateTravelRequest(
  db: Db,
  args: { tenantId: string; actor: Actor; viewer: TravelViewer; id: string; input: TravelRequestPatch; now?: Date },
): Promise<TravelRequestDetail> {
  const { tenantId, viewer } = args;
  const now = args.now ?? new Date();
  return inTenantScope(db, [tenantId], async (tx) => {
    const visible = await loadVisible(tx, tenantId, args.id, viewer, now, true);
    const { row } = visible;
    requireRequester(row, viewer, 'change');
    requireStatus(row, ['draft', 'returned'], 'changed');
    const errors: FieldError[] = [];
    const changes = checkFields(args.input, errors);
    await checkReferences(tx, tenantId, changes, errors);
    checkBearer(
      {
        costBearer: changes.costBearer ?? row.costBearer,
        projectId: changes.projectId !== undefined ? changes.projectId : row.projectId,
        costCentreId: changes.costCentreId !== undefined ? changes.costCentreId : row.costCentreId,
      },
      errors,
    );
    if (errors.length > 0) throw validationFailed(errors);
    if (Object.keys(changes).length === 0) return detailOf(tx, tenantId, visible, viewer, now);
    const where = and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, row.id));
    const [updated] = await tx
      .update(travelRequests)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(where)
      .returning();
    if (!updated) throw new Error('updated travel request not returned');
    await recordChange(tx, {
      tenantId,
      actor: args.actor,
      entityType: 'travel_request',
      entityId: row.id,
      type: 'travel_request.updated',
      summary: `Travel request ${row.code} changed`,
      data: { changes },
      at: now,
    });
    return detailOf(tx, tenantId, { ...visible, row: updated }, viewer, now);
  });
}
