import type { Explanation } from './engine/index.ts';
import type { TravellerFacts } from './load-traveller.ts';
import type { Resolution } from './resolve-for-traveller.ts';

/** Why a traveller gets the policy they get, in both languages. */

function rankCondition(c: Resolution['candidate']): { zh: string; en: string } | null {
  if (c.rankCodes.length > 0)
    return { zh: `职级 ${c.rankCodes.join('、')}`, en: `rank${c.rankCodes.length > 1 ? 's' : ''} ${c.rankCodes.join(', ')}` };
  const { minRankLevel: min, maxRankLevel: max } = c;
  if (min !== null && max !== null) return { zh: `职级级别 ${min}–${max}`, en: `rank levels ${min}–${max}` };
  if (min !== null) return { zh: `职级级别 ${min} 及以上`, en: `rank level ${min} and above` };
  if (max !== null) return { zh: `职级级别 ${max} 及以下`, en: `rank level ${max} and below` };
  return null;
}

function scopeText(r: Resolution, t: TravellerFacts): { zh: string; en: string } {
  const c = r.candidate;
  const rank = rankCondition(c);
  const inherited = c.departmentId !== null && c.departmentId !== t.departmentId;
  const dept = c.departmentName ?? '';
  const deptZh = `部门「${dept}」${inherited ? `（员工所在的「${t.departmentName}」是其下级部门）` : ''}`;
  const deptEn = `the department ${dept}${inherited ? ` (which includes the employee’s ${t.departmentName})` : ''}`;
  switch (r.specificity.scope) {
    case 'department_and_rank':
      return { zh: `按${deptZh}及${rank?.zh ?? ''}分配`, en: `assigned to ${deptEn} for ${rank?.en ?? ''}` };
    case 'department':
      return { zh: `按${deptZh}分配`, en: `assigned to ${deptEn}` };
    case 'rank':
      return { zh: `按${rank?.zh ?? ''}分配`, en: `assigned to ${rank?.en ?? ''}` };
    case 'default':
      return { zh: '是全公司默认政策', en: 'is the company-wide default' };
  }
}

export function resolutionReason(resolution: Resolution | null, t: TravellerFacts): Explanation {
  const who = {
    zh: `该员工（${t.departmentName}，职级 ${t.rankCode} ${t.rankName}，级别 ${t.rankLevel}）`,
    en: `The employee (${t.departmentName}, rank ${t.rankCode}, level ${t.rankLevel})`,
  };
  if (resolution === null) {
    return {
      'zh-CN': `${who.zh}没有适用的差旅标准：所在部门及上级部门、职级均未分配已发布的有效政策，也没有全公司默认政策。`,
      en: `${who.en} has no travel policy: no active, published policy is assigned to their department, its parent departments or their rank, and there is no company-wide default.`,
    };
  }
  const c = resolution.candidate;
  const scope = scopeText(resolution, t);
  const others = resolution.matches - 1;
  const tieZh = others > 0 ? `另有 ${others} 条分配也匹配，按“部门+职级 > 部门 > 职级 > 默认”的规则取最具体的一条。` : '';
  const tieEn =
    others > 0
      ? ` ${others} other assignment${others > 1 ? 's also match' : ' also matches'}; the most specific wins (department and rank > department > rank > default).`
      : '';
  return {
    'zh-CN': `${who.zh}适用「${c.policyName}」第 ${c.version} 版：该政策${scope.zh}。${tieZh}`,
    en: `${who.en} follows ${c.policyName} v${c.version}: the policy is ${scope.en}.${tieEn}`,
  };
}
