import { resolveCity } from '../../geo/index.ts';

/**
 * One key per city, whatever form names it, through the geo directory: the request's '上海' or
 * '上海市', a hotel's 'shanghai', a flight's 'SHA' or 'PVG' all give 'shanghai'. A city the
 * directory does not know keys by its name without 市, lower-cased.
 */
export function cityKey(name: string): string {
  const city = resolveCity(name);
  if (city) return city.id;
  const trimmed = name.trim();
  const bare = trimmed.endsWith('市') && trimmed.length > 2 ? trimmed.slice(0, -1) : trimmed;
  return bare.toLowerCase();
}

/** A city as a reader knows it: '上海' / 'Shanghai' for any form of a known city; others as given. */
export function cityName(name: string, lang: 'zh-CN' | 'en'): string {
  const city = resolveCity(name);
  if (!city) return name.trim();
  return lang === 'zh-CN' ? city.zh : city.en;
}
