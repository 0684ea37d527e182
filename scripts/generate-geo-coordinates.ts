import fs from 'node:fs';
import path from 'node:path';
import { generateCoordinatesText } from '../src/modules/geo/build/generate-coordinates.ts';

/**
 * Writes src/modules/geo/generated/coordinates.generated.json from airport-data-js (a development
 * dependency) and the airport table. Run it (`npx node scripts/generate-geo-coordinates.ts`) after upgrading the package
 * or changing tables/airports.ts; a unit test fails while the committed file is stale.
 */
const target = path.resolve(import.meta.dirname, '../src/modules/geo/generated/coordinates.generated.json');
const { text, cities } = await generateCoordinatesText();
fs.writeFileSync(target, text);
console.log(`${path.relative(process.cwd(), target)}: ${cities} cities`);
