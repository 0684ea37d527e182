import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import type { Evaluation, PolicyVersion, TravelOption, Traveller } from './engine/index.ts';
import { explainOptions } from './explain-options.ts';
import { loadTraveller } from './load-traveller.ts';
import { subjectEmployeeId, subjectTraveller } from './policy-subject.ts';
import type { PolicyCaller } from './policy-types.ts';
import { resolvedVersion, resolveForTraveller } from './resolve-for-traveller.ts';

export interface TravellerEvaluation {
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  /** One per option, in their order; empty when no policy applies to the traveller. */
  evaluations: Evaluation[];
}

/** The traveller's resolved published policy (the engine's form, null when none applies) and its answer for each option. */
export async function evaluateForTraveller(
  tx: Tx,
  tenantId: string,
  traveller: Traveller,
  options: readonly TravelOption[],
): Promise<TravellerEvaluation & { policyVersion: PolicyVersion | null }> {
  const resolution = await resolveForTraveller(tx, tenantId, traveller);
  if (!resolution) return { policy: null, version: null, evaluations: [], policyVersion: null };
  const policyVersion = await resolvedVersion(tx, tenantId, resolution);
  const { candidate } = resolution;
  return {
    policy: { id: candidate.policyId, name: candidate.policyName },
    version: { versionId: candidate.versionId, version: candidate.version },
    evaluations: explainOptions(policyVersion, traveller, options),
    policyVersion,
  };
}

/**
 * evaluateForTraveller for an employee, for callers inside a transaction (booking, travel
 * requests). Null when the tenant has no such employee.
 */
export async function evaluateForEmployee(tx: Tx, tenantId: string, employeeId: string, options: readonly TravelOption[]) {
  const traveller = await loadTraveller(tx, tenantId, employeeId);
  return traveller ? evaluateForTraveller(tx, tenantId, traveller, options) : null;
}

/** POST /policies/evaluate: options against the caller's (or, with policy.manage, an employee's) policy. */
export async function evaluateTravelOptions(
  db: Db,
  args: { tenantId: string; caller: PolicyCaller; input: { employeeId?: string; options: readonly TravelOption[] } },
): Promise<TravellerEvaluation> {
  const employeeId = subjectEmployeeId(args.caller, args.input.employeeId);
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const traveller = await subjectTraveller(tx, args.tenantId, employeeId);
    const { policy, version, evaluations } = await evaluateForTraveller(tx, args.tenantId, traveller, args.input.options);
    return { policy, version, evaluations };
  });
}
