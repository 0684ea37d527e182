import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { lockPolicy, versionInState } from './policy-rows.ts';
import { policyVersions } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

/**
 * Throws the policy's draft away; the published version stays as it is. A policy that was never
 * published keeps its only draft (409 INVALID_STATE): save it empty, or archive the policy.
 */
export async function discardDraft(db: Db, args: { tenantId: string; actor: Actor; policyId: string }): Promise<void> {
  const { tenantId, actor, policyId } = args;
  await inTenantScope(db, [tenantId], async (tx) => {
    const policy = await lockPolicy(tx, tenantId, policyId);
    const draft = await versionInState(tx, tenantId, policyId, 'draft');
    if (!draft) throw new AppError('INVALID_STATE', 'The policy has no draft', { policyId });
    if (!(await versionInState(tx, tenantId, policyId, 'published'))) {
      throw new AppError('INVALID_STATE', 'The policy was never published: its draft is its only version', { policyId });
    }
    await tx.delete(policyVersions).where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, draft.id)));
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'policy',
      entityId: policyId,
      type: 'policy.draft_discarded',
      summary: `Policy ${policy.name}: draft v${draft.version} discarded`,
      data: { versionId: draft.id, version: draft.version, ruleCount: draft.rules.length },
    });
  });
}
