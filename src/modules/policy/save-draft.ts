import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { checkedRules } from './policy-version-data.ts';
import { lockPolicy, nextVersionNumber, versionInState } from './policy-rows.ts';
import type { VersionView } from './policy-types.ts';
import { versionView } from './policy-view.ts';
import { policyVersions } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface SaveDraftInput {
  rules: unknown;
  note?: string;
}

const MAX_NOTE = 500;

/**
 * Writes the policy's draft: replaces the rules of the draft there is, or starts the next version
 * as a draft. The engine's validatePolicy decides what may be saved (422 with the problems' paths,
 * 'rules.3.params.maxDiscount'), so nothing the engine cannot run is ever stored.
 */
export async function saveDraft(
  db: Db,
  args: { tenantId: string; actor: Actor; policyId: string; input: SaveDraftInput },
): Promise<VersionView> {
  const { tenantId, actor, policyId, input } = args;
  const note = input.note?.trim();
  if (note !== undefined && [...note].length > MAX_NOTE)
    throw validationFailed([{ path: 'note', message: `at most ${MAX_NOTE} characters` }]);
  const rules = checkedRules(input.rules);

  return inTenantScope(db, [tenantId], async (tx) => {
    const policy = await lockPolicy(tx, tenantId, policyId);
    const draft = await versionInState(tx, tenantId, policyId, 'draft');
    let versionId: string;
    let version: number;
    if (draft) {
      versionId = draft.id;
      version = draft.version;
      await tx
        .update(policyVersions)
        .set({ rules, ...(note === undefined ? {} : { note }) })
        .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, draft.id)));
    } else {
      versionId = newId();
      version = await nextVersionNumber(tx, tenantId, policyId);
      await tx
        .insert(policyVersions)
        .values({ tenantId, id: versionId, policyId, version, status: 'draft', rules, note: note ?? '', createdBy: actor.id });
    }
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'policy',
      entityId: policyId,
      type: 'policy.draft_saved',
      summary: `Policy ${policy.name}: draft v${version} saved with ${rules.length} rules`,
      data: { versionId, version, started: !draft, ruleCount: rules.length, ruleIds: rules.map((r) => r.id) },
    });
    const [row] = await tx
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, versionId)));
    if (!row) throw new Error('saved draft not readable');
    return versionView(row);
  });
}
