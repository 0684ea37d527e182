import os from 'node:os';
import path from 'node:path';
import { buildTripdeskApp } from '../../src/app.ts';
import { webhookRoutes } from '../../src/modules/webhooks/index.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import type { TestApp } from '../support/app.ts';
import { testDatabase } from '../support/db.ts';

/**
 * The whole application with the webhook routes, allowed to call 127.0.0.1 (the local receiver).
 * Until the composition root registers webhookRoutes, the test adds them itself.
 */
export async function webhookTestApp(): Promise<TestApp> {
  const db = await testDatabase();
  const config = loadConfig({
    TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'),
    LOG_LEVEL: 'silent',
    TRIPDESK_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  });
  const deps = { config, database: db.database, cipher: db.cipher };
  const app = await buildTripdeskApp(deps, { logger: false });
  if (!app.routeTable.some((r) => r.url === '/api/v1/webhooks/endpoints')) webhookRoutes(app, deps);
  await app.ready();
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
