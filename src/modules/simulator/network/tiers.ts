import type { CityTier } from '../../geo/index.ts';

/** How much traffic a city of each tier draws: flights per day and hotels scale with it. */
export const TIER_WEIGHT: Readonly<Record<CityTier, number>> = { tier1: 4, new_tier1: 3, tier2: 2, other: 1 };

/** A trunk route (干线): both ends 一线 or 新一线 cities. */
export const isMajor = (tier: CityTier): boolean => tier === 'tier1' || tier === 'new_tier1';
