import type { Traveller } from './option-types.ts';
import type { AppliesTo } from './rule-types.ts';

/**
 * Whether a rule's `appliesTo` holds the traveller: every condition given must hold. An empty
 * `ranks` list counts as absent (an editor's "none selected"), not as "nobody".
 */
export function appliesToTraveller(appliesTo: AppliesTo | undefined, traveller: Traveller): boolean {
  if (appliesTo === undefined) return true;
  const { ranks, minRankLevel, maxRankLevel } = appliesTo;
  if (ranks !== undefined && ranks.length > 0 && !ranks.includes(traveller.rankCode)) return false;
  if (minRankLevel !== undefined && !(traveller.rankLevel >= minRankLevel)) return false;
  if (maxRankLevel !== undefined && !(traveller.rankLevel <= maxRankLevel)) return false;
  return true;
}

/** Whether a rank level lies in an optional [min, max] range. */
export function levelInRange(level: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || level >= min) && (max === undefined || level <= max);
}
