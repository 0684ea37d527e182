import os from 'node:os';
import path from 'node:path';
import { buildTripdeskApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import { createPiiCipher } from '../../src/platform/crypto/pii.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { App } from '../../src/platform/http/types.ts';

function noDatabase(): never {
  throw new Error('The OpenAPI document is produced without a database; nothing may query one while the app is built.');
}

/** Stands in for Drizzle: route modules may keep a reference while registering, never use it. */
const absentDb = new Proxy({} as Database['db'], { get: () => noDatabase() });

/**
 * A Database that refuses every use: building the app registers routes and their schemas and
 * needs no data, so the document can be produced anywhere, with no folder, lock or server.
 */
const absentDatabase: Database = {
  db: absentDb,
  kind: 'pglite',
  query: async () => noDatabase(),
  migrate: async () => noDatabase(),
  exclusive: async () => noDatabase(),
  listen: async () => noDatabase(),
  close: async () => {},
};

/** The whole Tripdesk app, in-process, over no database: enough to serve GET /openapi.json. */
export async function documentApp(): Promise<App> {
  // Nothing is written to the data folder and nothing is encrypted: both are only there to be passed.
  // No principal cache either: it would listen for changes on the database.
  const config = loadConfig({
    TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-openapi'),
    LOG_LEVEL: 'silent',
    TRIPDESK_AUTH_CACHE_TTL_SECONDS: '0',
  });
  const unusedKey = Buffer.alloc(32);
  const app = await buildTripdeskApp({ config, database: absentDatabase, cipher: createPiiCipher(unusedKey) }, { logger: false });
  await app.ready();
  return app;
}

/** The OpenAPI document as the app serves it at GET /openapi.json. */
export async function servedOpenApiDocument(app: App): Promise<unknown> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}: ${res.body}`);
  return res.json();
}
