import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { whatIfRoutes } from '../../src/modules/whatif/index.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import type { App } from '../../src/platform/http/types.ts';
import { buildTripdeskApp } from '../../src/app.ts';
import { signInAs, type TestApp } from '../support/app.ts';
import { testDatabase } from '../support/db.ts';

/** What-if tests: an app over a fresh demo database with the what-if routes, and signed-in callers. */

export const WHAT_IF_URL = '/api/v1/policies/:id/versions/:versionId/what-if';

export interface Caller {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, extra?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  put(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export interface WhatIfKit {
  t: TestApp;
  huachen: string;
  yunfan: string;
  admin: Caller;
  traveller: Caller;
  yunfanAdmin: Caller;
  one<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R>;
  close(): Promise<void>;
}

function caller(app: App, headers: Record<string, string>): Caller {
  const send = (o: InjectOptions) => app.inject({ ...o, headers: { ...headers, ...(o.headers as Record<string, string> | undefined) } });
  return {
    get: (url) => send({ method: 'GET', url }),
    post: (url, payload, extra) =>
      send({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }), ...extra }),
    put: (url, payload) => send({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    del: (url) => send({ method: 'DELETE', url }),
  };
}

/**
 * The app with the what-if routes: registered here until the composition root wires them (then
 * the root's registration is used and this adds nothing). As testApp, over a fresh demo database.
 */
async function whatIfApp(): Promise<TestApp> {
  const db = await testDatabase();
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent' });
  const deps = { config, database: db.database, cipher: db.cipher };
  const app = await buildTripdeskApp(deps, { logger: false });
  if (!app.routeTable.some((r) => r.url === WHAT_IF_URL)) whatIfRoutes(app, deps);
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

export async function whatIfKit(): Promise<WhatIfKit> {
  const t = await whatIfApp();
  const { huachen, yunfan } = t.db.demo.tenants;
  const as = async (email: string) => caller(t.app, (await signInAs(t.app, email)).headers);
  return {
    t,
    huachen,
    yunfan,
    admin: await as('admin@huachen.example.com'),
    traveller: await as('traveller@huachen.example.com'),
    yunfanAdmin: await as('admin@yunfan.example.com'),
    one: async <R extends Record<string, unknown>>(text: string, params: unknown[] = []) => {
      const [row] = await t.db.database.query<R>(text, params);
      if (!row) throw new Error(`nothing for ${text} ${JSON.stringify(params)}`);
      return row;
    },
    close: () => t.close(),
  };
}

/** The JSON body of a response with the expected status (the body is shown when it differs). */
export function ok<T = Record<string, unknown>>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body.slice(0, 1500)).toBe(status);
  return res.json<T>();
}

export function refused(res: LightMyRequestResponse, status: number, code: string): { code: string; details?: Record<string, unknown> } {
  expect(res.statusCode, res.body.slice(0, 800)).toBe(status);
  const body = res.json<{ code: string; details?: Record<string, unknown> }>();
  expect(body.code).toBe(code);
  return body;
}

export const uploadCsv = (c: Caller, csv: string, query = '') =>
  c.post(`/api/v1/what-if/imports${query}`, csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
