import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { validatePolicyVersion, type Rule } from './engine/index.ts';
import { SAMPLE_REASON_CODES, executiveRules, standardRules, stricterStandardRules } from './sample-policy-rules.ts';
import { policies, policyAssignments, policyVersions, reasonCodes } from './schema.ts';

/**
 * The sample policies a new enterprise can start from (the demo seeds them for every enterprise):
 * 标准差旅政策 (published v1, the company-wide default, with a stricter draft v2 waiting),
 * 高管差旅政策 (published v1, assigned to the executive ranks), and six reason codes.
 */
export interface SamplePoliciesInput {
  tenantId: string;
  /** The ranks 高管差旅政策 is assigned to. */
  executiveRankCodes: string[];
  /** The years whose peak seasons (广交会 …) the rules list. */
  years: number[];
  /** Publication time of the published versions. */
  now: Date;
}

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

function plan({ years, executiveRankCodes }: SamplePoliciesInput): PlannedPolicy[] {
  return [
    {
      name: '标准差旅政策',
      description:
        '全员适用：机票经济舱（员工）/ 公务舱 8 折以内（经理及以上），酒店按城市等级与职级限价，火车二等座 / 一等座 / 商务座，用车舒适型以内。',
      versions: [
        { version: 1, status: 'published', rules: standardRules(years), note: '初始版本' },
        { version: 2, status: 'draft', rules: stricterStandardRules(years), note: '草案：员工机票 6.5 折、最低价浮动 ¥100、提前 5 天预订' },
      ],
      assignment: { rankCodes: [] },
    },
    {
      name: '高管差旅政策',
      description: '副总裁及以上：公务舱（6 小时以上可头等舱），酒店上限更高，火车商务座，用车商务型。',
      versions: [{ version: 1, status: 'published', rules: executiveRules(years), note: '初始版本' }],
      assignment: { rankCodes: executiveRankCodes },
    },
  ];
}

/** Inserts the sample policies and reason codes into a tenant (system scope; the tenant has none yet). */
export async function seedSamplePolicies(tx: Tx, input: SamplePoliciesInput): Promise<void> {
  const { tenantId, now } = input;
  await tx.insert(reasonCodes).values(
    SAMPLE_REASON_CODES.map((r, i) => ({
      tenantId,
      code: r.code,
      labelZh: r.label['zh-CN'],
      labelEn: r.label.en,
      active: true,
      sort: (i + 1) * 10,
    })),
  );
  for (const p of plan(input)) {
    const policyId = newId();
    await tx.insert(policies).values({ tenantId, id: policyId, name: p.name, description: p.description });
    for (const v of p.versions) {
      const problems = validatePolicyVersion({ rules: v.rules, reasonCodes: SAMPLE_REASON_CODES });
      if (problems.length > 0) throw new Error(`sample policy ${p.name} v${v.version}: ${JSON.stringify(problems)}`);
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
