import type { AppliesTo, Rank, Rule } from '../../api/types';

/**
 * Whether a rule's `appliesTo` holds a rank, as the policy engine decides it
 * (src/modules/policy/engine/applies-to.ts): every condition given must hold; an empty ranks list
 * counts as absent.
 */
export function appliesToRank(appliesTo: AppliesTo | undefined, rank: Rank): boolean {
  if (appliesTo === undefined) return true;
  const { ranks, minRankLevel, maxRankLevel } = appliesTo;
  if (ranks !== undefined && ranks.length > 0 && !ranks.includes(rank.code)) return false;
  if (minRankLevel !== undefined && rank.level < minRankLevel) return false;
  if (maxRankLevel !== undefined && rank.level > maxRankLevel) return false;
  return true;
}

/**
 * The rules that hold the traveller's rank, and how many are for other ranks; all of them when the
 * rank is unknown. A default row (appliesTo.otherwise) holds the rank when no other rule of its kind
 * does, as the engine's applyingRules decides.
 */
export function rulesForRank(rules: readonly Rule[], rank: Rank | undefined): { mine: Rule[]; others: number } {
  if (rank === undefined) return { mine: [...rules], others: 0 };
  const isDefault = (r: Rule) => r.appliesTo?.otherwise === true;
  const covered = new Set(rules.filter((r) => !isDefault(r) && appliesToRank(r.appliesTo, rank)).map((r) => r.kind));
  const mine = rules.filter((r) => (isDefault(r) ? !covered.has(r.kind) : appliesToRank(r.appliesTo, rank)));
  return { mine, others: rules.length - mine.length };
}
