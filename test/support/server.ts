import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/platform/config/config.ts';
import { demoLogins } from '../../src/demo/demo-logins.ts';
import { buildTripdeskApp } from '../../src/app.ts';
import { testDatabase } from './db.ts';

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
  demoLogins: { role: string; tenant: string | null; email: string; password: string }[];
}

export interface TestServerOptions {
  /** More environment for the server's configuration (e.g. TRIPDESK_SIMULATOR_LATENCY_MS). */
  env?: Record<string, string>;
  /**
   * Starts booking's services as `npm start` does (the simulator's events, the event applier, the
   * resumption of bookings after approval): journeys that book need them.
   */
  supply?: boolean;
}

/** A real listening server (for the browser) on a random local port, over a fresh demo database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = await testDatabase();
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent', ...options.env });
  const app = await buildTripdeskApp({ config, database: db.database, cipher: db.cipher }, { logger: false });
  if (options.supply) await app.supply.start();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    demoLogins: demoLogins(),
    async close() {
      const closing = once(app.server, 'close');
      await app.close();
      await closing;
      await db.close();
    },
  };
}
