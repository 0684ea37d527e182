import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/platform/config/config.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { buildTripdeskApp } from '../../src/app.ts';
import type { App } from '../../src/platform/http/types.ts';
import { testDatabase, type TestDb } from './db.ts';

export interface TestApp {
  app: App;
  db: TestDb;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Configuration added to the test's (environment variables by name). */
  env?: Record<string, string>;
  /** Runs on the built app before it is made ready: a test's own hooks go here. */
  beforeReady?: (app: App) => void;
}

/** The whole HTTP application, in-process (app.inject), over a fresh demo-seeded database. */
export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await testDatabase();
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent', ...options.env });
  const app = await buildTripdeskApp({ config, database: db.database, cipher: db.cipher }, { logger: false });
  options.beforeReady?.(app);
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

export interface SignedIn {
  /** Cookie and CSRF headers to send with app.inject. */
  headers: Record<string, string>;
  csrf: string;
  cookie: string;
}

function cookieValue(setCookie: string | string[] | undefined, name: string): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const c of all) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c);
    if (m?.[1]) return m[1];
  }
  throw new Error(`no ${name} cookie set`);
}

export async function signInAs(app: App, email: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const session = cookieValue(res.headers['set-cookie'], 'td_session');
  const csrf = cookieValue(res.headers['set-cookie'], 'td_csrf');
  const cookie = `td_session=${session}; td_csrf=${csrf}`;
  return { headers: { cookie, 'x-csrf-token': csrf }, csrf, cookie };
}
