import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { DEMO_REFERENCE_YEAR } from '../demo/demo-data.ts';
import type { ModuleSeeder, SeedContext } from '../demo/seed-context.ts';
import { validatePolicyVersion, type Rule } from './engine/index.ts';
import { DEMO_REASON_CODES, executiveRules, standardRules, stricterStandardRules } from './demo-policy-rules.ts';
import { policies, policyAssignments, policyVersions, reasonCodes } from './schema.ts';

/**
 * Demo policies for every enterprise: 标准差旅政策 (published v1, the company-wide default, with a
 * stricter draft v2 waiting), 高管差旅政策 (published v1, assigned to the ranks of level 9 and
 * above), and six reason codes. Peak seasons cover the demo's reference year and the next.
 */

const YEARS = [DEMO_REFERENCE_YEAR, DEMO_REFERENCE_YEAR + 1];
const EXECUTIVE_MIN_LEVEL = 9;

interface PlannedVersion {
  version: number;
  status: 'draft' | 'published';
  rules: Rule[];
  note: string;
}

interface PlannedPolicy {
  name: string;
  description: string;
  versions: PlannedVersion[];
  assignment: { rankCodes: string[] };
}

function plan(tenantCode: string, ctx: SeedContext): PlannedPolicy[] {
  const executives = ctx.data.ranks.filter((r) => r.tenantCode === tenantCode && r.level >= EXECUTIVE_MIN_LEVEL).map((r) => r.code);
  return [
    {
      name: '标准差旅政策',
      description: '全员适用：机票经济舱（员工）/ 公务舱 8 折以内（经理及以上），酒店按城市等级与职级限价，火车二等座 / 一等座 / 商务座，用车舒适型以内。',
      versions: [
        { version: 1, status: 'published', rules: standardRules(YEARS), note: '初始版本' },
        { version: 2, status: 'draft', rules: stricterStandardRules(YEARS), note: '草案：员工机票 6.5 折、最低价浮动 ¥100、提前 5 天预订' },
      ],
      assignment: { rankCodes: [] },
    },
    {
      name: '高管差旅政策',
      description: '副总裁及以上：公务舱（6 小时以上可头等舱），酒店上限更高，火车商务座，用车商务型。',
      versions: [{ version: 1, status: 'published', rules: executiveRules(YEARS), note: '初始版本' }],
      assignment: { rankCodes: executives },
    },
  ];
}

export async function seedPoliciesFor(tx: Tx, ctx: SeedContext, now: Date): Promise<void> {
  for (const tenant of ctx.data.tenants) {
    const tenantId = ctx.tenantId(tenant.code);
    await tx.insert(reasonCodes).values(
      DEMO_REASON_CODES.map((r, i) => ({ tenantId, code: r.code, labelZh: r.label['zh-CN'], labelEn: r.label.en, active: true, sort: (i + 1) * 10 })),
    );
    for (const p of plan(tenant.code, ctx)) {
      const policyId = newId();
      await tx.insert(policies).values({ tenantId, id: policyId, name: p.name, description: p.description });
      for (const v of p.versions) {
        const problems = validatePolicyVersion({ rules: v.rules, reasonCodes: DEMO_REASON_CODES });
        if (problems.length > 0) throw new Error(`demo policy ${p.name} v${v.version}: ${JSON.stringify(problems)}`);
        // As createPolicy does, the first version takes the policy's id.
        await tx.insert(policyVersions).values({
          tenantId,
          id: v.version === 1 ? policyId : newId(),
          policyId,
          version: v.version,
          status: v.status,
          rules: v.rules,
          note: v.note,
          publishedAt: v.status === 'published' ? now : null,
        });
      }
      await tx.insert(policyAssignments).values({ tenantId, id: newId(), policyId, rankCodes: p.assignment.rankCodes });
    }
  }
}

/** The demo seed's policy step. */
export const seedPolicies: ModuleSeeder = (tx, ctx) => seedPoliciesFor(tx, ctx, new Date());
