import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../../src/modules/auth/schema.ts';
import { departments } from '../../src/modules/org/schema.ts';
import { inSystemScope, inTenantScope } from '../../src/platform/db/scope.ts';
import { approvalDeps } from '../../src/approval-subjects.ts';
import { runApprovalWork } from '../../src/modules/approval/index.ts';
import { systemActor } from '../../src/modules/access/index.ts';
import { createOrder } from '../../src/modules/orders/index.ts';
import { recordingScheduler } from '../approval/approval-test-kit.ts';
import { flightInput } from '../orders/order-kit.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { describeRoute, fillPath, hasBody, pathParams, routeCatalogue, type RouteEntry } from '../support/route-catalogue.ts';
import { errorOf, rawRows } from './helpers.ts';

/**
 * Tenants never see each other: row-level security on every tenant table (checked for every such
 * table the schema has, now or later), privileges of the application role, and the HTTP layer.
 */

let t: TestApp;
let huachen: string;
let yunfan: string;
let tenantTables: string[];
let hcAdmin: SignedIn;
let yfAdmin: SignedIn;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

beforeAll(async () => {
  t = await testApp();
  huachen = t.db.demo.tenants.huachen;
  yunfan = t.db.demo.tenants.yunfan;
  const rows = await t.db.database.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and tb.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  tenantTables = rows.map((r) => r.table_name);
  hcAdmin = await signInAs(t.app, 'admin@huachen.example.com');
  yfAdmin = await signInAs(t.app, 'admin@yunfan.example.com');
  // The demo has no orders (they come from booking): one for each tenant, so that the orders'
  // routes are walked with a record of each.
  const deps = approvalDeps(t.db.database.db, recordingScheduler());
  for (const tenantId of [huachen, yunfan]) {
    const [traveller] = await t.db.database.query<{ employee_id: string }>(
      `select employee_id from accounts where tenant_id = $1 and employee_id is not null order by email limit 1`,
      [tenantId],
    );
    if (!traveller) throw new Error(`no employee account in ${tenantId}`);
    await runApprovalWork(deps, { tenantId, actor: systemActor('测试'), now: new Date() }, (w) =>
      createOrder(w, flightInput(traveller.employee_id)),
    );
  }
});
afterAll(async () => {
  await t?.close();
});

const count = async (table: string, scope: readonly string[], where = 'true'): Promise<number> =>
  inTenantScope(t.db.database.db, scope, async (tx) => {
    const [row] = rawRows(await tx.execute(sql.raw(`select count(*)::int as n from ${ident(table)} where ${where}`)));
    return Number(row?.n);
  });

/** The error a statement run in a tenant scope ends with (null when it succeeds). */
async function failureOf(scope: readonly string[], statement: string): Promise<string | null> {
  try {
    await inTenantScope(t.db.database.db, scope, (tx) => tx.execute(sql.raw(statement)));
    return null;
  } catch (err) {
    const messages: string[] = [];
    for (let e: unknown = err; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' / ');
  }
}

