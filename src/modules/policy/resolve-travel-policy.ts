import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import type { Explanation } from './engine/index.ts';
import { subjectEmployeeId, subjectTraveller } from './policy-subject.ts';
import type { AssignmentView, PolicyCaller } from './policy-types.ts';
import { resolutionReason } from './resolution-reason.ts';
import { resolveForTraveller, type Resolution } from './resolve-for-traveller.ts';

export interface ResolvedPolicy {
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  assignment: AssignmentView | null;
  reason: Explanation;
}

export function resolvedPolicyView(resolution: Resolution | null): Omit<ResolvedPolicy, 'reason'> {
  if (resolution === null) return { policy: null, version: null, assignment: null };
  const { policyId, policyName, versionId, version, ...assignment } = resolution.candidate;
  return { policy: { id: policyId, name: policyName }, version: { versionId, version }, assignment };
}

/** Which policy applies to an employee (the caller by default) and why (GET /policies/resolve). */
export async function resolveTravelPolicy(
  db: Db,
  args: { tenantId: string; caller: PolicyCaller; employeeId?: string },
): Promise<ResolvedPolicy> {
  const employeeId = subjectEmployeeId(args.caller, args.employeeId);
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const traveller = await subjectTraveller(tx, args.tenantId, employeeId);
    const resolution = await resolveForTraveller(tx, args.tenantId, traveller);
    return { ...resolvedPolicyView(resolution), reason: resolutionReason(resolution, traveller) };
  });
}
