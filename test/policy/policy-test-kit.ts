import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { PolicyDetail, PolicySummary } from '../../src/modules/policy/policy-types.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

/** Policy tests: one app over a fresh demo database, signed-in callers, look-ups and helpers. */

export interface Caller {
  get(url: string, query?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export interface PolicyKit {
  t: TestApp;
  huachen: string;
  yunfan: string;
  /** Huachen travel admin (policy.manage). */
  admin: Caller;
  /** Huachen traveller (policy.read only). */
  traveller: Caller;
  /** Yunfan travel admin. */
  yunfanAdmin: Caller;
  /** Operator account manager serving Huachen (policy.manage), with X-Tenant-Id. */
  am: Caller;
  departmentId(code: string): Promise<string>;
  /** The employee behind a log-in. */
  employeeOf(email: string): Promise<{ id: string; departmentId: string; rank: string }>;
  /** An employee of the department (by code) with the rank, or any rank. */
  employeeIn(departmentCode: string, rank?: string): Promise<{ id: string; rank: string }>;
  /** Huachen's policy by name. */
  policyNamed(name: string, caller?: Caller): Promise<PolicySummary>;
  close(): Promise<void>;
}

function caller(t: TestApp, headers: Record<string, string>): Caller {
  const send = (o: InjectOptions) => t.app.inject({ ...o, headers });
  const body = (payload: unknown) => ({ payload: payload as InjectOptions['payload'] });
  return {
    get: (url, query) => send({ method: 'GET', url, ...(query ? { query } : {}) }),
    post: (url, payload) => send({ method: 'POST', url, ...(payload === undefined ? {} : body(payload)) }),
    put: (url, payload) => send({ method: 'PUT', url, ...body(payload) }),
    patch: (url, payload) => send({ method: 'PATCH', url, ...body(payload) }),
    del: (url) => send({ method: 'DELETE', url }),
  };
}

export async function policyKit(): Promise<PolicyKit> {
  const t = await testApp();
  const { huachen, yunfan } = t.db.demo.tenants;
  const as = async (email: string, extra: Record<string, string> = {}) =>
    caller(t, { ...(await signInAs(t.app, email)).headers, ...extra });
  const one = async <R extends Record<string, unknown>>(text: string, params: unknown[]): Promise<R> => {
    const [row] = await t.db.database.query<R>(text, params);
    if (!row) throw new Error(`nothing for ${text} ${JSON.stringify(params)}`);
    return row;
  };
  const admin = await as('admin@huachen.example.com');
  return {
    t,
    huachen,
    yunfan,
    admin,
    traveller: await as('traveller@huachen.example.com'),
    yunfanAdmin: await as('admin@yunfan.example.com'),
    am: await as('am@tripdesk.example.com', { 'x-tenant-id': huachen }),
    departmentId: async (code) => (await one<{ id: string }>('select id from departments where code = $1', [code])).id,
    employeeOf: async (email) => {
      const row = await one<{ id: string; department_id: string; rank: string }>(
        'select e.id, e.department_id, e.rank from accounts a join employees e on e.tenant_id = a.tenant_id and e.id = a.employee_id where a.email = $1',
        [email],
      );
      return { id: row.id, departmentId: row.department_id, rank: row.rank };
    },
    employeeIn: async (departmentCode, rank) =>
      one<{ id: string; rank: string }>(
        `select e.id, e.rank from employees e join departments d on d.tenant_id = e.tenant_id and d.id = e.department_id
          where d.code = $1 and ($2::text is null or e.rank = $2) order by e.employee_no limit 1`,
        [departmentCode, rank ?? null],
      ),
    policyNamed: async (name, by = admin) => {
      const found = ok<{ items: PolicySummary[] }>(await by.get('/api/v1/policies')).items.find((p) => p.name === name);
      if (!found) throw new Error(`no policy ${name}`);
      return found;
    },
    close: () => t.close(),
  };
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

/** The error body of a refused request, after checking its status and code. */
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

/** Creates a Huachen policy (by the travel admin) and returns its detail. */
export async function newPolicy(k: PolicyKit, name: string, rules: unknown[] = []): Promise<PolicyDetail> {
  const created = ok<PolicySummary>(await k.admin.post('/api/v1/policies', { name }), 201);
  if (rules.length > 0) ok(await k.admin.put(`/api/v1/policies/${created.id}/draft`, { rules }));
  return ok<PolicyDetail>(await k.admin.get(`/api/v1/policies/${created.id}`));
}

/** Timeline event types of an entity, oldest first. */
export async function timelineTypes(k: PolicyKit, entityId: string): Promise<string[]> {
  const rows = await k.t.db.database.query<{ type: string }>('select type from timeline_events where entity_id = $1 order by seq', [
    entityId,
  ]);
  return rows.map((r) => r.type);
}

export async function auditActions(k: PolicyKit, entityId: string): Promise<string[]> {
  const rows = await k.t.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [
    entityId,
  ]);
  return rows.map((r) => r.action);
}
