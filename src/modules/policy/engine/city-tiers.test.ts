import { describe, expect, it } from 'vitest';
import { CITIES, cityByIata, cityName, cityTier } from './city-tiers.ts';

describe('city tiers', () => {
  it('has the four 一线 cities and the 2024 counts of 新一线 and 二线', () => {
    expect(CITIES.filter((c) => c.tier === 'tier1').map((c) => c.zh)).toEqual(['北京', '上海', '广州', '深圳']);
    expect(CITIES.filter((c) => c.tier === 'new_tier1')).toHaveLength(15);
    expect(CITIES.filter((c) => c.tier === 'tier2')).toHaveLength(30);
    expect(cityTier('wuxi')).toBe('new_tier1');
    expect(cityTier('foshan')).toBe('tier2');
  });

  it('has unique codes, names and IATA codes, codes in lower-case pinyin', () => {
    for (const key of ['code', 'zh', 'en'] as const) expect(new Set(CITIES.map((c) => c[key])).size).toBe(CITIES.length);
    const iata = CITIES.flatMap((c) => (c.iata === null ? [] : [c.iata]));
    expect(new Set(iata).size).toBe(iata.length);
    expect(CITIES.every((c) => /^[a-z]+(_[a-z]+)?$/.test(c.code))).toBe(true);
  });

  it('puts cities it does not know in other and names them by their code', () => {
    expect(cityTier('lasa')).toBe('other');
    expect(cityTier('')).toBe('other');
    expect(cityTier('constructor')).toBe('other');
    expect(cityName('lasa')).toEqual({ zh: 'lasa', en: 'lasa' });
    expect(cityName('xian')).toEqual({ zh: '西安', en: "Xi'an" });
  });

  it('maps IATA city codes to the table', () => {
    expect(cityByIata('CAN')?.code).toBe('guangzhou');
    expect(cityByIata('sha')?.code).toBe('shanghai');
    expect(cityByIata('NRT')).toBeUndefined();
  });
});
