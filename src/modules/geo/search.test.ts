import { describe, expect, it } from 'vitest';
import { searchCities } from './search.ts';

const ids = (query: string, options?: Parameters<typeof searchCities>[1]) => searchCities(query, options).map((c) => c.id);
const zh = (query: string, limit = 5) => searchCities(query, { limit }).map((c) => c.zh);

describe('searchCities', () => {
  it('finds 北京 first by initials, pinyin, hanzi and English', () => {
    for (const q of ['bj', 'beij', 'beijing', '北', '北京', 'Bei', 'BEI', 'bei jing', 'Beijing', 'ＢＪ'])
      expect(ids(q)[0], q).toBe('beijing');
  });

  it('finds the other big cities by their initials', () => {
    expect(ids('sh')[0]).toBe('shanghai');
    expect(ids('cd')[0]).toBe('chengdu');
    expect(ids('gz')[0]).toBe('guangzhou');
    expect(ids('sz')[0]).toBe('shenzhen');
    expect(ids('hhht')).toEqual(['huhehaote']);
  });

  it('ranks exact over prefix over substring matches, then by tier, then by pinyin', () => {
    expect(ids('xian')[0]).toBe('xian');
    expect(zh('京', 10)).toEqual(['北京', '南京']);
    // 'zhou' is the start of 舟山 and 周口 but inside 杭州 … : prefix matches come first.
    const zhou = ids('zhou', { limit: 30 });
    expect(zhou.slice(0, 2)).toEqual(['zhoukou', 'zhoushan']);
    // Among the substring matches the ranked cities lead: 广州 (一线) before 杭州 (新一线) before 常州 (二线).
    expect(zhou.slice(2, 5)).toEqual(['guangzhou', 'hangzhou', 'suzhou']);
    expect(ids('taizhou')).toEqual(['taizhou_zj', 'taizhou_js']);
    expect(ids('suzhou')).toEqual(['suzhou', 'suzhou_ah']);
  });

  it('matches codes exactly', () => {
    expect(ids('PEK')[0]).toBe('beijing');
    expect(ids('VNP')[0]).toBe('beijing');
    expect(ids('110105')).toEqual(['beijing']);
    expect(ids('TFU')[0]).toBe('chengdu');
  });

  it('filters by tier and limits the answer', () => {
    expect(ids('zhou', { tier: 'tier1' })).toEqual(['guangzhou']);
    expect(ids('z', { limit: 3 })).toHaveLength(3);
    expect(ids('a', { limit: 1000 }).length).toBeLessThanOrEqual(400);
    expect(ids('PEK', { tier: 'tier2' })).toEqual([]);
  });

  it('finds nothing for nothing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids("'-")).toEqual([]);
    expect(ids('东京都')).toEqual([]);
  });
});
