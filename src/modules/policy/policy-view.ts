import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { isoOrNull } from '../../platform/ids.ts';
import type { AssignmentView, PolicySummary, VersionListItem, VersionView } from './policy-types.ts';
import { policies, policyAssignments, policyVersions } from './schema.ts';
import { departments } from '../org/index.ts';

type VersionRow = typeof policyVersions.$inferSelect;

export const versionListItem = (v: VersionRow): VersionListItem => ({
  versionId: v.id,
  version: v.version,
  status: v.status,
  note: v.note,
  createdAt: v.createdAt.toISOString(),
  publishedAt: isoOrNull(v.publishedAt),
});

export const versionView = (v: VersionRow): VersionView => {
  const { versionId, version, status, note, createdAt, publishedAt } = versionListItem(v);
  return { versionId, version, status, note, rules: v.rules, missingData: v.missingData, createdAt, publishedAt };
};

/** Assignments of the given policies with their department names, in the order they were given. */
export async function selectAssignments(
  tx: Tx,
  policyIds: readonly string[],
): Promise<(AssignmentView & { tenantId: string; policyId: string })[]> {
  if (policyIds.length === 0) return [];
  const a = policyAssignments;
  const rows = await tx
    .select({
      tenantId: a.tenantId,
      policyId: a.policyId,
      id: a.id,
      departmentId: a.departmentId,
      departmentName: departments.name,
      rankCodes: a.rankCodes,
      minRankLevel: a.minRankLevel,
      maxRankLevel: a.maxRankLevel,
      priority: a.priority,
    })
    .from(a)
    .leftJoin(departments, and(eq(departments.tenantId, a.tenantId), eq(departments.id, a.departmentId)))
    .where(inArray(a.policyId, [...policyIds]))
    .orderBy(asc(a.id));
  return rows.map((r) => ({ ...r, departmentName: r.departmentId === null ? null : r.departmentName, rankCodes: [...r.rankCodes] }));
}

/** Policies with their published and draft versions and their assignments, by name. */
export async function selectPolicySummaries(tx: Tx, where: SQL | undefined): Promise<PolicySummary[]> {
  const rows = await tx.select().from(policies).where(where).orderBy(asc(policies.name), asc(policies.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const versions = await tx
    .select()
    .from(policyVersions)
    .where(and(inArray(policyVersions.policyId, ids), inArray(policyVersions.status, ['draft', 'published'])))
    .orderBy(desc(policyVersions.version));
  const assignments = await selectAssignments(tx, ids);
  // Ids are UUIDs, unique across tenants: matching by policy id alone is exact.
  return rows.map((p) => {
    const published = versions.find((v) => v.policyId === p.id && v.status === 'published');
    const draft = versions.find((v) => v.policyId === p.id && v.status === 'draft');
    return {
      id: p.id,
      name: p.name,
      description: p.description,
      status: p.status,
      published: published
        ? { versionId: published.id, version: published.version, publishedAt: (published.publishedAt ?? published.createdAt).toISOString() }
        : null,
      draft: draft ? { versionId: draft.id, version: draft.version } : null,
      assignments: assignments.filter((a) => a.policyId === p.id).map(({ tenantId: _t, policyId: _p, ...view }) => view),
    };
  });
}

/** One policy of a tenant as a summary (inside the caller's transaction), or null. */
export async function policySummary(tx: Tx, tenantId: string, id: string): Promise<PolicySummary | null> {
  const [found] = await selectPolicySummaries(tx, and(eq(policies.tenantId, tenantId), eq(policies.id, id)));
  return found ?? null;
}
