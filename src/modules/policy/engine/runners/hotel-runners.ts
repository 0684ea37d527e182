import { levelInRange } from '../applies-to.ts';
import { dayNumberOfDate } from '../../../../platform/time/china-time.ts';
import { type CityTier, tierOf } from '../../../geo/index.ts';
import { cityKeyOf } from '../city-names.ts';
import type { HotelOption, Traveller } from '../option-types.ts';
import type { HotelCapBand, HotelNightlyCapRule, HotelStarRule } from '../rule-types.ts';
import { atMost, dataMissing, type Runner } from './slot.ts';

interface Season {
  name: string;
  /** Day numbers, both inclusive. */
  from: number;
  to: number;
  cities: ReadonlySet<string> | null;
  upliftPercent: number;
}

/** A hotel cap rule made ready for one traveller: their band, its city caps, the peak seasons. */
export interface HotelCapTable {
  band: HotelCapBand | null;
  cityCaps: ReadonlyMap<string, number>;
  seasons: readonly Season[];
}

export interface StayCap {
  /** The cap before any uplift. */
  baseFen: number;
  basis: 'city' | 'tier';
  tier: CityTier;
  nights: number;
  /** The average of the nights' caps, rounded down to the fen. */
  limitFen: number;
  /** The seasons that raised some nights, with how many. */
  uplifts: { name: string; upliftPercent: number; nights: number }[];
}

/** The traveller's band: the first whose level range holds their rank level. */
export function hotelCapTable(rule: HotelNightlyCapRule, traveller: Traveller): HotelCapTable {
  const band = rule.params.bands.find((b) => levelInRange(traveller.rankLevel, b.minRankLevel, b.maxRankLevel)) ?? null;
  return {
    band,
    cityCaps: new Map(Object.entries(band?.cityCapsFen ?? {}).map(([city, fen]) => [cityKeyOf(city), fen])),
    seasons: (rule.params.peakSeasons ?? []).map((p) => ({
      name: p.name,
      from: dayNumberOfDate(p.from),
      to: dayNumberOfDate(p.to),
      cities: p.cityCodes === undefined || p.cityCodes.length === 0 ? null : new Set(p.cityCodes.map(cityKeyOf)),
      upliftPercent: p.upliftPercent,
    })),
  };
}

function uplifted(baseFen: number, percent: number): number {
  return percent === 0 ? baseFen : Math.round((baseFen * (100 + percent)) / 100);
}

/**
 * The stay's cap. Without peak seasons it is the band's cap for the city. With them, each night
 * (checkIn … checkOut − 1; a same-day stay counts as one night) gets the cap raised by the largest
 * uplift of the seasons covering it, and the limit is the average. Unreadable dates give NaN,
 * which fails the check.
 */
export function stayCap(table: HotelCapTable, band: HotelCapBand, option: HotelOption): StayCap {
  // The option may name its city any way (北京, BJS, PEK, 110000 …): one key for tier, city caps and seasons.
  const city = cityKeyOf(option.cityCode);
  const tier = tierOf(city);
  const cityCap = table.cityCaps.get(city);
  const baseFen = cityCap ?? band.tierCapsFen[tier];
  const basis = cityCap === undefined ? 'tier' : 'city';
  if (table.seasons.length === 0) return { baseFen, basis, tier, nights: 1, limitFen: baseFen, uplifts: [] };
  const start = dayNumberOfDate(option.checkIn);
  const nights = Math.max(1, dayNumberOfDate(option.checkOut) - start);
  const end = start + nights;
  if (!Number.isFinite(end)) return { baseFen, basis, tier, nights: Number.NaN, limitFen: Number.NaN, uplifts: [] };
  const seasons = table.seasons.filter((s) => (s.cities === null || s.cities.has(city)) && s.from < end && s.to >= start);
  // The nights split into runs on which the same seasons apply; sum the caps run by run.
  const cuts = new Set([start, end]);
  for (const s of seasons) {
    cuts.add(Math.max(s.from, start));
    cuts.add(Math.min(s.to + 1, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const uplifts = new Map<Season, number>();
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? start;
    const to = points[i + 1] ?? end;
    let best: Season | null = null;
    for (const s of seasons) if (s.from <= from && from <= s.to && (best === null || s.upliftPercent > best.upliftPercent)) best = s;
    const percent = best === null ? 0 : Math.max(0, best.upliftPercent);
    total += (to - from) * uplifted(baseFen, percent);
    if (best !== null && percent > 0) uplifts.set(best, (uplifts.get(best) ?? 0) + (to - from));
  }
  return {
    baseFen,
    basis,
    tier,
    nights,
    limitFen: Math.floor(total / nights),
    uplifts: [...uplifts].map(([s, n]) => ({ name: s.name, upliftPercent: s.upliftPercent, nights: n })),
  };
}

export function hotelNightlyCapRunner(rule: HotelNightlyCapRule, traveller: Traveller): Runner<HotelOption> {
  const table = hotelCapTable(rule, traveller);
  const band = table.band;
  if (band === null) return (o, s) => dataMissing(s, o.nightlyRateFen);
  return (o, s) => atMost(s, stayCap(table, band, o).limitFen, o.nightlyRateFen);
}

export function hotelStarRunner(rule: HotelStarRule): Runner<HotelOption> {
  const maxStars = rule.params.maxStars;
  return (o, s) => atMost(s, maxStars, o.stars);
}
