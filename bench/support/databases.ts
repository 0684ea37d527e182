/**
 * The databases a benchmark runs on: an in-memory PGlite, or a fresh database on the local
 * PostgreSQL server. Each registers how it is cleaned up; runCleanups() undoes them last-in
 * first-out (also on Ctrl-C).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../src/platform/db/database.ts';
import { openPostgres, wrapPglite } from '../../src/platform/db/open.ts';
import { message } from './figures.ts';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Cleanup steps of the database being benchmarked, run last-in first-out. */
export const cleanups: (() => Promise<void>)[] = [];

export async function runCleanups(): Promise<void> {
  for (let fn = cleanups.pop(); fn; fn = cleanups.pop()) {
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup failed: ${message(err)}`);
    }
  }
}

/** The URL without its password, for printing. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function withDatabaseName(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function openPgliteDatabase(): Promise<Database> {
  const database = wrapPglite(await PGlite.create(), async () => {});
  cleanups.push(() => database.close());
  return database;
}

/** A fresh database on the local PostgreSQL server, dropped at the end; null when the server is not reachable. */
export async function openPostgresDatabase(): Promise<Database | null> {
  const base = process.env.TRIPDESK_BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const name = `tripdesk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    await admin.end().catch(() => {});
    console.log(`\nPostgreSQL at ${redact(base)} is not reachable (${message(err)}): skipping the PostgreSQL run.`);
    console.log('Set TRIPDESK_BENCH_DATABASE_URL to point the benchmark at another server.');
    return null;
  }
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5000 });
    await dropper.connect();
    try {
      await dropper.query(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end();
    }
  });
  const database = openPostgres(withDatabaseName(base, name), 10);
  cleanups.push(() => database.close());
  console.log(`database: ${redact(withDatabaseName(base, name))} (pool of 10, dropped at the end)`);
  return database;
}
