import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/platform/config/config.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import type { App } from '../../src/platform/http/types.ts';
import { tripdeskRoutes } from '../../src/routes.ts';
import { authentication } from '../../src/modules/auth/index.ts';
import type { SupplierGateway } from '../../src/modules/suppliers/index.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

/** The whole app with booking over the gateway the test gives (not the simulator). */
export async function bookingTestApp(gateway: () => SupplierGateway): Promise<{ app: App; db: TestDb; close(): Promise<void> }> {
  const db = await testDatabase();
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent' });
  const deps = { config, database: db.database, cipher: db.cipher };
  // A gateway that forwards to the test's current one, so a test can make a supplier fail.
  const forwarding: SupplierGateway = {
    search: (category, query, options) => gateway().search(category, query, options),
    hold: (...a) => gateway().hold(...a),
    release: (...a) => gateway().release(...a),
    book: (...a) => gateway().book(...a),
    change: (...a) => gateway().change(...a),
    cancel: (...a) => gateway().cancel(...a),
    status: (...a) => gateway().status(...a),
  };
  const app = await buildApp(deps, {
    logger: false,
    authentication,
    routes: tripdeskRoutes({ gateway: forwarding }),
  });
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
