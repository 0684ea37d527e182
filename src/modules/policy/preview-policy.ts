import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { AppError, notFound, validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import type { Evaluation, MissingDataMode, PolicyVersion, Rule, TravelOption } from './engine/index.ts';
import { explainOptions } from './explain-options.ts';
import { loadTraveller, sampleTraveller, type TravellerFacts } from './load-traveller.ts';
import { activeReasonCodes, checkedRules, storedRules } from './policy-version-data.ts';
import type { PolicyCaller } from './policy-types.ts';
import { policies, policyVersions } from './schema.ts';

export type PreviewTraveller = { employeeId: string } | { rankCode: string; departmentId: string };

export interface PreviewInput {
  /** The policy's draft, or its published version when it has no draft. */
  policyId?: string;
  versionId?: string;
  /** Unsaved rules, as the editor holds them. */
  rules?: unknown;
  /** With rules: what a rule lacking its data does ('fail' when absent). */
  missingData?: MissingDataMode;
  travellers: readonly PreviewTraveller[];
  options: readonly TravelOption[];
}

export interface PreviewResult {
  results: { travellerIndex: number; optionIndex: number; evaluation: Evaluation }[];
}

export const PREVIEW_LIMITS = { travellers: 20, options: 200 } as const;

/** The version a preview runs: the rules given, a version, or a policy's draft-or-published. */
async function previewVersion(tx: Tx, tenantId: string, input: PreviewInput, rules: Rule[] | null): Promise<PolicyVersion> {
  const reasonCodes = await activeReasonCodes(tx, tenantId);
  if (rules !== null)
    return {
      id: 'preview',
      policyId: 'preview',
      version: 0,
      name: 'preview',
      rules,
      reasonCodes,
      missingData: input.missingData ?? 'fail',
    };
  const v = policyVersions;
  const byPolicy = input.policyId !== undefined;
  const rows = await tx
    .select({
      id: v.id,
      policyId: v.policyId,
      version: v.version,
      status: v.status,
      rules: v.rules,
      missingData: v.missingData,
      name: policies.name,
    })
    .from(v)
    .innerJoin(policies, and(eq(policies.tenantId, v.tenantId), eq(policies.id, v.policyId)))
    .where(and(eq(v.tenantId, tenantId), byPolicy ? eq(v.policyId, input.policyId ?? '') : eq(v.id, input.versionId ?? '')));
  const row = byPolicy ? (rows.find((r) => r.status === 'draft') ?? rows.find((r) => r.status === 'published')) : rows[0];
  if (!row) throw notFound(byPolicy ? 'policy' : 'policy version');
  const { id, policyId, version, name, missingData } = row;
  return { id, policyId, version, name, rules: storedRules(row.rules, row), reasonCodes, missingData };
}

async function previewTravellers(tx: Tx, tenantId: string, travellers: readonly PreviewTraveller[]): Promise<TravellerFacts[]> {
  const errors: FieldError[] = [];
  const out: TravellerFacts[] = [];
  for (const [i, t] of travellers.entries()) {
    if ('employeeId' in t) {
      const found = await loadTraveller(tx, tenantId, t.employeeId);
      if (found) out.push(found);
      else errors.push({ path: `travellers.${i}.employeeId`, message: 'no such employee' });
      continue;
    }
    const { traveller, unknown } = await sampleTraveller(tx, tenantId, `traveller-${i}`, t.rankCode, t.departmentId);
    if (traveller) out.push(traveller);
    for (const field of unknown)
      errors.push({ path: `travellers.${i}.${field}`, message: field === 'rankCode' ? 'no such rank' : 'no such department' });
  }
  if (errors.length > 0) throw validationFailed(errors);
  return out;
}

/**
 * What a policy would answer: sample options for sample travellers (employees, or a rank in a
 * department), every check explained in both languages. Nothing is written.
 */
export async function previewPolicy(db: Db, args: { tenantId: string; caller: PolicyCaller; input: PreviewInput }): Promise<PreviewResult> {
  const { tenantId, caller, input } = args;
  const given = (['policyId', 'versionId', 'rules'] as const).filter((k) => input[k] !== undefined);
  if (given.length !== 1) {
    const message = 'give exactly one of policyId, versionId and rules';
    throw validationFailed(given.length === 0 ? [{ path: 'rules', message }] : given.map((path) => ({ path, message })));
  }
  const errors: FieldError[] = [];
  if (input.travellers.length < 1 || input.travellers.length > PREVIEW_LIMITS.travellers)
    errors.push({ path: 'travellers', message: `1 to ${PREVIEW_LIMITS.travellers} travellers` });
  if (input.options.length < 1 || input.options.length > PREVIEW_LIMITS.options)
    errors.push({ path: 'options', message: `1 to ${PREVIEW_LIMITS.options} options` });
  if (errors.length > 0) throw validationFailed(errors);
  const rules = input.rules === undefined ? null : checkedRules(input.rules);
  if (!caller.canManage && input.travellers.some((t) => 'employeeId' in t && t.employeeId !== caller.employeeId)) {
    throw new AppError('FORBIDDEN', 'Previewing for other employees needs the permission policy.manage', { permission: 'policy.manage' });
  }

  return inTenantScope(db, [tenantId], async (tx) => {
    const policy = await previewVersion(tx, tenantId, input, rules);
    const travellers = await previewTravellers(tx, tenantId, input.travellers);
    return {
      results: travellers.flatMap((traveller, travellerIndex) =>
        explainOptions(policy, traveller, input.options).map((evaluation, optionIndex) => ({ travellerIndex, optionIndex, evaluation })),
      ),
    };
  });
}
