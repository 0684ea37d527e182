import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../src/modules/org/schema.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { notify } from '../../src/platform/db/notify.ts';
import { LISTENER_APPLICATION_NAME } from '../../src/platform/db/postgres-listener.ts';
import { preparedStatement } from '../../src/platform/db/prepared.ts';
import { inSystemScope, inTenantScope, oneStatementInTenantScope, tenantScopePreamble } from '../../src/platform/db/scope.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { rawRows } from './helpers.ts';

/**
 * The scopes' transactions as the database runners run them: the tenant scope sent with BEGIN, the
 * one-statement scope in a single exchange, prepared statements, and notifications that wait for
 * their transaction to commit. Row-level security table by table is tenant-isolation.test.ts.
 */

let t: TestDb;
let database: Database;
let huachen: string;
let yunfan: string;
const CODE = 'SCOPE-TEST';
const ODD_CODE = `it's a \\ back'slash'); select 1; --`;

const departmentsByCode = preparedStatement('test_departments_by_code', (db) =>
  db
    .select({ tenantId: departments.tenantId, code: departments.code })
    .from(departments)
    .where(eq(departments.code, sql.placeholder('code')))
    .orderBy(departments.tenantId),
);
const departmentById = preparedStatement('test_department_by_id', (db) =>
  db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, sql.placeholder('id'))),
);

/** The messages of an error and its causes (drizzle wraps the driver's errors in its own). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    const messages: string[] = [];
    for (let e: unknown = err; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' / ');
  }
  throw new Error('it did not fail');
}

/** Who the next transaction on the database runs as, and with which tenants. */
async function afterwards(): Promise<{ user: string; ids: string }[]> {
  const out: { user: string; ids: string }[] = [];
  // Sequential transactions: a pool lends its most recently returned connection first.
  for (let i = 0; i < 3; i++) {
    const [row] = await inSystemScope(database.db, async (tx) =>
      rawRows(await tx.execute(sql.raw(`select current_user as "user", coalesce(current_setting('app.tenant_ids', true), '') as ids`))),
    );
    out.push({ user: String(row?.user), ids: String(row?.ids) });
  }
  return out;
}

beforeAll(async () => {
  t = await testDatabase();
  database = t.database;
  huachen = t.demo.tenants.huachen;
  yunfan = t.demo.tenants.yunfan;
  for (const tenantId of [huachen, yunfan]) {
    await inTenantScope(database.db, [tenantId], (tx) =>
      tx.insert(departments).values({ tenantId, id: randomUUID(), code: CODE, name: 'Scope test' }),
    );
  }
  await inTenantScope(database.db, [huachen], (tx) =>
    tx.insert(departments).values({ tenantId: huachen, id: randomUUID(), code: ODD_CODE, name: 'Odd code' }),
  );
});
afterAll(async () => {
  await t?.close();
});

describe('the tenant scope', () => {
  it('is two local settings with the tenant ids as a literal, and takes nothing but UUIDs', () => {
    expect(tenantScopePreamble([huachen, yunfan])).toBe(`set local app.tenant_ids = '${huachen},${yunfan}'; set local role tripdesk_app`);
    for (const bad of ["x', true), set_config('role', 'postgres", '', `${huachen},${yunfan}`, `${huachen} `]) {
      expect(() => tenantScopePreamble([bad]), bad).toThrow(/not a tenant id/);
    }
  });

  it('runs as tripdesk_app with the tenants set, and both end with the transaction', async () => {
    const [inside] = await inTenantScope(database.db, [huachen], async (tx) =>
      rawRows(await tx.execute(sql.raw(`select current_user as "user", current_setting('app.tenant_ids', true) as ids`))),
    );
    expect(inside).toEqual({ user: 'tripdesk_app', ids: huachen });
    for (const after of await afterwards()) expect(after.user).not.toBe('tripdesk_app');
  });

  it('a prepared statement in it sees only the scope’s tenants', async () => {
    const seen = async (scope: string[]) =>
      (await inTenantScope(database.db, scope, (tx) => departmentsByCode(tx, { code: CODE }))).map((r) => r.tenantId);
    expect(await seen([huachen])).toEqual([huachen]);
    expect(await seen([yunfan])).toEqual([yunfan]);
    expect((await seen([huachen, yunfan])).sort()).toEqual([huachen, yunfan].sort());
    expect(await seen([])).toEqual([]);
  });
});

