/**
 * Which ranks a policy leaves uncovered, for the warnings shown before publishing: for every rank
 * and option category (flight, hotel, train, car), whether some rule of that category applies to
 * a traveller of the rank (default rows included), and for hotels whether a nightly-cap band holds
 * the rank's level. Trip-wide rules (daily budget, destinations) do not count as covering a
 * category: they say nothing about cabins, rates or classes.
 */
import { applyingRules, levelInRange } from './applies-to.ts';
import type { Explanation } from './evaluation-types.ts';
import { CATEGORIES, type Category } from './option-types.ts';
import { CATEGORY_NAMES, RULE_KINDS } from './rule-kinds.ts';
import type { Rule } from './rule-types.ts';

export interface CoverageRank {
  code: string;
  level: number;
  name: string;
}

export type CoverageGapReason = 'no_rule' | 'no_hotel_band';

export interface CoverageGap {
  rankCode: string;
  rankName: string;
  rankLevel: number;
  category: Category;
  reason: CoverageGapReason;
  message: Explanation;
}

function gapMessage(rank: CoverageRank, category: Category, reason: CoverageGapReason): Explanation {
  const c = CATEGORY_NAMES[category];
  const who = { zh: `职级 ${rank.code}（${rank.name}，级别 ${rank.level}）`, en: `rank ${rank.code} (${rank.name}, level ${rank.level})` };
  return reason === 'no_rule'
    ? { 'zh-CN': `${who.zh}没有适用的${c.zh}规则`, en: `No ${c.en} rule applies to ${who.en}` }
    : {
        'zh-CN': `${who.zh}没有对应的酒店每晚限额档位，按“数据缺失”设置处理`,
        en: `No hotel cap band covers ${who.en}: its stays fall to the missing-data setting`,
      };
}

/** Every (rank, category) the rules leave uncovered, ranks in the order given, categories in CATEGORIES order. */
export function coverageGaps(rules: readonly Rule[], ranks: readonly CoverageRank[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const rank of ranks) {
    const applying = [...applyingRules(rules, { rankCode: rank.code, rankLevel: rank.level })];
    for (const category of CATEGORIES) {
      const own = applying.filter((r) => RULE_KINDS[r.kind].category === category);
      let reason: CoverageGapReason | null = own.length === 0 ? 'no_rule' : null;
      if (reason === null && category === 'hotel') {
        const caps = own.filter((r) => r.kind === 'hotel_nightly_cap');
        const banded = caps.some((r) => r.params.bands.some((b) => levelInRange(rank.level, b.minRankLevel, b.maxRankLevel)));
        if (caps.length > 0 && !banded) reason = 'no_hotel_band';
      }
      if (reason !== null) {
        gaps.push({
          rankCode: rank.code,
          rankName: rank.name,
          rankLevel: rank.level,
          category,
          reason,
          message: gapMessage(rank, category, reason),
        });
      }
    }
  }
  return gaps;
}
