import { DIRECTORY, cityById } from './directory.ts';
import { divisionKey, hasHan, latinKey, normalizeText } from './normalize.ts';
import { buildResolveIndex } from './resolve-index.ts';
import type { City, CityTier } from './types.ts';

const index = buildResolveIndex(DIRECTORY);

const THREE_LETTERS = /^[A-Za-z]{3}$/;
const DIGITS = /^\d+$/;

export interface ResolveOptions {
  /**
   * How to read three letters: 'air' (the default) tries IATA city and airport codes before 12306
   * telegraph codes, 'rail' the other way round — 'HZH' is 杭州's station but 黎平's airport.
   */
  codes?: 'air' | 'rail';
}

/**
 * The city any spelling names, or null: '北京', '北京市', 'Beijing', 'BEIJING', 'beijing', 'BJS',
 * 'PEK', 'PKX', '110000', '110100', '110105' (a district), '北京南', '北京南站', 'VNP', with
 * surrounding spaces or full-width characters. A spelling two cities share ('taizhou', 'suzhou',
 * 'fuzhou', 'yichun', 'yulin') gives the more prominent (higher tier, then larger); the ids
 * ('taizhou_js') always give their own city. A Map lookup or two: safe in hot loops.
 */
export function resolveCity(text: string, options: ResolveOptions = {}): City | null {
  const exact = cityById(text) ?? index.byName.get(text);
  if (exact) return exact;
  if (text.length > 100) return null;
  const s = normalizeText(text);
  if (s.length === 0) return null;
  if (DIGITS.test(s)) {
    const code = divisionKey(s);
    return code ? (index.byDivision.get(code) ?? null) : null;
  }
  if (THREE_LETTERS.test(s)) {
    const code = s.toUpperCase();
    const [first, second] = options.codes === 'rail' ? [index.byTelegraph, index.byIata] : [index.byIata, index.byTelegraph];
    const city = first.get(code) ?? second.get(code);
    if (city) return city;
  }
  const named = index.byName.get(s);
  if (named || hasHan(s)) return named ?? null;
  return index.byName.get(latinKey(s)) ?? null;
}

/** The id of the city any spelling names (see resolveCity), or null. */
export function resolveCityId(text: string, options: ResolveOptions = {}): string | null {
  return resolveCity(text, options)?.id ?? null;
}

/** The tier of a city id or of any spelling of a city; 'other' for cities the directory does not know. */
export function tierOf(cityIdOrText: string): CityTier {
  return resolveCity(cityIdOrText)?.tier ?? 'other';
}

/** Spellings that more than one city could claim, with the cities' ids, the one chosen first. */
export function ambiguousSpellings(): ReadonlyMap<string, readonly string[]> {
  return new Map([...index.ambiguous].map(([key, cities]) => [key, cities.map((c) => c.id)]));
}