describe('the one-statement scope', () => {
  const one = (scope: string[], code: string) => oneStatementInTenantScope(database.db, scope, (tx) => departmentsByCode(tx, { code }));

  it('sees only the scope’s tenants (row-level security), and nothing with no tenant', async () => {
    expect((await one([huachen], CODE)).map((r) => r.tenantId)).toEqual([huachen]);
    expect((await one([yunfan], CODE)).map((r) => r.tenantId)).toEqual([yunfan]);
    expect(await one([huachen, yunfan], CODE)).toHaveLength(2);
    expect(await one([], CODE)).toEqual([]);
    for (const after of await afterwards()) expect(after).toMatchObject({ ids: '' });
  });

  it('sends parameters as values: quotes, backslashes and SQL in them are only text', async () => {
    expect(await one([huachen], ODD_CODE)).toEqual([{ tenantId: huachen, code: ODD_CODE }]);
    expect(await one([huachen], "x'); select 1; --")).toEqual([]);
    expect(await one([huachen], 'a\\')).toEqual([]);
    expect(await failure(one([huachen], 'nul\u0000'))).toMatch(/NUL/);
  });

  it('gives the same rows as the transaction it replaces, again and again on the same connections', async () => {
    for (let i = 0; i < 12; i++) {
      expect(await one([huachen, yunfan], CODE)).toEqual(
        await inTenantScope(database.db, [huachen, yunfan], (tx) => departmentsByCode(tx, { code: CODE })),
      );
    }
  });

  it('refuses a second statement and one that is not prepared', async () => {
    const twice = oneStatementInTenantScope(database.db, [huachen], async (tx) => {
      await departmentsByCode(tx, { code: CODE });
      return departmentsByCode(tx, { code: CODE });
    });
    expect(await failure(twice)).toMatch(/runs one statement/);
    expect(await failure(oneStatementInTenantScope(database.db, [huachen], (tx) => tx.select().from(departments)))).toMatch(
      /prepared statements only/,
    );
    expect(await failure(oneStatementInTenantScope(database.db, [huachen], (tx) => tx.execute(sql`select 1`)))).toMatch(
      /prepared statements only/,
    );
    // Nothing is left open, and nothing ran as the application role afterwards.
    for (const after of await afterwards()) expect(after).toEqual({ user: expect.not.stringMatching(/^tripdesk_app$/), ids: '' });
    expect(await one([huachen], CODE)).toHaveLength(1);
  });

  it('a failing statement rolls back and leaves the connection as it found it', async () => {
    await expect(oneStatementInTenantScope(database.db, [huachen], (tx) => departmentById(tx, { id: 'not-a-uuid' }))).rejects.toThrow();
    for (const after of await afterwards()) expect(after).toEqual({ user: expect.not.stringMatching(/^tripdesk_app$/), ids: '' });
    expect(await one([huachen], CODE)).toHaveLength(1);
  });

  it('takes nothing but UUIDs as tenant ids, before anything runs', async () => {
    await expect(one(["' or true --"], CODE)).rejects.toThrow(/not a tenant id/);
  });
});

describe('notifications', () => {
  async function collect(channel: string): Promise<{ got: string[]; stop: () => Promise<void> }> {
    const got: string[] = [];
    const stop = await database.listen(channel, { notification: (p) => got.push(p) });
    return { got, stop };
  }
  const until = async (check: () => boolean, ms = 5_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('arrive when their transaction commits, and never when it rolls back', async () => {
    const { got, stop } = await collect('tripdesk_test_a');
    await expect(
      inSystemScope(database.db, async (tx) => {
        await notify(tx, 'tripdesk_test_a', 'rolled back');
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await inSystemScope(database.db, async (tx) => {
      await notify(tx, 'tripdesk_test_a', 'committed');
      expect(got).toEqual([]);
    });
    await until(() => got.length > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual(['committed']);
    await stop();
  });

  it('refuse channel names that are not plain identifiers', async () => {
    await expect(notify(database.db, 'no; drop table x', 'x')).rejects.toThrow(/channel/);
    await expect(database.listen('Upper-Case', { notification: () => {} })).rejects.toThrow(/channel/);
  });

  it('PostgreSQL: a dropped listening connection is reported, reconnected and listening again', async (ctx) => {
    if (t.kind !== 'postgres') ctx.skip(); // PGlite listens in-process: there is no connection to drop. Runs in the PostgreSQL project.
    const events: string[] = [];
    const stop = await database.listen('tripdesk_test_b', {
      notification: (p) => events.push(`notification ${p}`),
      interrupted: () => events.push('interrupted'),
      resumed: () => events.push('resumed'),
    });
    await database.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()',
      [LISTENER_APPLICATION_NAME],
    );
    await until(() => events.includes('resumed'), 10_000);
    expect(events.slice(0, 2)).toEqual(['interrupted', 'resumed']);
    await database.query('select pg_notify($1, $2)', ['tripdesk_test_b', 'after']);
    await until(() => events.includes('notification after'));
    await stop();
  });
});
