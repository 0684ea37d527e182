import { CITIES, cityByCode, cityByIata } from '../../policy/index.ts';

const byName = new Map<string, string>();
for (const city of CITIES) {
  byName.set(city.zh, city.code);
  byName.set(city.en.toLowerCase(), city.code);
}

/**
 * One key per city, whatever form names it: the request's '上海' or '上海市', a hotel's city code
 * 'shanghai', a flight's IATA city 'SHA' or 'Shanghai' all give 'shanghai'. A city the tier table
 * does not know keys by its name without 市, lower-cased.
 */
export function cityKey(name: string): string {
  const trimmed = name.trim();
  const lower = trimmed.toLowerCase();
  if (cityByCode(lower)) return lower;
  if (/^[a-z]{3}$/i.test(trimmed)) {
    const city = cityByIata(trimmed);
    if (city) return city.code;
  }
  const bare = trimmed.endsWith('市') && trimmed.length > 2 ? trimmed.slice(0, -1) : trimmed;
  return byName.get(bare) ?? byName.get(lower) ?? bare.toLowerCase();
}

/** A city as a reader knows it: '上海' / 'Shanghai' for any form of a known city; others as given. */
export function cityName(name: string, lang: 'zh-CN' | 'en'): string {
  const city = cityByCode(cityKey(name));
  if (!city) return name.trim();
  return lang === 'zh-CN' ? city.zh : city.en;
}
