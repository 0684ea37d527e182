import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, validationFailed } from '../../platform/errors/app-error.ts';
import { type CoverageGap, validatePolicyVersion } from './engine/index.ts';
import { coverageOf } from './policy-coverage.ts';
import { activeReasonCodes } from './policy-version-data.ts';
import { lockPolicy, versionInState } from './policy-rows.ts';
import type { VersionView } from './policy-types.ts';
import { versionView } from './policy-view.ts';
import { policyVersions } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

/**
 * Publishes the policy's draft: the published version becomes superseded and the draft takes its
 * place, in one transaction. 409 INVALID_STATE without a draft; 422 when the draft would not run
 * with the tenant's reason codes (a rule that warns needs at least one active reason code). The
 * answer carries the coverage warnings (ranks the policy reaches that some category leaves
 * uncovered); the console shows the same list (GET …/draft/coverage) before the admin confirms.
 */
export async function publishDraft(
  db: Db,
  args: { tenantId: string; actor: Actor; policyId: string; note?: string },
): Promise<VersionView & { warnings: CoverageGap[] }> {
  const { tenantId, actor, policyId } = args;
  const note = args.note?.trim();
  if (note !== undefined && [...note].length > 500) throw validationFailed([{ path: 'note', message: 'at most 500 characters' }]);

  return inTenantScope(db, [tenantId], async (tx) => {
    const policy = await lockPolicy(tx, tenantId, policyId);
    const draft = await versionInState(tx, tenantId, policyId, 'draft');
    if (!draft) throw new AppError('INVALID_STATE', 'The policy has no draft to publish', { policyId });
    const problems = validatePolicyVersion({ rules: draft.rules, reasonCodes: await activeReasonCodes(tx, tenantId) });
    if (problems.length > 0) throw validationFailed(problems);
    const previous = await versionInState(tx, tenantId, policyId, 'published');
    // Superseded first: the partial unique index allows one published version at a time.
    if (previous) {
      await tx
        .update(policyVersions)
        .set({ status: 'superseded' })
        .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, previous.id)));
    }
    const [published] = await tx
      .update(policyVersions)
      .set({ status: 'published', publishedAt: new Date(), publishedBy: actor.id, ...(note === undefined ? {} : { note }) })
      .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, draft.id)))
      .returning();
    if (!published) throw new Error('published version not readable');
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'policy',
      entityId: policyId,
      type: 'policy.published',
      summary: `Policy ${policy.name}: v${draft.version} published${previous ? `, v${previous.version} superseded` : ''}`,
      data: {
        versionId: draft.id,
        version: draft.version,
        supersededVersionId: previous?.id ?? null,
        supersededVersion: previous?.version ?? null,
      },
    });
    // Published all the same: the warnings tell the admin which ranks fall to nothing (or to the missing-data setting).
    return { ...versionView(published), warnings: await coverageOf(tx, tenantId, policyId, published) };
  });
}
