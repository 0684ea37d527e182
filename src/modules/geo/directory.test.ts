import { describe, expect, it } from 'vitest';
import { CITIES as POLICY_CITIES } from './testing/policy-city-table.ts';
import { CITIES, cityById, listCities } from './directory.ts';
import { AIRPORTS, IATA_CITIES } from './tables/airports.ts';
import { STATIONS } from './tables/stations.ts';
import { TIER_RANKING } from './tables/city-tiers.ts';

describe('the city directory', () => {
  it('has the mainland’s municipalities, prefecture-level divisions and province-administered cities', () => {
    expect(CITIES.filter((c) => c.level === 'municipality').map((c) => c.zh)).toEqual(['北京', '天津', '上海', '重庆']);
    expect(CITIES.filter((c) => c.level === 'prefecture')).toHaveLength(333);
    expect(CITIES.filter((c) => c.level === 'county').map((c) => c.zh)).toContain('济源');
    expect(new Set(CITIES.map((c) => c.province.code)).size).toBe(31);
  });

  it('gives every city a unique id, Chinese name and English name', () => {
    for (const key of ['id', 'zh', 'en', 'divisionCode'] as const) expect(new Set(CITIES.map((c) => c[key])).size).toBe(CITIES.length);
    for (const c of CITIES) {
      expect(c.id).toMatch(/^[a-z]+(_[a-z]{2})?$/);
      expect(c.divisionCode).toMatch(/^\d{6}$/);
      expect(c.divisionCode.slice(0, 2)).toBe(c.province.code.slice(0, 2));
      expect(c.pinyin).toMatch(/^[a-zü]+( [a-zü]+)*$/);
    }
  });

  it('suffixes cities that share a pinyin with the province, and keeps the ids stored policies use', () => {
    expect(cityById('taizhou_zj')?.zh).toBe('台州');
    expect(cityById('taizhou_js')?.zh).toBe('泰州');
    expect(cityById('suzhou')?.zh).toBe('苏州');
    expect(cityById('suzhou_ah')?.zh).toBe('宿州');
    expect(cityById('fuzhou_jx')?.en).toBe('Fuzhou (Jiangxi)');
    expect(cityById('harbin')?.pinyin).toBe('ha er bin');
    expect(cityById('taizhou')).toBeNull();
  });

  it('has exactly the policy engine’s tier lists, ids, names and tiers, with the ranking’s year', () => {
    const ranked = CITIES.filter((c) => c.tier !== 'other');
    expect(ranked.map((c) => c.id).sort()).toEqual(POLICY_CITIES.map((c) => c.code).sort());
    for (const p of POLICY_CITIES) {
      const c = cityById(p.code);
      expect(c, p.code).not.toBeNull();
      expect([c?.zh, c?.en, c?.tier]).toEqual([p.zh, p.en, p.tier]);
      // 金华 has no airport of its own; 义乌机场 (YIW) is in its territory.
      if (p.code !== 'jinhua') expect(c?.iataCity ?? null, p.code).toBe(p.iata);
    }
    expect(CITIES.every((c) => c.tierYear === TIER_RANKING.year && TIER_RANKING.year === 2024)).toBe(true);
    expect(listCities({ tier: 'tier1' }).map((c) => c.id)).toEqual(['beijing', 'shanghai', 'guangzhou', 'shenzhen']);
    expect(listCities({ tier: 'new_tier1' })).toHaveLength(15);
    expect(listCities({ tier: 'tier2' })).toHaveLength(30);
  });
});

describe('airports', () => {
  it('belong to known cities, once each, with main airports first', () => {
    const codes = AIRPORTS.map(([, iata]) => iata);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [cityId, iata] of AIRPORTS) {
      expect(cityById(cityId), cityId).not.toBeNull();
      expect(iata).toMatch(/^[A-Z]{3}$/);
    }
    for (const [code, { cityId, airports }] of Object.entries(IATA_CITIES)) {
      expect(cityById(cityId)?.iataCity).toBe(code);
      expect(
        cityById(cityId)
          ?.airports.filter((a) => a.main)
          .map((a) => a.iata),
      ).toEqual(airports);
    }
  });

  it('gives every city with an IATA code at least one airport, its main one first', () => {
    const withCode = CITIES.filter((c) => c.iataCity !== null);
    expect(withCode.length).toBeGreaterThan(200);
    for (const c of withCode) {
      expect(c.airports.length, c.id).toBeGreaterThan(0);
      expect(c.airports[0]?.main, c.id).toBe(true);
    }
    for (const c of CITIES.filter((x) => x.iataCity === null)) expect(c.airports, c.id).toEqual([]);
    expect(cityById('beijing')?.airports.map((a) => a.iata)).toEqual(['PEK', 'PKX']);
    expect(cityById('shanghai')?.airports.map((a) => a.iata)).toEqual(['PVG', 'SHA']);
    expect(cityById('chengdu')?.airports.map((a) => a.iata)).toEqual(['CTU', 'TFU']);
    expect(cityById('xian')?.iataCity).toBe('SIA');
    expect(
      cityById('chongqing')
        ?.airports.filter((a) => a.main)
        .map((a) => a.iata),
    ).toEqual(['CKG']);
  });
});

describe('railway stations', () => {
  it('are given for every ranked city, the main station first, with unique telegraph codes', () => {
    for (const c of CITIES.filter((x) => x.tier !== 'other')) expect(c.stations.length, c.id).toBeGreaterThan(0);
    const codes = Object.values(STATIONS).flatMap((list) => list.map(([, code]) => code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    for (const id of Object.keys(STATIONS)) expect(cityById(id), id).not.toBeNull();
    expect(cityById('beijing')?.stations.map((s) => s.name)).toEqual(
      expect.arrayContaining(['北京', '北京南', '北京西', '北京北', '北京朝阳', '北京丰台']),
    );
    expect(cityById('beijing')?.stations[0]).toEqual({ name: '北京', telegraphCode: 'BJP' });
    expect(cityById('shanghai')?.stations.map((s) => s.name)).toEqual(expect.arrayContaining(['上海', '上海虹桥', '上海南', '上海西']));
  });
});
