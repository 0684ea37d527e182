import type { Traveller } from './option-types.ts';
import type { AppliesTo, Rule } from './rule-types.ts';

/**
 * Whether a rule's `appliesTo` holds the traveller: every condition given must hold. An empty
 * `ranks` list counts as absent (an editor's "none selected"), not as "nobody".
 */
export function appliesToTraveller(
  appliesTo: AppliesTo | undefined,
  traveller: Pick<Traveller, 'rankCode' | 'rankLevel'> & Partial<Traveller>,
): boolean {
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

/**
 * The rules of a policy that apply to the traveller. A default row (`appliesTo.otherwise`) applies
 * only when no other rule of its kind does: ranks the policy does not list fall to it.
 */
export function applyingRules(rules: readonly Rule[], traveller: Pick<Traveller, 'rankCode' | 'rankLevel'>): ReadonlySet<Rule> {
  const out = new Set<Rule>();
  const covered = new Set<string>();
  for (const rule of rules) {
    if (rule.appliesTo?.otherwise === true || !appliesToTraveller(rule.appliesTo, traveller)) continue;
    out.add(rule);
    covered.add(rule.kind);
  }
  for (const rule of rules) if (rule.appliesTo?.otherwise === true && !covered.has(rule.kind)) out.add(rule);
  return out;
}
