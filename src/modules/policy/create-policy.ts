import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { checkPolicyText, duplicateName } from './policy-input.ts';
import { lockPolicyNames, policyNameTaken, versionInState } from './policy-rows.ts';
import type { PolicySummary } from './policy-types.ts';
import { policySummary } from './policy-view.ts';
import { policies, policyVersions } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface CreatePolicyInput {
  name: string;
  description?: string;
  /** Start from this policy's rules (its published version, or its draft when never published). */
  copyFromPolicyId?: string;
}

/**
 * A new active policy with version 1 as a draft: no rules, or a copy of another policy's rules
 * (not its assignments). The first version takes the policy's id, so a policy and its first
 * version can be named by one id.
 */
export async function createPolicy(db: Db, args: { tenantId: string; actor: Actor; input: CreatePolicyInput }): Promise<PolicySummary> {
  const { tenantId, actor, input } = args;
  const errors: FieldError[] = [];
  const name = checkPolicyText(errors, 'name', input.name, 100, true);
  const description = checkPolicyText(errors, 'description', input.description ?? '', 2000, false);
  if (errors.length > 0) throw validationFailed(errors);

  return inTenantScope(db, [tenantId], async (tx) => {
    await lockPolicyNames(tx, tenantId);
    if (await policyNameTaken(tx, tenantId, name, null)) throw duplicateName(name);
    let rules: unknown[] = [];
    let note = '';
    let missingData: 'fail' | 'pass_flagged' = 'fail';
    if (input.copyFromPolicyId !== undefined) {
      const [source] = await tx
        .select({ name: policies.name })
        .from(policies)
        .where(and(eq(policies.tenantId, tenantId), eq(policies.id, input.copyFromPolicyId)));
      if (!source) throw validationFailed([{ path: 'copyFromPolicyId', message: 'no such policy' }]);
      const from =
        (await versionInState(tx, tenantId, input.copyFromPolicyId, 'published')) ??
        (await versionInState(tx, tenantId, input.copyFromPolicyId, 'draft'));
      if (!from) throw new AppError('INVALID_STATE', 'The policy to copy has no version', { policyId: input.copyFromPolicyId });
      rules = from.rules;
      missingData = from.missingData;
      note = `复制自「${source.name}」第 ${from.version} 版 / Copied from ${source.name} v${from.version}`;
    }
    const id = newId();
    await tx.insert(policies).values({ tenantId, id, name, description });
    await tx
      .insert(policyVersions)
      .values({ tenantId, id, policyId: id, version: 1, status: 'draft', rules, missingData, note, createdBy: actor.id });
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'policy',
      entityId: id,
      type: 'policy.created',
      summary: `Policy ${name} created`,
      data: {
        name,
        description,
        ruleCount: rules.length,
        ...(input.copyFromPolicyId === undefined ? {} : { copiedFrom: input.copyFromPolicyId }),
      },
    });
    const summary = await policySummary(tx, tenantId, id);
    if (!summary) throw new Error('created policy not readable');
    return summary;
  });
}
