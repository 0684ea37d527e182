import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import type { PolicyDetail, PolicySummary, VersionView } from './policy-types.ts';
import { selectPolicySummaries, versionListItem, versionView } from './policy-view.ts';
import { policies, policyVersions } from './schema.ts';

/** Every policy of the tenants read, by name, with its published and draft versions and its assignments. */
export async function listPolicies(db: Db, tenantIds: readonly string[]): Promise<{ items: PolicySummary[] }> {
  return { items: await inTenantScope(db, tenantIds, (tx) => selectPolicySummaries(tx, undefined)) };
}

/** One policy with its version history, newest first. */
export async function getPolicy(db: Db, tenantIds: readonly string[], id: string): Promise<PolicyDetail> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [summary] = await selectPolicySummaries(tx, eq(policies.id, id));
    if (!summary) throw notFound('policy');
    const versions = await tx.select().from(policyVersions).where(eq(policyVersions.policyId, id)).orderBy(desc(policyVersions.version));
    return { ...summary, versions: versions.map(versionListItem) };
  });
}

/** One version of a policy with its rules. */
export async function getPolicyVersion(db: Db, tenantIds: readonly string[], policyId: string, versionId: string): Promise<VersionView> {
  return inTenantScope(db, tenantIds, async (tx) => {
    const [row] = await tx
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.id, versionId)));
    if (!row) throw notFound('policy version');
    return versionView(row);
  });
}
