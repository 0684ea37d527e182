import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { resolvePolicy, type PolicyAssignment, type PolicyVersion, type Traveller } from './engine/index.ts';
import { activeReasonCodes, policyVersionOf } from './policy-version-data.ts';
import { resolutionCandidates } from './resolve-for-traveller.ts';
import { policies, policyAssignments, policyVersions } from './schema.ts';

/**
 * Everything a what-if replay of a draft asks of policies, read once so that thousands of past
 * bookings are evaluated without another database read.
 */
export interface WhatIfPolicies {
  policy: { id: string; name: string };
  draft: PolicyVersion;
  /**
   * Whether the draft's policy would apply to the traveller once published: resolution over the
   * tenant's published policies with this policy's assignments counted as if it were published.
   */
  draftApplies(traveller: Traveller): boolean;
  /** The published version that applies to the traveller today (null when none). */
  publishedFor(traveller: Traveller): PolicyVersion | null;
  /** Any version of the tenant's policies by id (what an order was checked against); null when unknown. */
  version(id: string): PolicyVersion | null;
}

/** 404 for another tenant's or an unknown version; 409 INVALID_STATE unless it is the policy's draft. */
export async function loadWhatIfPolicies(tx: Tx, tenantId: string, args: { policyId: string; versionId: string }): Promise<WhatIfPolicies> {
  const reasonCodes = await activeReasonCodes(tx, tenantId);
  const rows = await tx
    .select({
      id: policyVersions.id,
      policyId: policyVersions.policyId,
      version: policyVersions.version,
      status: policyVersions.status,
      rules: policyVersions.rules,
      missingData: policyVersions.missingData,
      policyName: policies.name,
    })
    .from(policyVersions)
    .innerJoin(policies, and(eq(policies.tenantId, policyVersions.tenantId), eq(policies.id, policyVersions.policyId)))
    .where(eq(policyVersions.tenantId, tenantId));
  const draftRow = rows.find((r) => r.id === args.versionId && r.policyId === args.policyId);
  if (!draftRow) throw notFound('policy version');
  if (draftRow.status !== 'draft')
    throw new AppError('INVALID_STATE', 'Only a draft version can be replayed over past bookings', {
      versionId: draftRow.id,
      status: draftRow.status,
    });

  const rowById = new Map(rows.map((r) => [r.id, r]));
  const converted = new Map<string, PolicyVersion>();
  // Converted on first use: a superseded version nobody booked under is never validated again.
  const version = (id: string): PolicyVersion | null => {
    const done = converted.get(id);
    if (done) return done;
    const row = rowById.get(id);
    if (!row) return null;
    const v = policyVersionOf(row, row.policyName, reasonCodes);
    converted.set(id, v);
    return v;
  };
  const draft = version(draftRow.id);
  if (!draft) throw notFound('policy version');

  const candidates = await resolutionCandidates(tx, tenantId);
  const published: PolicyAssignment[] = candidates;
  const versionOfAssignment = new Map(candidates.map((c) => [c.id, c.versionId]));
  const own = await tx
    .select()
    .from(policyAssignments)
    .where(and(eq(policyAssignments.tenantId, tenantId), eq(policyAssignments.policyId, args.policyId)));
  const withDraft: PolicyAssignment[] = [
    ...candidates.filter((c) => c.policyId !== args.policyId),
    ...own.map((a) => ({ ...a, rankCodes: [...a.rankCodes] })),
  ];
  return {
    policy: { id: draftRow.policyId, name: draftRow.policyName },
    draft,
    draftApplies: (traveller) => resolvePolicy(withDraft, traveller)?.policyId === args.policyId,
    publishedFor: (traveller) => {
      const winner = resolvePolicy(published, traveller);
      const versionId = winner ? versionOfAssignment.get(winner.id) : undefined;
      return versionId === undefined ? null : version(versionId);
    },
    version,
  };
}
