import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { type FieldError, validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { checkBearer } from './cost-shares.ts';
import { nextRequestCode } from './request-code.ts';
import { travelRequests } from './schema.ts';
import { loadVisible, type TravelViewer } from './travel-access.ts';
import { checkFields, checkReferences, type TravelRequestInput } from './travel-input.ts';
import { detailOf, type TravelRequestDetail } from './travel-request-detail.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

/** Writes a new draft in the caller's transaction; the travellers default to the requester, the cost bearer to their departments. Returns its id. */
export async function insertDraft(
  tx: Tx,
  args: { tenantId: string; actor: Actor; requesterId: string | null; input: TravelRequestInput; now: Date },
): Promise<string> {
  const { tenantId, requesterId } = args;
  const errors: FieldError[] = [];
  if (requesterId === null) errors.push({ path: '', message: 'only employees can file travel requests' });
  const fields = checkFields(
    { ...args.input, travellerIds: args.input.travellerIds ?? (requesterId === null ? [] : [requesterId]) },
    errors,
  );
  await checkReferences(tx, tenantId, fields, errors);
  const costBearer = fields.costBearer ?? 'traveller_department';
  checkBearer({ costBearer, projectId: fields.projectId ?? null, costCentreId: fields.costCentreId ?? null }, errors);
  const { purpose, travellerIds, itinerary, estimate, estimatedTotalFen } = fields;
  if (
    errors.length > 0 ||
    requesterId === null ||
    !purpose ||
    !travellerIds ||
    !itinerary ||
    !estimate ||
    estimatedTotalFen === undefined
  ) {
    throw validationFailed(errors);
  }
  const id = newId();
  const code = await nextRequestCode(tx, tenantId, args.now);
  const values = {
    purpose,
    travellerIds,
    itinerary,
    estimate,
    estimatedTotalFen,
    projectId: fields.projectId ?? null,
    costCentreId: fields.costCentreId ?? null,
    costBearer,
  };
  await tx.insert(travelRequests).values({ tenantId, id, code, requesterId, status: 'draft', ...values });
  await recordChange(tx, {
    tenantId,
    actor: args.actor,
    entityType: 'travel_request',
    entityId: id,
    type: 'travel_request.created',
    summary: `Travel request ${code} created`,
    data: { code, ...values },
    at: args.now,
  });
  return id;
}

/** POST /travel-requests: a new draft (出差申请草稿). */
export async function createTravelRequest(
  db: Db,
  args: { tenantId: string; actor: Actor; viewer: TravelViewer; input: TravelRequestInput; now?: Date },
): Promise<TravelRequestDetail> {
  const now = args.now ?? new Date();
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const id = await insertDraft(tx, { ...args, requesterId: args.viewer.employeeId, now });
    return detailOf(tx, args.tenantId, await loadVisible(tx, args.tenantId, id, args.viewer, now), args.viewer, now);
  });
}
