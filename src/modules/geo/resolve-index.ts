import type { DivisionRow } from './build/division-rows.ts';
import { latinKey } from './normalize.ts';
import { compareProminence } from './prominence.ts';
import { IATA_CITIES } from './tables/airports.ts';
import type { City } from './types.ts';

/** The resolver's lookup tables, built once from the directory. */
export interface ResolveIndex {
  /** Chinese names as written, and Latin keys (see latinKey) of ids, English names and pinyin. */
  byName: Map<string, City>;
  /** Upper-case IATA codes: city codes (BJS), then airport codes (PEK). */
  byIata: Map<string, City>;
  /** Upper-case 12306 telegraph codes (VNP). */
  byTelegraph: Map<string, City>;
  /** Six-digit division codes of the city, its city-level codes and the districts and counties in it. */
  byDivision: Map<string, City>;
  /** Spellings claimed by more than one city, with every claimant, the winner first. */
  ambiguous: Map<string, City[]>;
}

/** Every Chinese spelling of a city: short and official names, 'X市', 'X州' for 自治州, 'X地区', 'X盟'. */
function chineseNames(city: City): string[] {
  const names = [`${city.zh}市`];
  if (city.zhFull.endsWith('自治州') && !city.zh.endsWith('州')) names.push(`${city.zh}州`);
  if (city.zhFull.endsWith('地区')) names.push(`${city.zh}地区`);
  if (city.zhFull.endsWith('盟')) names.push(`${city.zh}盟`);
  return names;
}

/** Pinyin keys: 'beijing', and for ü both 'lvliang' and 'luliang'. */
function pinyinKeys(city: City): string[] {
  const joined = city.pinyin.replaceAll(' ', '');
  return [joined.replaceAll('ü', 'v'), latinKey(joined)];
}

export function buildResolveIndex(directory: readonly (readonly [City, DivisionRow])[]): ResolveIndex {
  const index: ResolveIndex = { byName: new Map(), byIata: new Map(), byTelegraph: new Map(), byDivision: new Map(), ambiguous: new Map() };
  // The most prominent city is added first and keeps a spelling it shares (compareProminence).
  const ordered = [...directory].sort(([a], [b]) => compareProminence(a, b));
  const put = (map: Map<string, City>, key: string, city: City) => {
    const held = map.get(key);
    if (!held) {
      map.set(key, city);
    } else if (held !== city) {
      const claimants = index.ambiguous.get(key) ?? [held];
      if (!claimants.includes(city)) claimants.push(city);
      index.ambiguous.set(key, claimants);
    }
  };
  // Passes from the most specific spelling to the least: an id or an official name of one city
  // is never taken by another city's pinyin, alias or station.
  for (const [city] of ordered) put(index.byName, latinKey(city.id), city);
  for (const [city] of ordered) {
    for (const name of [city.zh, city.zhFull]) put(index.byName, name, city);
    put(index.byName, latinKey(city.en), city);
  }
  for (const [city] of ordered) {
    for (const key of pinyinKeys(city)) put(index.byName, key, city);
    for (const name of chineseNames(city)) put(index.byName, name, city);
    for (const s of city.stations) {
      put(index.byName, s.name, city);
      put(index.byName, `${s.name}站`, city);
    }
  }
  for (const [code, { cityId }] of Object.entries(IATA_CITIES)) {
    const city = directory.find(([c]) => c.id === cityId)?.[0];
    if (city) put(index.byIata, code, city);
  }
  for (const [city] of ordered) if (city.iataCity) put(index.byIata, city.iataCity, city);
  for (const [city] of ordered) for (const a of city.airports) put(index.byIata, a.iata, city);
  for (const [city] of ordered) for (const s of city.stations) put(index.byTelegraph, s.telegraphCode, city);
  // A telegraph code that is also another city's IATA code: IATA wins unless the caller says rail.
  for (const [code, city] of index.byTelegraph) {
    const air = index.byIata.get(code);
    if (air && air !== city) index.ambiguous.set(code, [air, city]);
  }
  for (const [city, row] of ordered) {
    for (const code of [row.code, ...row.cityCodes.split(' '), ...row.counties.split(' ')]) if (code) put(index.byDivision, code, city);
  }
  return index;
}
