import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkTravelRequest, type RequestPolicyCheck } from '../policy/index.ts';
import type { TravelRequestRow } from './travel-request-view.ts';

/** The request's travellers, itinerary and estimate checked against their policies (the policy module's checkTravelRequest). */
export function requestPolicyCheck(tx: Tx, tenantId: string, row: TravelRequestRow): Promise<RequestPolicyCheck> {
  return checkTravelRequest(tx, tenantId, {
    travellerIds: row.travellerIds,
    facts: {
      travellerCount: row.travellerIds.length,
      itinerary: row.itinerary,
      hotelEstimateFen: row.estimate.hotel,
      totalEstimateFen: row.estimatedTotalFen,
    },
  });
}

/**
 * On submission: a blocking rule refuses the request (POLICY_BLOCKED), a failed warn rule needs a
 * reason (REASON_REQUIRED), both with details.policyCheck; require_approval goes to the approval
 * flow as out of policy. Returns the check and the columns to store.
 */
export async function policyCheckOf(
  tx: Tx,
  tenantId: string,
  row: TravelRequestRow,
  givenReason: string | undefined,
): Promise<{ check: RequestPolicyCheck; fields: { policyCheck: RequestPolicyCheck; policyReason: string | null } }> {
  const check = await requestPolicyCheck(tx, tenantId, row);
  const reason = givenReason?.trim() || null;
  if (check.outcome === 'block')
    throw new AppError('POLICY_BLOCKED', 'The travel policy does not allow this request', { policyCheck: check });
  if (check.requiresReasonCode && reason === null)
    throw new AppError('REASON_REQUIRED', 'The request is over the travel policy: give a reason (policyReason)', { policyCheck: check });
  return { check, fields: { policyCheck: check, policyReason: check.requiresReasonCode ? reason : null } };
}
