import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/platform/db/database.ts';
import { migrationsFolder, runMigrations } from '../../src/platform/db/migrate.ts';
import { openPostgres, wrapPglite } from '../../src/platform/db/open.ts';
import * as schema from '../../src/schema.ts';
import { testDatabase, type TestDb } from '../support/db.ts';
import { adminUrl, dropPostgresDatabase, repoRoot, tmpDir } from '../support/template.ts';

/** The committed migrations match the schema, apply to an empty database, and re-apply as a no-op. */

const run = promisify(execFile);

interface SchemaTable {
  name: string;
  columns: string[];
}

/** Every table the Drizzle schema declares, with its columns. */
const declaredTables: SchemaTable[] = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => is(v, PgTable))
  .map((table) => {
    const config = getTableConfig(table);
    return { name: config.name, columns: config.columns.map((c) => c.name).sort() };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** What a database's schema looks like: tables and columns, policies, triggers, functions, applied migrations. */
async function fingerprint(database: Database): Promise<Record<string, unknown>> {
  const q = (text: string) => database.query(text);
  return {
    columns: await q(
      `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
        where table_schema = 'public' order by table_name, column_name`,
    ),
    constraints: await q(
      `select conrelid::regclass::text as t, conname, pg_get_constraintdef(oid) as def from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`,
    ),
    indexes: await q(`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`),
    policies: await q(`select tablename, policyname, cmd, qual, with_check from pg_policies where schemaname = 'public' order by 1, 2`),
    rls: await q(`select relname, relrowsecurity from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`),
    triggers: await q(`select tgrelid::regclass::text as t, tgname from pg_trigger where not tgisinternal order by 1, 2`),
    functions: await q(`select proname from pg_proc where pronamespace = 'public'::regnamespace order by 1`),
    grants: await q(
      `select table_name, privilege_type from information_schema.role_table_grants
        where grantee = 'tripdesk_app' and table_schema = 'public' order by 1, 2`,
    ),
    migrations: await q(`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id`),
  };
}

describe('schema and committed migrations', () => {
  it('drizzle-kit finds no schema change that is missing from ./drizzle', async () => {
    fs.mkdirSync(tmpDir, { recursive: true });
    const out = path.join(tmpDir, `migrations-check-${process.pid}-${randomBytes(4).toString('hex')}`);
    fs.cpSync(migrationsFolder, out, { recursive: true });
    try {
      const bin = path.join(repoRoot, 'node_modules/drizzle-kit/bin.cjs');
      // drizzle-kit treats its out folder as relative to the working directory.
      const { stdout, stderr } = await run(process.execPath, [bin, 'generate', '--config', 'drizzle.config.ts'], {
        cwd: repoRoot,
        env: { ...process.env, TRIPDESK_MIGRATIONS_OUT: path.relative(repoRoot, out) },
        timeout: 60_000,
      });
      const output = `${stdout}\n${stderr}`;
      expect(output, output).toContain('No schema changes');
      expect(fs.readdirSync(out).sort()).toEqual(fs.readdirSync(migrationsFolder).sort());
      expect(fs.readdirSync(path.join(out, 'meta')).sort()).toEqual(fs.readdirSync(path.join(migrationsFolder, 'meta')).sort());
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('the journal lists exactly the .sql files of the folder', () => {
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
      entries: { idx: number; tag: string }[];
    };
    const files = fs
      .readdirSync(migrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    expect(journal.entries.map((e) => e.idx)).toEqual(files.map((_f, i) => i));
  });
});

describe(`migrating an empty ${inject('dbKind')} database`, () => {
  let fresh: Database;
  let cleanup: () => Promise<void>;
  let template: TestDb;

  beforeAll(async () => {
    template = await testDatabase();
    if (inject('dbKind') === 'pglite') {
      const embedded = wrapPglite(await PGlite.create(), async () => {});
      fresh = embedded;
      cleanup = () => embedded.close();
    } else {
      const base = inject('postgresUrl');
      const name = `tripdesk_mig_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const db = openPostgres(adminUrl(base, name), 2);
      fresh = db;
      cleanup = async () => {
        await db.close();
        await dropPostgresDatabase(base, name);
      };
    }
  });
  afterAll(async () => {
    await cleanup?.();
    await template?.close();
  });

  it('applies every migration; the second run changes nothing', async () => {
    const [before] = await fresh.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(before?.n).toBe(0);
    await runMigrations(fresh);
    const once = await fingerprint(fresh);
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(once.migrations).toHaveLength(journal.entries.length);
    await runMigrations(fresh);
    expect(await fingerprint(fresh)).toEqual(once);
  });

  it('gives every table and column the schema declares, and the same schema as the test template', async () => {
    const tables = await fresh.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const actual = new Map<string, string[]>();
    for (const r of tables) actual.set(r.table_name, [...(actual.get(r.table_name) ?? []), r.column_name]);
    expect(declaredTables.length).toBeGreaterThanOrEqual(14);
    for (const table of declaredTables) {
      expect(actual.get(table.name)?.sort(), table.name).toEqual(table.columns);
    }
    expect([...actual.keys()].sort()).toEqual(declaredTables.map((t) => t.name));
    expect(declaredTables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'accounts',
        'api_keys',
        'audit_chain_heads',
        'audit_log',
        'auth_throttle',
        'departments',
        'employees',
        'sessions',
        'tenants',
      ]),
    );
    // The seeded template went through the same migrations.
    const { migrations: _a, ...freshShape } = await fingerprint(fresh);
    const { migrations: _b, ...templateShape } = await fingerprint(template.database);
    expect(templateShape).toEqual(freshShape);
  });

  it('sets up the database objects migrations write by hand: role, function, trigger', async () => {
    const [role] = await fresh.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      `select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = 'tripdesk_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const [fn] = await fresh.query<{ ids: string[] }>(`select tripdesk_tenant_ids()::text[] as ids`);
    expect(fn?.ids).toEqual([]);
    const triggers = await fresh.query<{ tgname: string }>(
      `select tgname from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal`,
    );
    expect(triggers.map((r) => r.tgname)).toContain('audit_log_no_update');
  });
});
