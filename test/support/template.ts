import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createPiiCipher } from '../../src/platform/crypto/pii.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';
import { openPostgres, wrapPglite } from '../../src/platform/db/open.ts';
import { seedDemoIfEmpty } from '../../src/demo/seed-demo.ts';
import { testSecretKey } from './test-key.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const tmpDir = path.join(repoRoot, '.tmp');

/** One migrated, seeded embedded database, dumped to a file that every test file loads (~0.3 s). */
export async function preparePgliteTemplate(): Promise<string> {
  fs.mkdirSync(tmpDir, { recursive: true });
  const file = path.join(tmpDir, `pglite-template-${process.pid}.tar.gz`);
  const database = wrapPglite(await PGlite.create(), async () => {});
  await runMigrations(database);
  await seedDemoIfEmpty(database.db, createPiiCipher(testSecretKey()));
  const dump = await database.pglite.dumpDataDir('gzip');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return file;
}

export function adminUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** One migrated, seeded PostgreSQL database that test files clone with CREATE DATABASE … TEMPLATE. */
export async function preparePostgresTemplate(baseUrl: string): Promise<string> {
  const name = `tripdesk_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const database = openPostgres(adminUrl(baseUrl, name), 2);
  await runMigrations(database);
  await seedDemoIfEmpty(database.db, createPiiCipher(testSecretKey()));
  await database.close();
  return name;
}

export async function dropPostgresDatabase(baseUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