describe('row-level security, table by table', () => {
  it('finds the tenant tables', () => {
    expect(tenantTables).toEqual(expect.arrayContaining(['api_keys', 'audit_log', 'departments', 'employees', 'operator_assignments']));
  });

  it('no tenant set: every tenant table looks empty (and the tenants table too)', async () => {
    for (const table of [...tenantTables, 'tenants']) {
      expect(await count(table, []), table).toBe(0);
    }
  });

  it('one tenant set: exactly that tenant’s rows', async () => {
    let seen = 0;
    for (const table of tenantTables) {
      const [all] = await t.db.database.query<{ n: number }>(`select count(*)::int as n from ${ident(table)} where tenant_id = $1`, [
        huachen,
      ]);
      const visible = await count(table, [huachen]);
      expect(visible, table).toBe(all?.n);
      expect(await count(table, [huachen], `tenant_id is distinct from '${huachen}'`), table).toBe(0);
      seen += visible;
    }
    expect(seen).toBeGreaterThan(0);
    expect(await count('tenants', [huachen], `id <> '${huachen}'`)).toBe(0);
    expect(await count('tenants', [huachen])).toBe(1);
  });

  it('every tenant table has row-level security enabled and a policy for the application role', async () => {
    const rows = await t.db.database.query<{ relname: string; relrowsecurity: boolean; policies: number; app_policies: number }>(
      `select c.relname, c.relrowsecurity,
              (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies,
              (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                 and 'tripdesk_app' = any (p.roles)) as app_policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    const byName = new Map(rows.map((r) => [r.relname, r]));
    for (const table of [...tenantTables, 'tenants']) {
      const row = byName.get(table);
      expect(row?.relrowsecurity, `${table}: row-level security`).toBe(true);
      expect(row?.app_policies, `${table}: policy for tripdesk_app`).toBeGreaterThan(0);
    }
  });

  it('every other table is out of the application role’s reach entirely', async () => {
    // A new table without a tenant_id must not quietly be readable by tenant-scoped code.
    const rows = await t.db.database.query<{ relname: string; relrowsecurity: boolean; readable: boolean }>(
      `select c.relname, c.relrowsecurity, has_table_privilege('tripdesk_app', c.oid, 'select') as readable
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    const open = rows.filter((r) => !r.relrowsecurity && r.readable).map((r) => r.relname);
    expect(open).toEqual([]);
    expect(rows.map((r) => r.relname)).toEqual(expect.arrayContaining(['sessions', 'auth_throttle']));
  });

  it('writing another tenant’s row inside a tenant scope is refused (WITH CHECK)', async () => {
    const key = inTenantScope(t.db.database.db, [huachen], (tx) =>
      tx
        .insert(apiKeys)
        .values({ tenantId: yunfan, id: randomUUID(), name: 'smuggled', prefix: 'smuggle1', secretHash: 'x', scopes: ['org:read'] }),
    );
    await expect(key).rejects.toThrow();
    const dept = inTenantScope(t.db.database.db, [huachen], (tx) =>
      tx.insert(departments).values({ tenantId: yunfan, id: randomUUID(), code: 'SMUGGLED', name: 'Smuggled' }),
    );
    await expect(dept).rejects.toThrow();
    const failure = await failureOf(
      [huachen],
      `insert into departments (tenant_id, id, code, name) values ('${yunfan}', '${randomUUID()}', 'SMUGGLED2', 'x')`,
    );
    expect(failure).toMatch(/row-level security/);
    // Moving one's own row to another tenant is refused as well.
    const moved = await failureOf(
      [huachen],
      `update departments set tenant_id = '${yunfan}' where tenant_id = '${huachen}' and parent_id is null`,
    );
    expect(moved).not.toBeNull();
    // Yunfan sees none of it; the same insert for one's own tenant works.
    expect(await count('departments', [yunfan], `code like 'SMUGGLED%'`)).toBe(0);
    expect(
      await failureOf(
        [huachen],
        `insert into departments (tenant_id, id, code, name) values ('${huachen}', '${randomUUID()}', 'OWN-DEPT', 'x')`,
      ),
    ).toBeNull();
  });

  it('cross-tenant updates and deletes touch nothing, and the scope ends with its transaction', async () => {
    // USING hides the other tenant's rows from updates and deletes: they match nothing.
    const updated = await inTenantScope(t.db.database.db, [huachen], async (tx) =>
      rawRows(await tx.execute(sql.raw(`update departments set name = 'hijacked' where tenant_id = '${yunfan}' returning id`))),
    );
    expect(updated).toEqual([]);
    const deleted = await inTenantScope(t.db.database.db, [huachen], async (tx) =>
      rawRows(await tx.execute(sql.raw(`delete from api_keys where tenant_id = '${yunfan}' returning id`))),
    );
    expect(deleted).toEqual([]);
    expect(await count('departments', [yunfan], `name = 'hijacked'`)).toBe(0);
    // After the scope ends, the connection is the privileged user again (settings were local).
    const [after] = await inSystemScope(t.db.database.db, async (tx) =>
      rawRows(await tx.execute(sql.raw(`select current_user as u, coalesce(current_setting('app.tenant_ids', true), '') as ids`))),
    );
    expect(after?.u).not.toBe('tripdesk_app');
    expect(after?.ids).toBe('');
  });
});

describe('privileges of the application role', () => {
  it('cannot read sessions or the sign-in throttle', async () => {
    expect(await failureOf([huachen], 'select * from sessions')).toMatch(/permission denied/);
    expect(await failureOf([huachen], 'select * from auth_throttle')).toMatch(/permission denied/);
    expect(await failureOf([huachen], `insert into auth_throttle (key, failures, window_started_at) values ('x', 0, now())`)).toMatch(
      /permission denied/,
    );
    expect(await failureOf([huachen], 'delete from sessions')).toMatch(/permission denied/);
  });

  it('cannot update or delete the audit log, even its own tenant’s', async () => {
    expect(await failureOf([huachen], `update audit_log set summary = 'x' where tenant_id = '${huachen}'`)).toMatch(/permission denied/);
    expect(await failureOf([huachen], `delete from audit_log where tenant_id = '${huachen}'`)).toMatch(/permission denied/);
    expect(await failureOf([huachen], 'truncate audit_log')).toMatch(/permission denied/);
    // Reading its own tenant's entries is allowed.
    expect(await count('audit_log', [huachen])).toBeGreaterThan(0);
  });
});

describe('over HTTP', () => {
  let yunfanKeyId: string;

  beforeAll(async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: yfAdmin.headers,
      payload: { name: 'yunfan integration', scopes: ['org:read'] },
    });
    expect(res.statusCode).toBe(201);
    yunfanKeyId = res.json<{ key: { id: string } }>().key.id;
  });

  it('a Huachen admin cannot revoke, list or find Yunfan’s API key', async () => {
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${yunfanKeyId}`, headers: hcAdmin.headers });
    expect(del.statusCode).toBe(404);
    expect(errorOf(del).code).toBe('NOT_FOUND');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: hcAdmin.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(yunfanKeyId);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log',
      query: { entityType: 'api_key', entityId: yunfanKeyId },
      headers: hcAdmin.headers,
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.json<{ items: unknown[] }>().items).toEqual([]);
    // Still alive for its owner.
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: yfAdmin.headers });
    expect(own.json<{ items: { id: string; revokedAt: string | null }[] }>().items).toContainEqual(
      expect.objectContaining({ id: yunfanKeyId, revokedAt: null }),
    );
    const ownAudit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log',
      query: { entityType: 'api_key', entityId: yunfanKeyId },
      headers: yfAdmin.headers,
    });
    expect(ownAudit.json<{ items: unknown[] }>().items.length).toBe(1);
  });

  it('a Huachen admin cannot see Yunfan as a tenant or its operators', async () => {
    const ops = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${yunfan}/operators`, headers: hcAdmin.headers });
    expect(ops.statusCode).toBe(404);
    expect(errorOf(ops).code).toBe('NOT_FOUND');
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${huachen}/operators`, headers: hcAdmin.headers });
    expect(own.statusCode).toBe(200);
    const tenants = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: hcAdmin.headers });
    expect(tenants.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([huachen]);
    // Naming Yunfan in X-Tenant-Id does not help an enterprise user.
    const chosen = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { ...hcAdmin.headers, 'x-tenant-id': yunfan } });
    expect(chosen.statusCode).toBe(404);
  });

  it('no list a Huachen user can read mentions a Yunfan id', async () => {
    const yunfanIds = new Set<string>([yunfan]);
    for (const table of tenantTables) {
      const cols = await t.db.database.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 and data_type = 'uuid' and column_name <> 'tenant_id'`,
        [table],
      );
      for (const { column_name } of cols) {
        const rows = await t.db.database.query<{ v: string }>(
          `select distinct ${ident(column_name)}::text as v from ${ident(table)} where tenant_id = $1 and ${ident(column_name)} is not null`,
          [yunfan],
        );
        for (const r of rows) yunfanIds.add(r.v);
      }
    }
    // Operator staff serve several enterprises (an agent assigned a ticket of each): their account
    // ids are the platform's, not Yunfan's records.
    for (const r of await t.db.database.query<{ id: string }>(`select id::text from accounts where kind = 'operator'`))
      yunfanIds.delete(r.id);
    expect(yunfanIds.size).toBeGreaterThan(10);
    const lists = routeCatalogue(t.app).filter((r) => r.method === 'GET' && pathParams(r.url).length === 0);
    const leaks: string[] = [];
    for (const route of lists) {
      const res = await t.app.inject({ method: 'GET', url: route.url, query: { limit: '200' }, headers: hcAdmin.headers });
      const plain = res.statusCode === 422 ? await t.app.inject({ method: 'GET', url: route.url, headers: hcAdmin.headers }) : res;
      for (const id of plain.body.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []) {
        if (yunfanIds.has(id)) leaks.push(`${describeRoute(route)} mentions ${id}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(lists.length).toBeGreaterThan(2);
  });

  it('no route with an id in its path reaches a Yunfan record for a Huachen admin', async () => {
    // Sample one Yunfan record of every tenant table with an id, plus the tenant itself, and
    // try each on every route with path parameters: never a success, and Yunfan unchanged.
    const samples = await sampleIds(yunfan);
    expect(samples.map((s) => s.table)).toEqual(expect.arrayContaining(['tenants', 'api_keys', 'departments', 'employees']));
    const before = await yunfanFingerprint();
    const routes = routeCatalogue(t.app).filter((r) => pathParams(r.url).length > 0);
    // The control: every GET route with an id finds some Huachen record, so its 404s below mean something.
    // Reference data shared by all tenants (the geo directory's cities) has no tenant record behind its ids;
    // public routes (single sign-on's start, by enterprise code) read no tenant record by id; the
    // supplier registry is the platform's (suppliers serve every tenant: no tenant_id, system scope).
    const referenceData = (r: RouteEntry) =>
      r.url.startsWith('/api/v1/geo/') || r.url.startsWith('/api/v1/suppliers/') || r.access === 'public';
    const own = await sampleIds(huachen);
    const blind: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET' && !referenceData(r))) {
      let found = false;
      for (const sample of own) if (!found) found = (await callWith(route, sample)).statusCode === 200;
      if (!found) blind.push(describeRoute(route));
    }
    expect(blind).toEqual([]);
    // Reached by design: the public tracking page shows whoever holds an order's tracking code (the
    // code is the capability, 追踪码) its progress with travellers masked and no money, whatever
    // their tenant (test/orders/order-http.test.ts).
    const byDesign = new Set(['GET /api/v1/track/:code']);
    const reached: string[] = [];
    for (const route of routes.filter((r) => !byDesign.has(`${r.method} ${r.url}`))) {
      for (const sample of samples) {
        const res = await callWith(route, sample);
        if (res.statusCode < 300 || res.statusCode >= 500)
          reached.push(`${describeRoute(route)} with ${sample.table} ${sample.id} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(reached).toEqual([]);
    expect(await yunfanFingerprint()).toEqual(before);
  });

  /** One record id of every tenant table with an id column (with its tracking code, if it has one), and the tenant itself. */
  async function sampleIds(tenant: string): Promise<{ table: string; id: string; code?: string }[]> {
    const samples: { table: string; id: string; code?: string }[] = [{ table: 'tenants', id: tenant }];
    for (const table of tenantTables) {
      const hasId = await t.db.database.query(
        `select 1 from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name = 'id'`,
        [table],
      );
      if (hasId.length === 0) continue;
      const [row] = await t.db.database.query<{ id: string }>(
        `select id::text as id from ${ident(table)} where tenant_id = $1 order by id limit 1`,
        [tenant],
      );
      if (!row) continue;
      const hasCode = await t.db.database.query(
        `select 1 from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name = 'tracking_code'`,
        [table],
      );
      const [coded] =
        hasCode.length === 0
          ? []
          : await t.db.database.query<{ code: string }>(
              `select tracking_code as code from ${ident(table)} where tenant_id = $1 and id = $2`,
              [tenant, row.id],
            );
      samples.push({ table, id: row.id, ...(coded ? { code: coded.code } : {}) });
    }
    return samples;
  }

  /** The route called with the sample in every path parameter: its tracking code for a :code, else its id. */
  async function callWith(route: RouteEntry, sample: { id: string; code?: string }) {
    const given = Object.fromEntries(pathParams(route.url).map((p) => [p, p === 'code' ? (sample.code ?? sample.id) : sample.id]));
    return t.app.inject({
      method: route.method as 'GET',
      url: fillPath(route.url, given),
      headers: hcAdmin.headers,
      ...(hasBody(route.method) ? { payload: {} } : {}),
    });
  }

  /** A digest of everything Yunfan owns, to prove nothing changed. */
  async function yunfanFingerprint(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of tenantTables) {
      const [row] = await t.db.database.query<{ d: string | null }>(
        `select md5(string_agg(x::text, '|' order by x::text)) as d from ${ident(table)} x where tenant_id = $1`,
        [yunfan],
      );
      out[table] = row?.d ?? '';
    }
    return out;
  }
});

