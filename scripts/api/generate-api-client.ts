import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_API_TYPES, generateApiTypes } from './api-types.ts';
import { documentApp, servedOpenApiDocument } from './openapi-document.ts';

/**
 * `npm run api:generate`: builds the app in-process (no database), reads the OpenAPI document it
 * serves at GET /openapi.json and writes the console's API types from it. A test
 * (test/architecture/api-client.test.ts) fails when the committed file differs.
 */
const root = path.resolve(import.meta.dirname, '../..');
const app = await documentApp();
try {
  const source = await generateApiTypes(await servedOpenApiDocument(app));
  const target = path.join(root, GENERATED_API_TYPES);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  fs.writeFileSync(target, source);
  console.log(`${GENERATED_API_TYPES}: ${before === source ? 'unchanged' : 'written'} (${Buffer.byteLength(source)} bytes)`);
} finally {
  await app.close();
}
