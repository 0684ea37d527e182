import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { resolvePolicy, specificity, type PolicyAssignment, type PolicyVersion, type Specificity, type Traveller } from './engine/index.ts';
import { activeReasonCodes, policyVersionOf } from './policy-version-data.ts';
import type { AssignmentView } from './policy-types.ts';
import { policies, policyAssignments, policyVersions } from './schema.ts';
import { departments } from '../org/index.ts';

/** An assignment that takes part in resolution: of an active policy with a published version. */
export interface Candidate extends AssignmentView {
  policyId: string;
  policyName: string;
  versionId: string;
  version: number;
}

export interface Resolution {
  candidate: Candidate;
  /** How the winning assignment matches the traveller. */
  specificity: Specificity;
  /** How many assignments matched the traveller (the winner included). */
  matches: number;
}

/** The tenant's assignments of active policies that have a published version. */
export async function resolutionCandidates(tx: Tx, tenantId: string): Promise<Candidate[]> {
  const a = policyAssignments;
  const rows = await tx
    .select({
      id: a.id,
      policyId: a.policyId,
      departmentId: a.departmentId,
      departmentName: departments.name,
      rankCodes: a.rankCodes,
      minRankLevel: a.minRankLevel,
      maxRankLevel: a.maxRankLevel,
      priority: a.priority,
      policyName: policies.name,
      versionId: policyVersions.id,
      version: policyVersions.version,
    })
    .from(a)
    .innerJoin(policies, and(eq(policies.tenantId, a.tenantId), eq(policies.id, a.policyId), eq(policies.status, 'active')))
    .innerJoin(
      policyVersions,
      and(eq(policyVersions.tenantId, a.tenantId), eq(policyVersions.policyId, a.policyId), eq(policyVersions.status, 'published')),
    )
    .leftJoin(departments, and(eq(departments.tenantId, a.tenantId), eq(departments.id, a.departmentId)))
    .where(eq(a.tenantId, tenantId));
  return rows.map((r) => ({ ...r, rankCodes: [...r.rankCodes], departmentName: r.departmentId === null ? null : r.departmentName }));
}

/** The engine's resolvePolicy over the tenant's candidates: the most specific match wins. */
export async function resolveForTraveller(tx: Tx, tenantId: string, traveller: Traveller): Promise<Resolution | null> {
  const candidates = await resolutionCandidates(tx, tenantId);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const engineView = candidates.map((c): PolicyAssignment => c);
  const winner = resolvePolicy(engineView, traveller);
  const candidate = winner ? byId.get(winner.id) : undefined;
  if (!winner || !candidate) return null;
  const how = specificity(winner, traveller);
  if (!how) return null;
  return { candidate, specificity: how, matches: engineView.filter((c) => specificity(c, traveller) !== null).length };
}

/** The published version a resolution points at, ready for the engine (with the tenant's active reason codes). */
export async function resolvedVersion(tx: Tx, tenantId: string, resolution: Resolution): Promise<PolicyVersion> {
  const [row] = await tx
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, resolution.candidate.versionId)));
  if (!row) throw new Error('resolved policy version not readable');
  return policyVersionOf(row, resolution.candidate.policyName, await activeReasonCodes(tx, tenantId));
}
