import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import type { ReasonCodeView } from './policy-types.ts';
import { policies, policyVersions, reasonCodes } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface ReasonCodeInput {
  code: string;
  labelZh: string;
  labelEn: string;
  active?: boolean;
  sort?: number;
}

const CODE = /^[A-Za-z0-9_.-]{1,40}$/;

function normalise(items: readonly ReasonCodeInput[], errors: FieldError[]): ReasonCodeView[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const at = `items.${i}`;
    const code = item.code.trim();
    if (!CODE.test(code)) errors.push({ path: `${at}.code`, message: 'letters, digits, _ . - (1 to 40)' });
    else if (seen.has(code)) errors.push({ path: `${at}.code`, message: `${code} is listed twice` });
    seen.add(code);
    const labelZh = item.labelZh.trim();
    const labelEn = item.labelEn.trim();
    if (labelZh === '' || [...labelZh].length > 60) errors.push({ path: `${at}.labelZh`, message: '1 to 60 characters' });
    if (labelEn === '' || [...labelEn].length > 100) errors.push({ path: `${at}.labelEn`, message: '1 to 100 characters' });
    return { code, labelZh, labelEn, active: item.active ?? true, sort: item.sort ?? (i + 1) * 10 };
  });
}

/** Whether an active policy's published version has a rule that warns, which needs a reason code to pick. */
async function publishedPolicyWarns(tx: Tx, tenantId: string): Promise<boolean> {
  const rows = await tx
    .select({ rules: policyVersions.rules })
    .from(policyVersions)
    .innerJoin(
      policies,
      and(eq(policies.tenantId, policyVersions.tenantId), eq(policies.id, policyVersions.policyId), eq(policies.status, 'active')),
    )
    .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.status, 'published')));
  return rows.some((r) => r.rules.some((rule) => typeof rule === 'object' && rule !== null && 'action' in rule && rule.action === 'warn'));
}

/**
 * Replaces the tenant's reason codes with the list given (codes left out are removed; set active
 * false to retire one and keep it on record). At least one must stay active while a published
 * policy warns, or travellers could not book over it.
 */
export async function replaceReasonCodes(
  db: Db,
  args: { tenantId: string; actor: Actor; items: readonly ReasonCodeInput[] },
): Promise<{ items: ReasonCodeView[] }> {
  const { tenantId, actor } = args;
  const errors: FieldError[] = [];
  const items = normalise(args.items, errors);
  if (errors.length > 0) throw validationFailed(errors);

  return inTenantScope(db, [tenantId], async (tx) => {
    if (!items.some((i) => i.active) && (await publishedPolicyWarns(tx, tenantId))) {
      throw validationFailed([{ path: 'items', message: 'a published policy has rules that warn: keep at least one active reason code' }]);
    }
    const before = await tx
      .select()
      .from(reasonCodes)
      .where(eq(reasonCodes.tenantId, tenantId))
      .orderBy(asc(reasonCodes.sort), asc(reasonCodes.code));
    await tx.delete(reasonCodes).where(eq(reasonCodes.tenantId, tenantId));
    if (items.length > 0) await tx.insert(reasonCodes).values(items.map((i) => ({ ...i, tenantId })));
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'reason_codes',
      entityId: tenantId,
      type: 'policy.reason_codes_replaced',
      summary: `Reason codes replaced: ${items.length} (were ${before.length})`,
      data: { before: before.map((r) => r.code), after: items.map((i) => ({ code: i.code, active: i.active })) },
    });
    const rows = await tx
      .select()
      .from(reasonCodes)
      .where(eq(reasonCodes.tenantId, tenantId))
      .orderBy(asc(reasonCodes.sort), asc(reasonCodes.code));
    return { items: rows.map(({ code, labelZh, labelEn, active, sort }) => ({ code, labelZh, labelEn, active, sort })) };
  });
}
