import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, validationFailed } from '../../platform/errors/app-error.ts';
import { validatePolicy, type MissingDataMode, type PolicyVersion, type ReasonCode, type Rule } from './engine/index.ts';
import { reasonCodes } from './schema.ts';

/** Turning stored rows into the engine's PolicyVersion. */

/**
 * Rules checked by the engine's validator, which takes any JSON: an empty problem list vouches
 * for the Rule type. Request bodies get 422 with the problems' paths.
 */
export function checkedRules(rules: unknown): Rule[] {
  const problems = validatePolicy(rules);
  if (problems.length > 0 || !Array.isArray(rules)) throw validationFailed(problems);
  return rules as Rule[];
}

/**
 * Stored rules were validated when saved; should a later engine refuse them, the version cannot
 * be evaluated until it is edited (409, with the engine's problems), rather than fail obscurely.
 */
export function storedRules(rules: unknown, version: { id: string; version: number }): Rule[] {
  const problems = validatePolicy(rules);
  if (problems.length > 0 || !Array.isArray(rules)) {
    throw new AppError(
      'INVALID_STATE',
      `Version ${version.version} of the policy no longer passes validation; save it again after fixing it`,
      {
        versionId: version.id,
        errors: problems,
      },
    );
  }
  return rules as Rule[];
}

/** The tenant's active reason codes (超标原因) in the engine's form, in their order. */
export async function activeReasonCodes(tx: Tx, tenantId: string): Promise<ReasonCode[]> {
  const rows = await tx
    .select()
    .from(reasonCodes)
    .where(and(eq(reasonCodes.tenantId, tenantId), eq(reasonCodes.active, true)))
    .orderBy(asc(reasonCodes.sort), asc(reasonCodes.code));
  return rows.map((r) => ({ code: r.code, label: { 'zh-CN': r.labelZh, en: r.labelEn } }));
}

export function policyVersionOf(
  version: { id: string; policyId: string; version: number; rules: unknown; missingData: MissingDataMode },
  policyName: string,
  codes: readonly ReasonCode[],
): PolicyVersion {
  return {
    id: version.id,
    policyId: version.policyId,
    version: version.version,
    name: policyName,
    rules: storedRules(version.rules, version),
    reasonCodes: codes,
    missingData: version.missingData,
  };
}
