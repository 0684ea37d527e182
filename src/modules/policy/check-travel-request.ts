import type { Tx } from '../../platform/db/database.ts';
import { ACTION_SEVERITY, type Evaluation, type Outcome, requestChecks, type RequestFacts, type RequestStay } from './engine/index.ts';
import { explainOptions } from './explain-options.ts';
import { loadTraveller } from './load-traveller.ts';
import { resolvedVersion, resolveForTraveller } from './resolve-for-traveller.ts';

/** One traveller's answer: their published policy and one evaluation per stay of the request. */
export interface RequestTravellerCheck {
  employeeId: string;
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  stays: { stay: RequestStay; evaluation: Evaluation }[];
}

/**
 * A travel request against its travellers' policies, explained like an order's check. The outcome
 * is the strictest over every traveller and stay; a reason (超标原因) is asked when a warn rule failed
 * and nothing blocks.
 */
export interface RequestPolicyCheck {
  outcome: Outcome;
  compliant: boolean;
  requiresReasonCode: boolean;
  dataMissing: boolean;
  personalPayFen: number;
  /** The estimate per traveller per day and per night the rules were checked with. */
  dailyCostFen: number;
  nightlyRateFen: number;
  travellers: RequestTravellerCheck[];
}

const OUTCOMES: readonly Outcome[] = ['allow', 'warn', 'require_approval', 'block'];

/**
 * Checks a request (its travellers, itinerary and estimate) against each traveller's published
 * policy, inside the caller's transaction: the travel module calls it on submission and to show
 * a draft's result. A traveller with no policy, or who is no employee, adds nothing.
 */
export async function checkTravelRequest(
  tx: Tx,
  tenantId: string,
  request: { travellerIds: readonly string[]; facts: RequestFacts },
): Promise<RequestPolicyCheck> {
  const travellers: RequestTravellerCheck[] = [];
  let worst = 0;
  let warned = false;
  let compliant = true;
  let dataMissing = false;
  let personalPayFen = 0;
  let dailyCostFen = 0;
  let nightlyRateFen = 0;
  for (const employeeId of request.travellerIds) {
    const traveller = await loadTraveller(tx, tenantId, employeeId);
    const resolution = traveller ? await resolveForTraveller(tx, tenantId, traveller) : null;
    if (!traveller || !resolution) {
      travellers.push({ employeeId, policy: null, version: null, stays: [] });
      continue;
    }
    const version = await resolvedVersion(tx, tenantId, resolution);
    const stays = requestChecks(version, request.facts).map(({ stay, policy, option }) => {
      const [evaluation] = explainOptions(policy, traveller, [option]);
      if (!evaluation) throw new Error('no evaluation');
      dailyCostFen = option.tripDailyCostFen ?? 0;
      nightlyRateFen = option.nightlyRateFen;
      return { stay, evaluation };
    });
    for (const { evaluation: e } of stays) {
      worst = Math.max(worst, ACTION_SEVERITY[e.outcome]);
      warned ||= e.requiresReasonCode;
      compliant &&= e.compliant;
      dataMissing ||= e.dataMissing;
      personalPayFen += e.personalPayFen;
    }
    const { candidate } = resolution;
    travellers.push({
      employeeId,
      policy: { id: candidate.policyId, name: candidate.policyName },
      version: { versionId: candidate.versionId, version: candidate.version },
      stays,
    });
  }
  const outcome = OUTCOMES[worst] ?? 'block';
  return {
    outcome,
    compliant,
    requiresReasonCode: warned && outcome !== 'block',
    dataMissing,
    personalPayFen,
    dailyCostFen,
    nightlyRateFen,
    travellers,
  };
}
