import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { coverageGaps, type CoverageGap, type CoverageRank } from './engine/index.ts';
import { lockPolicy, versionInState } from './policy-rows.ts';
import { storedRules } from './policy-version-data.ts';
import { policyAssignments } from './schema.ts';
import { ranks } from '../org/index.ts';

/**
 * The tenant's ranks a policy reaches through its assignments (every rank when it has none, or
 * when one names no rank and no level range), most junior first.
 */
export async function ranksReached(tx: Tx, tenantId: string, policyId: string): Promise<CoverageRank[]> {
  const all = await tx
    .select({ code: ranks.code, name: ranks.name, level: ranks.level })
    .from(ranks)
    .where(eq(ranks.tenantId, tenantId))
    .orderBy(asc(ranks.level), asc(ranks.code));
  const assignments = await tx
    .select()
    .from(policyAssignments)
    .where(and(eq(policyAssignments.tenantId, tenantId), eq(policyAssignments.policyId, policyId)));
  if (assignments.length === 0) return all;
  return all.filter((rank) =>
    assignments.some(
      (a) =>
        (a.rankCodes.length === 0 || a.rankCodes.includes(rank.code)) &&
        (a.minRankLevel === null || rank.level >= a.minRankLevel) &&
        (a.maxRankLevel === null || rank.level <= a.maxRankLevel),
    ),
  );
}

/** The coverage warnings of a version's rules for the ranks the policy reaches. */
export async function coverageOf(
  tx: Tx,
  tenantId: string,
  policyId: string,
  version: { id: string; version: number; rules: unknown },
): Promise<CoverageGap[]> {
  return coverageGaps(storedRules(version.rules, version), await ranksReached(tx, tenantId, policyId));
}

export interface DraftCoverage {
  versionId: string;
  version: number;
  warnings: CoverageGap[];
}

/** GET /policies/:id/draft/coverage: what publishing the draft would warn about. 409 INVALID_STATE without a draft. */
export async function draftCoverage(db: Db, args: { tenantId: string; policyId: string }): Promise<DraftCoverage> {
  const { tenantId, policyId } = args;
  return inTenantScope(db, [tenantId], async (tx) => {
    await lockPolicy(tx, tenantId, policyId);
    const draft = await versionInState(tx, tenantId, policyId, 'draft');
    if (!draft) throw new AppError('INVALID_STATE', 'The policy has no draft', { policyId });
    return { versionId: draft.id, version: draft.version, warnings: await coverageOf(tx, tenantId, policyId, draft) };
  });
}
