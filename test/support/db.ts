import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { createPiiCipher, type PiiCipher } from '../../src/platform/crypto/pii.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openPostgres, wrapPglite } from '../../src/platform/db/open.ts';
import './provided-context.ts';
import { adminUrl, dropPostgresDatabase } from './template.ts';
import { testSecretKey } from './test-key.ts';

export interface TestDb {
  database: Database;
  cipher: PiiCipher;
  kind: 'pglite' | 'postgres';
  /** Tenant ids of the demo enterprises by code. */
  demo: { tenants: Record<'huachen' | 'yunfan', string> };
  /**
   * The same data as a second application instance would reach it: on PostgreSQL another
   * Database (its own pool and listening connection) on the same database, closed by close();
   * the embedded database has one connection, so there it is this Database again.
   */
  another(): Promise<Database>;
  close(): Promise<void>;
}

/** A fresh copy of the migrated, demo-seeded database, of the kind this test project runs on. */
export async function testDatabase(): Promise<TestDb> {
  const kind = inject('dbKind');
  let database: Database;
  let cleanup: () => Promise<void>;
  let another: () => Promise<Database>;
  if (kind === 'pglite') {
    const dump = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    const embedded = wrapPglite(await PGlite.create({ loadDataDir: dump }), async () => {});
    database = embedded;
    cleanup = () => embedded.close();
    another = async () => embedded;
  } else {
    const base = inject('postgresUrl');
    const name = `tripdesk_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    } finally {
      await admin.end();
    }
    const pgDb = openPostgres(adminUrl(base, name), 5);
    const others: Database[] = [];
    database = pgDb;
    another = async () => {
      const other = openPostgres(adminUrl(base, name), 5);
      others.push(other);
      return other;
    };
    cleanup = async () => {
      for (const other of others) await other.close();
      await pgDb.close();
      await dropPostgresDatabase(base, name);
    };
  }
  const rows = await database.query<{ id: string; code: string }>('select id, code from tenants');
  const byCode = (code: string) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`demo tenant ${code} missing from the template`);
    return row.id;
  };
  return {
    database,
    cipher: createPiiCipher(testSecretKey()),
    kind,
    demo: { tenants: { huachen: byCode('huachen'), yunfan: byCode('yunfan') } },
    another,
    close: cleanup,
  };
}
