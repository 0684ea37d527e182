import { describe, expect, it } from 'vitest';
import { CITIES as POLICY_CITIES } from './testing/policy-city-table.ts';
import { cityById } from './directory.ts';
import { ambiguousSpellings, resolveCity, resolveCityId, tierOf } from './resolve.ts';

const resolvesTo = (id: string, spellings: readonly string[]) => {
  for (const s of spellings) expect(resolveCityId(s), JSON.stringify(s)).toBe(id);
};

describe('resolveCity', () => {
  it('takes every way of writing a city to the same city', () => {
    resolvesTo('beijing', [
      '北京',
      '北京市',
      'Beijing',
      'beijing',
      'BEIJING',
      'BJS',
      'bjs',
      'PEK',
      'PKX',
      '110000',
      '110100',
      '1101',
      '110105',
      '北京南',
      '北京南站',
      'VNP',
      '北京朝阳',
      'bei jing',
    ]);
    resolvesTo('shanghai', ['上海', '上海市', 'Shanghai', 'SHA', 'PVG', '310000', '310100', '上海虹桥', 'AOH']);
    resolvesTo('chengdu', ['成都', '成都市', 'Chengdu', 'CTU', 'TFU', '510100', '成都东', 'ICW']);
    resolvesTo('xian', ['西安', '西安市', "Xi'an", 'Xi’an', 'xian', 'XIAN', 'XIY', 'SIA', '610100', '西安北']);
    resolvesTo('chongqing', ['重庆', 'Chongqing', 'CKG', '500000', '500100', '500200', '500229', 'WXN']);
    resolvesTo('harbin', ['哈尔滨', 'Harbin', 'haerbin', 'HRB', '230100']);
    resolvesTo('huhehaote', ['呼和浩特', 'Hohhot', 'huhehaote', 'HET']);
    resolvesTo('kashi', ['喀什', '喀什地区', 'Kashgar', 'kashi', 'KHG']);
    resolvesTo('enshi', ['恩施', '恩施州', '恩施土家族苗族自治州', 'Enshi', 'ENH']);
    resolvesTo('lvliang', ['吕梁', 'Lüliang', 'lvliang', 'luliang', 'Lvliang']);
    resolvesTo('jinhua', ['金华', 'YIW', '330782']);
  });

  it('normalises surrounding space and full-width characters', () => {
    resolvesTo('beijing', [' 北京 ', '\t北京市\n', '　北京　', 'ＢＪＳ', 'ＰＥＫ', '１１００００', 'Ｂｅｉｊｉｎｇ', ' beijing ']);
  });

  it('resolves ambiguous spellings to the more prominent city, and ids exactly', () => {
    resolvesTo('taizhou_zj', ['taizhou', 'Taizhou', 'taizhou_zj', 'Taizhou (Zhejiang)', '台州']);
    resolvesTo('taizhou_js', ['taizhou_js', 'Taizhou (Jiangsu)', '泰州']);
    resolvesTo('suzhou', ['suzhou', 'Suzhou', '苏州']);
    resolvesTo('suzhou_ah', ['suzhou_ah', 'Suzhou (Anhui)', '宿州']);
    resolvesTo('fuzhou', ['fuzhou', '福州']);
    resolvesTo('fuzhou_jx', ['fuzhou_jx', '抚州']);
    resolvesTo('yichun_jx', ['yichun', '宜春']);
    resolvesTo('yichun_hl', ['yichun_hl', '伊春']);
    resolvesTo('yulin_gx', ['yulin', '玉林']);
    resolvesTo('yulin_sn', ['yulin_sn', '榆林']);
  });

  it('knows exactly which spellings are ambiguous (documented in README.md)', () => {
    const names = [...ambiguousSpellings()].filter(([k]) => !/^[A-Z]{3}$/.test(k));
    expect(Object.fromEntries(names)).toEqual({
      taizhou: ['taizhou_zj', 'taizhou_js'],
      suzhou: ['suzhou', 'suzhou_ah'],
      fuzhou: ['fuzhou', 'fuzhou_jx'],
      yichun: ['yichun_jx', 'yichun_hl'],
      yulin: ['yulin_gx', 'yulin_sn'],
    });
    // Three letters that are one city's airport and another's station: IATA first, unless rail is asked for.
    const codes = [...ambiguousSpellings()].filter(([k]) => /^[A-Z]{3}$/.test(k));
    expect(codes.length).toBeLessThan(20);
    for (const [code, [air, rail]] of codes) {
      expect(resolveCityId(code)).toBe(air);
      expect(resolveCityId(code, { codes: 'rail' })).toBe(rail);
    }
    expect(resolveCityId('HZH', { codes: 'rail' })).toBe('hangzhou');
  });

  it('resolves every city id of the policy engine to itself with the same tier', () => {
    for (const p of POLICY_CITIES) {
      expect(resolveCityId(p.code)).toBe(p.code);
      expect(tierOf(p.code)).toBe(p.tier);
      expect(resolveCityId(p.zh)).toBe(p.code);
      expect(resolveCityId(p.en)).toBe(p.code);
      if (p.iata) expect(resolveCityId(p.iata)).toBe(p.code);
    }
  });

  it('answers null for what names no city, and other for its tier', () => {
    for (const s of [
      '',
      '   ',
      'NRT',
      'Tokyo',
      '东京',
      '12',
      '999999',
      '1234567',
      '北京北京',
      'constructor',
      '__proto__',
      'x'.repeat(500),
    ]) {
      expect(resolveCity(s), JSON.stringify(s)).toBeNull();
    }
    expect(tierOf('lasa')).toBe('other');
    expect(tierOf('Lhasa')).toBe('other');
    expect(tierOf('nowhere')).toBe('other');
    expect(tierOf('上海')).toBe('tier1');
    expect(tierOf('CAN')).toBe('tier1');
  });

  it('returns the directory’s own city objects', () => {
    expect(resolveCity('北京')).toBe(cityById('beijing'));
  });
});
