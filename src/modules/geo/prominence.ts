import { POPULATION_2020 } from './tables/prominence.ts';
import type { City, CityTier } from './types.ts';

const TIER_RANK: Readonly<Record<CityTier, number>> = { tier1: 0, new_tier1: 1, tier2: 2, other: 3 };
const LEVEL_RANK: Readonly<Record<City['level'], number>> = { municipality: 0, prefecture: 1, county: 2 };

export const tierRank = (tier: CityTier): number => TIER_RANK[tier];

/**
 * Which of two cities is the more prominent (negative: a): the higher tier, then the larger
 * (population, known for the cities that share a spelling with one of the same tier), then the
 * higher level of division, then the division code. Ambiguous spellings resolve to the first.
 */
export function compareProminence(a: City, b: City): number {
  return (
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    (POPULATION_2020[b.id] ?? 0) - (POPULATION_2020[a.id] ?? 0) ||
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    a.divisionCode.localeCompare(b.divisionCode)
  );
}
