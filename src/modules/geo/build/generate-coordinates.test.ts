import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityById } from '../directory.ts';
import { cityLocation, distanceKm } from '../location.ts';
import { generateCoordinatesText } from './generate-coordinates.ts';

const generated = path.resolve(import.meta.dirname, '../generated/coordinates.generated.json');

describe('the generated coordinates', () => {
  it('are what the script writes from the installed airport-data-js (run scripts/generate-geo-coordinates.ts)', async () => {
    expect(fs.readFileSync(generated, 'utf8')).toBe((await generateCoordinatesText()).text);
  });

  it('name only cities of the directory', () => {
    const data = JSON.parse(fs.readFileSync(generated, 'utf8')) as { cities: Record<string, unknown> };
    expect(Object.keys(data.cities).filter((id) => !cityById(id))).toEqual([]);
  });

  it('give distances close to the real ones', () => {
    const km = (a: string, b: string) => {
      const pa = cityLocation(a);
      const pb = cityLocation(b);
      if (!pa || !pb) throw new Error(`no position for ${a} or ${b}`);
      return distanceKm(pa, pb);
    };
    // Centre to centre: 北京–上海 ~1,070 km, 北京–广州 ~1,890 km, 上海–成都 ~1,660 km.
    expect(km('beijing', 'shanghai')).toBeGreaterThan(1000);
    expect(km('beijing', 'shanghai')).toBeLessThan(1150);
    expect(km('beijing', 'guangzhou')).toBeGreaterThan(1800);
    expect(km('beijing', 'guangzhou')).toBeLessThan(1950);
    expect(km('shanghai', 'chengdu')).toBeGreaterThan(1600);
    expect(km('shanghai', 'chengdu')).toBeLessThan(1750);
    expect(km('beijing', 'beijing')).toBe(0);
    expect(cityLocation('suzhou')).not.toBeNull();
    expect(cityLocation('no-such-city')).toBeNull();
  });
});
