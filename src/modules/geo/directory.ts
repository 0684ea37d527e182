import type { DivisionRow } from './build/division-rows.ts';
import { DIVISIONS, PROVINCES } from './division-data.ts';
import { AIRPORTS, IATA_CITIES } from './tables/airports.ts';
import { RANKED, TIER_RANKING } from './tables/city-tiers.ts';
import { STATIONS } from './tables/stations.ts';
import type { Airport, City, CityTier, Province, Station } from './types.ts';

/**
 * The directory: every city joined from the generated division data and the maintained tables,
 * built once when the module loads and frozen.
 */

const provinces = new Map<string, Province>(
  PROVINCES.map((p) => [p.code.slice(0, 2), Object.freeze({ code: p.code, zh: p.zh, en: p.en })]),
);
const tiers = new Map<string, CityTier>(RANKED.map(([id, , tier]) => [id, tier]));
const iataCityOf = new Map(Object.entries(IATA_CITIES).map(([code, c]) => [c.cityId, { code, airports: new Set(c.airports) }]));

const airportsByCity = new Map<string, Airport[]>();
for (const [cityId, iata, zh, en] of AIRPORTS) {
  const list = airportsByCity.get(cityId) ?? [];
  const metro = iataCityOf.get(cityId);
  // Without an IATA city code of its own, a city's first airport is its main one.
  const main = metro ? metro.airports.has(iata) : list.length === 0;
  list.push(Object.freeze({ iata, zh, en, main }));
  airportsByCity.set(cityId, list);
}

function cityOf(row: DivisionRow): City {
  const province = provinces.get(row.code.slice(0, 2));
  if (!province) throw new Error(`no province for ${row.code}`);
  const airports = airportsByCity.get(row.id) ?? [];
  const stations: Station[] = (STATIONS[row.id] ?? []).map(([name, telegraphCode]) => Object.freeze({ name, telegraphCode }));
  return Object.freeze({
    id: row.id,
    zh: row.zh,
    zhFull: row.zhFull,
    en: row.en,
    pinyin: row.pinyin,
    divisionCode: row.code,
    level: row.level,
    province,
    tier: tiers.get(row.id) ?? 'other',
    tierYear: TIER_RANKING.year,
    iataCity: iataCityOf.get(row.id)?.code ?? airports[0]?.iata ?? null,
    airports: Object.freeze(airports),
    stations: Object.freeze(stations),
  });
}

/** Each city with the division row it was built from (its other codes are for the resolver). */
export const DIRECTORY: readonly (readonly [City, DivisionRow])[] = DIVISIONS.map((row) => [cityOf(row), row] as const);

/** Every city, in division-code order. */
export const CITIES: readonly City[] = Object.freeze(DIRECTORY.map(([city]) => city));

const byId = new Map(CITIES.map((c) => [c.id, c]));

/** The city with this id ('beijing', 'taizhou_zj'), exactly; use resolveCity for anything a person typed. */
export function cityById(id: string): City | null {
  return byId.get(id) ?? null;
}

/** Every city, or those of one tier, in division-code order. */
export function listCities(filter: { tier?: CityTier } = {}): readonly City[] {
  return filter.tier ? CITIES.filter((c) => c.tier === filter.tier) : CITIES;
}