describe('operator staff and X-Tenant-Id', () => {
  it('an account manager serving only Huachen cannot pick Yunfan', async () => {
    const am = await signInAs(t.app, 'am@tripdesk.example.com');
    for (const url of ['/api/v1/tenants', '/api/v1/audit-log', `/api/v1/tenants/${yunfan}/operators`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: { ...am.headers, 'x-tenant-id': yunfan } });
      expect(res.statusCode, url).toBe(404);
      expect(errorOf(res).code, url).toBe('NOT_FOUND');
    }
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { ...am.headers, 'x-tenant-id': huachen } });
    expect(own.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([huachen]);
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: am.headers });
    expect(all.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([huachen]);
    for (const bad of ['not-a-uuid', randomUUID()]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { ...am.headers, 'x-tenant-id': bad } });
      expect(res.statusCode, bad).toBe(404);
    }
    // The audit log in Huachen's scope holds Huachen entries only.
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log',
      query: { limit: '200' },
      headers: { ...am.headers, 'x-tenant-id': huachen },
    });
    const tenantIds = new Set(audit.json<{ items: { tenantId: string }[] }>().items.map((i) => i.tenantId));
    expect([...tenantIds]).toEqual([huachen]);
  });

  it('an operator serving several tenants must choose one to write', async () => {
    const admin = await signInAs(t.app, 'admin@tripdesk.example.com');
    const body = { name: 'platform-made', scopes: ['org:read'] };
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: admin.headers, payload: body });
    expect(without.statusCode).toBe(400);
    expect(errorOf(without).code).toBe('TENANT_REQUIRED');
    const chosen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { ...admin.headers, 'x-tenant-id': yunfan },
      payload: body,
    });
    expect(chosen.statusCode).toBe(201);
    const [row] = await t.db.database.query<{ tenant_id: string }>('select tenant_id from api_keys where id = $1', [
      chosen.json<{ key: { id: string } }>().key.id,
    ]);
    expect(row?.tenant_id).toBe(yunfan);
    // Reading across tenants needs no choice: the platform admin lists both.
    const tenants = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: admin.headers });
    expect(
      tenants
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id)
        .sort(),
    ).toEqual([huachen, yunfan].sort());
  });
});
