import os from 'node:os';
import path from 'node:path';
import type { Static, TSchema } from '@sinclair/typebox';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { loadConfig } from '../../src/platform/config/config.ts';
import type { ApprovalDeps } from '../../src/modules/approval/approval-work.ts';
import { approvalDeps } from '../../src/approval-subjects.ts';
import type { JobRef, Scheduler } from '../../src/platform/jobs/scheduler.ts';
import type { Tx } from '../../src/platform/db/database.ts';
import { inTenantScope } from '../../src/platform/db/scope.ts';
import { buildTripdeskApp } from '../../src/app.ts';
import type { App } from '../../src/platform/http/types.ts';
import type { JobRunner } from '../../src/platform/jobs/job-runner.ts';
import { signInAs } from '../support/app.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

/** Approval and travel request tests: the app over a fresh demo database, with a job runner that records what it is sent. */

export interface Sent {
  name: string;
  payload: unknown;
  startAfter: Date | undefined;
  key: string | undefined;
}

/** A JobRunner that only records (the tests fire timers themselves, with a chosen `now`). */
export function recordingRunner(): { runner: JobRunner; sent: Sent[] } {
  const sent: Sent[] = [];
  const runner: JobRunner = {
    async send(job, payload, opts = {}) {
      sent.push({ name: job.name, payload, startAfter: opts.startAfter, key: opts.key });
      return opts.key ?? null;
    },
    async cancel() {},
    async stop() {},
  };
  return { runner, sent };
}

/** A Scheduler that records, for calling use cases and job handlers directly. */
export function recordingScheduler(): Scheduler & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    async schedule<S extends TSchema>(job: JobRef<S>, payload: Static<S>, at: Date, key: string) {
      sent.push({ name: job.name, payload, startAfter: at, key });
    },
  };
}

export interface Caller {
  /** Cookie and CSRF headers of the session. */
  headers: Record<string, string>;
  get(url: string, query?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export interface Kit {
  db: TestDb;
  app: App;
  /** What the app's job runner was sent. */
  sent: Sent[];
  huachen: string;
  yunfan: string;
  /** Use-case dependencies over the same database, with a recording scheduler. */
  deps: ApprovalDeps & { scheduler: ReturnType<typeof recordingScheduler> };
  as(email: string): Promise<Caller>;
  /** Signed-in callers for several log-ins, in order. */
  asEach<const T extends readonly string[]>(...emails: T): Promise<{ [K in keyof T]: Caller }>;
  employeeOf(email: string): Promise<{ id: string; departmentId: string; name: string }>;
  inTenant<T>(fn: (tx: Tx) => Promise<T>, tenantId?: string): Promise<T>;
  /** Closes the app (not the database) and builds a new one over the same database: a restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function build(db: TestDb, runner: JobRunner): Promise<App> {
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent' });
  const app = await buildTripdeskApp({ config, database: db.database, cipher: db.cipher, jobs: runner }, { logger: false });
  await app.ready();
  return app;
}

export async function approvalKit(): Promise<Kit> {
  const db = await testDatabase();
  const { runner, sent } = recordingRunner();
  let app = await build(db, runner);
  const scheduler = recordingScheduler();
  const kit: Kit = {
    db,
    app,
    sent,
    huachen: db.demo.tenants.huachen,
    yunfan: db.demo.tenants.yunfan,
    deps: { ...approvalDeps(db.database.db, scheduler), scheduler },
    async as(email) {
      const headers = (await signInAs(kit.app, email)).headers;
      const send = (o: InjectOptions) => kit.app.inject({ ...o, headers });
      return {
        headers,
        get: (url, query) => send({ method: 'GET', url, ...(query ? { query } : {}) }),
        post: (url, payload) => send({ method: 'POST', url, payload: (payload ?? {}) as InjectOptions['payload'] }),
        patch: (url, payload) => send({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
        put: (url, payload) => send({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
        del: (url) => send({ method: 'DELETE', url }),
      };
    },
    async asEach(...emails) {
      const callers: Caller[] = [];
      for (const email of emails) callers.push(await kit.as(email));
      return callers as { [K in keyof typeof emails]: Caller };
    },
    async employeeOf(email) {
      const [row] = await db.database.query<{ id: string; department_id: string; name: string }>(
        'select e.id, e.department_id, e.name from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = $1',
        [email],
      );
      if (!row) throw new Error(`no employee behind ${email}`);
      return { id: row.id, departmentId: row.department_id, name: row.name };
    },
    inTenant: (fn, tenantId = db.demo.tenants.huachen) => inTenantScope(db.database.db, [tenantId], fn),
    async restart() {
      await app.close();
      app = await build(db, runner);
      kit.app = app;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
  return kit;
}

/** The JSON body of a response with the expected status (the body is shown when it differs). */
export function ok<T = Record<string, unknown>>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body.slice(0, 800)).toBe(status);
  return res.json<T>();
}

export interface ErrorJson {
  code: string;
  message: string;
  details?: { errors?: { path: string; message: string }[] } & Record<string, unknown>;
}

export function refused(res: LightMyRequestResponse, status: number, code: string): ErrorJson {
  expect(res.statusCode, res.body.slice(0, 800)).toBe(status);
  const body = res.json<ErrorJson>();
  expect(body.code, res.body.slice(0, 800)).toBe(code);
  return body;
}

/**
 * The paths of the fields an error names, each once: the request validator may name a field twice
 * (both branches of a nullable) and adds summaries ("must match a schema in anyOf", "must match
 * "then" schema") at the enclosing object, which name no field of their own.
 */
export const pathsOf = (err: ErrorJson): string[] =>
  [
    ...new Set(
      (err.details?.errors ?? []).filter((e) => !/^must match (a schema in anyOf|"then" schema)$/.test(e.message ?? '')).map((e) => e.path),
    ),
  ].sort();
