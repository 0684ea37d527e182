import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

/** Org tests: one app over a fresh demo database, signed-in callers, and small request helpers. */
export interface OrgKit {
  t: TestApp;
  tenants: { huachen: string; yunfan: string };
  /** Huachen travel admin (org.write, org.import, org.sync, pii.read). */
  admin: Caller;
  /** Huachen traveller (org.read only). */
  traveller: Caller;
  /** Yunfan travel admin. */
  yunfanAdmin: Caller;
  /** Operator agent serving both tenants (org.read, pii.read). */
  agent: Caller;
  /** Rows in a table as the database owner sees them (all tenants), optionally filtered by tenant. */
  count(table: string, tenantId?: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

export interface Caller {
  headers: Record<string, string>;
  get(url: string, query?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, extra?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

function caller(t: TestApp, headers: Record<string, string>): Caller {
  const send = (o: InjectOptions) => t.app.inject({ ...o, headers: { ...headers, ...(o.headers as Record<string, string> | undefined) } });
  return {
    headers,
    get: (url, query) => send({ method: 'GET', url, ...(query ? { query } : {}) }),
    post: (url, payload, extra) =>
      send({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }), ...extra }),
    patch: (url, payload) => send({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    del: (url) => send({ method: 'DELETE', url }),
  };
}

export async function orgKit(): Promise<OrgKit> {
  const t = await testApp();
  const tenants = t.db.demo.tenants;
  const as = async (email: string) => caller(t, (await signInAs(t.app, email)).headers);
  return {
    t,
    tenants,
    admin: await as('admin@huachen.example.com'),
    traveller: await as('traveller@huachen.example.com'),
    yunfanAdmin: await as('admin@yunfan.example.com'),
    agent: await as('agent@tripdesk.example.com'),
    async count(table, tenantId, where) {
      const conditions = [tenantId ? 'tenant_id = $1' : null, where ?? null].filter((c) => c !== null);
      const [row] = await t.db.database.query<{ n: number }>(
        `select count(*)::int as n from ${table}${conditions.length ? ` where ${conditions.join(' and ')}` : ''}`,
        tenantId ? [tenantId] : [],
      );
      return row?.n ?? 0;
    },
    close: () => t.close(),
  };
}

/** The JSON body of a response with the expected status (the body is shown when it differs). */
export function ok<T = Record<string, unknown>>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
  return res.json<T>();
}

export interface ErrorJson {
  code: string;
  message: string;
  details?: { errors?: { path?: string; message: string; row?: number; column?: string | null; code?: string }[] } & Record<
    string,
    unknown
  >;
}

/** The error body of a refused request, after checking its status. */
export function refused(res: LightMyRequestResponse, status: number, code: string): ErrorJson {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
  const body = res.json<ErrorJson>();
  expect(body.code, res.body.slice(0, 500)).toBe(code);
  return body;
}

/**
 * The paths of the fields an error names, each once: the request validator may name a field twice
 * (both branches of a nullable) and adds summaries ("must match a schema in anyOf", "must match
 * "then" schema") at the enclosing object, which name no field of their own.
 */
export const pathsOf = (err: ErrorJson): string[] => [
  ...new Set(
    (err.details?.errors ?? [])
      .filter((e) => !/^must match (a schema in anyOf|"then" schema)$/.test(e.message ?? ''))
      .map((e) => e.path ?? ''),
  ),
];

/** Audit entries of a tenant with this action, newest first. */
export async function auditEntries(kit: OrgKit, tenantId: string, action: string) {
  return kit.t.db.database.query<{ action: string; entity_id: string | null; summary: string; data: Record<string, unknown> }>(
    'select action, entity_id, summary, data from audit_log where tenant_id = $1 and action = $2 order by seq desc',
    [tenantId, action],
  );
}
