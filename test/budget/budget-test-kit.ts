import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Tx } from '../../src/platform/db/database.ts';
import { inTenantScope } from '../../src/platform/db/scope.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

/** Budget tests: one app over a fresh demo database, signed-in callers, look-ups and helpers. */

export interface Caller {
  get(url: string, query?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export interface BudgetKit {
  t: TestApp;
  huachen: string;
  yunfan: string;
  /** Huachen travel admin (budget.read, budget.manage). */
  admin: Caller;
  /** Huachen finance (budget.read, budget.manage). */
  finance: Caller;
  /** Huachen traveller (travel.request only). */
  traveller: Caller;
  /** Yunfan travel admin. */
  yunfanAdmin: Caller;
  /** Operator account manager serving Huachen (budget.read, not budget.manage), with X-Tenant-Id. */
  am: Caller;
  /** Id of a row by code (departments, projects) or of the employee behind a log-in. */
  departmentId(code: string): Promise<string>;
  projectId(code: string): Promise<string>;
  employeeOf(email: string): Promise<{ id: string; departmentId: string; name: string }>;
  /** Runs fn in Huachen's (or the given tenant's) scope. */
  inTenant<T>(fn: (tx: Tx) => Promise<T>, tenantId?: string): Promise<T>;
  close(): Promise<void>;
}

function caller(t: TestApp, headers: Record<string, string>): Caller {
  const send = (o: InjectOptions) => t.app.inject({ ...o, headers });
  return {
    get: (url, query) => send({ method: 'GET', url, ...(query ? { query } : {}) }),
    post: (url, payload) =>
      send({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) }),
    patch: (url, payload) => send({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    del: (url) => send({ method: 'DELETE', url }),
  };
}

export async function budgetKit(): Promise<BudgetKit> {
  const t = await testApp();
  const { huachen, yunfan } = t.db.demo.tenants;
  const as = async (email: string, extra: Record<string, string> = {}) =>
    caller(t, { ...(await signInAs(t.app, email)).headers, ...extra });
  const one = async <R extends Record<string, unknown>>(text: string, params: unknown[]): Promise<R> => {
    const [row] = await t.db.database.query<R>(text, params);
    if (!row) throw new Error(`nothing for ${text} ${JSON.stringify(params)}`);
    return row;
  };
  return {
    t,
    huachen,
    yunfan,
    admin: await as('admin@huachen.example.com'),
    finance: await as('finance@huachen.example.com'),
    traveller: await as('traveller@huachen.example.com'),
    yunfanAdmin: await as('admin@yunfan.example.com'),
    am: await as('am@tripdesk.example.com', { 'x-tenant-id': huachen }),
    departmentId: async (code) => (await one<{ id: string }>('select id from departments where code = $1', [code])).id,
    projectId: async (code) => (await one<{ id: string }>('select id from projects where code = $1', [code])).id,
    employeeOf: async (email) => {
      const row = await one<{ id: string; department_id: string; name: string }>(
        'select e.id, e.department_id, e.name from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = $1',
        [email],
      );
      return { id: row.id, departmentId: row.department_id, name: row.name };
    },
    inTenant: (fn, tenantId = huachen) => inTenantScope(t.db.database.db, [tenantId], fn),
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
  details?: { errors?: { path: string; message: string }[] } & Record<string, unknown>;
}

/** The error body of a refused request, after checking its status and code. */
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
export const pathsOf = (err: ErrorJson): string[] =>
  [
    ...new Set(
      (err.details?.errors ?? []).filter((e) => !/^must match (a schema in anyOf|"then" schema)$/.test(e.message ?? '')).map((e) => e.path),
    ),
  ].sort();

/** A year far from the demo's budgets, so that tests' own budgets are the only ones there. */
export const TEST_YEAR = 2031;
