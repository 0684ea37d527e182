import { CITIES } from './directory.ts';
import { divisionKey, hasHan, latinKey, normalizeText } from './normalize.ts';
import { tierRank } from './prominence.ts';
import { resolveCity } from './resolve.ts';
import type { City, CityTier } from './types.ts';

/** What a city is searched by, computed once when the module loads. */
interface Entry {
  city: City;
  /** Chinese names: short, official. */
  han: readonly string[];
  /** Latin keys: full pinyin ('beijing', 'lvliang', 'luliang'), English name, id. */
  latin: readonly string[];
  /** First letters of the pinyin syllables: 'bj'. */
  initials: string;
  /** Sort key after match and tier: the pinyin. */
  sortKey: string;
}

const entries: readonly Entry[] = CITIES.map((city) => {
  const joined = city.pinyin.replaceAll(' ', '');
  return {
    city,
    han: [city.zh, city.zhFull],
    latin: [...new Set([joined.replaceAll('ü', 'v'), latinKey(joined), latinKey(city.en), latinKey(city.id)])],
    initials: city.pinyin
      .split(' ')
      .map((s) => s.charAt(0))
      .join(''),
    sortKey: joined,
  };
});
const entryOf = new Map(entries.map((e) => [e.city, e]));

const EXACT = 0;
const PREFIX = 1;
const SUBSTRING = 2;
const NONE = 3;

function matchOf(field: string, q: string, substring: boolean): number {
  if (field === q) return EXACT;
  if (field.startsWith(q)) return PREFIX;
  return substring && field.includes(q) ? SUBSTRING : NONE;
}

function bestMatch(entry: Entry, q: string, han: boolean): number {
  let best = NONE;
  if (han) {
    for (const f of entry.han) best = Math.min(best, matchOf(f, q, true));
  } else {
    for (const f of entry.latin) best = Math.min(best, matchOf(f, q, true));
    // Initials match whole or as a prefix ('bj', 'hhh' for 呼和浩特), never in the middle; they are
    // a shorthand, so even a whole match ranks as a prefix: 'sh' is 上海 and 深圳 before 双河.
    best = Math.min(best, Math.max(PREFIX, matchOf(entry.initials, q, false)));
  }
  return best;
}

const compareTier = (a: City, b: City): number => tierRank(a.tier) - tierRank(b.tier);

export interface SearchOptions {
  /** At most this many cities (default 20; at most 400, which is every city). */
  limit?: number;
  /** Only cities of this tier. */
  tier?: CityTier;
}

/**
 * Cities matching what a person types: Chinese characters ('北', '北京', '京' inside a name), pinyin
 * ('beij', 'xian', 'bei jing'), initials ('bj', 'sh', 'cd'), English names ("Xi'an"), and codes
 * (IATA, telegraph or division codes match exactly). Ranked exact, then prefix (initials count as a
 * prefix), then substring matches; then by tier (一线 first); then by pinyin.
 */
export function searchCities(query: string, options: SearchOptions = {}): City[] {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 400);
  const s = normalizeText(query);
  if (s.length === 0) return [];
  const han = hasHan(s);
  const q = han ? s : latinKey(s);
  if (q.length === 0) return [];
  const scored: { entry: Entry; match: number }[] = [];
  for (const entry of entries) {
    if (options.tier && entry.city.tier !== options.tier) continue;
    const match = bestMatch(entry, q, han);
    if (match !== NONE) scored.push({ entry, match });
  }
  // A code (PEK, VNP, 110105) names one city exactly; it goes first unless a name matches exactly too.
  const coded = /^[A-Za-z]{3}$/.test(s) || (/^\d+$/.test(s) && divisionKey(s) !== null) ? resolveCity(s) : null;
  if (coded && (!options.tier || coded.tier === options.tier)) {
    const found = scored.find((x) => x.entry.city === coded);
    const entry = entryOf.get(coded);
    if (found) found.match = EXACT;
    else if (entry) scored.push({ entry, match: EXACT });
  }
  scored.sort(
    (a, b) =>
      a.match - b.match ||
      compareTier(a.entry.city, b.entry.city) ||
      a.entry.sortKey.localeCompare(b.entry.sortKey) ||
      a.entry.city.divisionCode.localeCompare(b.entry.city.divisionCode),
  );
  return scored.slice(0, limit).map((x) => x.entry.city);
}
