import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { MISSING_DATA_MODES, type MissingDataMode } from './engine/index.ts';
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
  /** Left out: the draft keeps its setting; a new draft takes the published version's ('fail' without one). */
  missingData?: MissingDataMode;
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
  const missingData = input.missingData;
  if (missingData !== undefined && !MISSING_DATA_MODES.includes(missingData))
    throw validationFailed([{ path: 'missingData', message: `one of ${MISSING_DATA_MODES.join(', ')}` }]);

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
        .set({ rules, ...(note === undefined ? {} : { note }), ...(missingData === undefined ? {} : { missingData }) })
        .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, draft.id)));
    } else {
      versionId = newId();
      version = await nextVersionNumber(tx, tenantId, policyId);
      const published = missingData === undefined ? await versionInState(tx, tenantId, policyId, 'published') : null;
      await tx.insert(policyVersions).values({
        tenantId,
        id: versionId,
        policyId,
        version,
        status: 'draft',
        rules,
        missingData: missingData ?? published?.missingData ?? 'fail',
        note: note ?? '',
        createdBy: actor.id,
      });
    }
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'policy',
      entityId: policyId,
      type: 'policy.draft_saved',
      summary: `Policy ${policy.name}: draft v${version} saved with ${rules.length} rules`,
      data: {
        versionId,
        version,
        started: !draft,
        ruleCount: rules.length,
        ruleIds: rules.map((r) => r.id),
        ...(missingData === undefined ? {} : { missingData }),
      },
    });
    const [row] = await tx
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.id, versionId)));
    if (!row) throw new Error('saved draft not readable');
    return versionView(row);
  });
}
