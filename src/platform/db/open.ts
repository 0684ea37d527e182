import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { ChannelListener, Database, Db } from './database.ts';
import { lockDataDir } from './lock.ts';
import { isChannelName } from './notify.ts';
import { pgliteTransactions } from './pglite-transactions.ts';
import { PostgresListener } from './postgres-listener.ts';
import { postgresTransactions } from './postgres-transactions.ts';
import { registerSession, registerTransactionRunner } from './transactions.ts';

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** Tests open PGlite from a prepared dump instead of a folder. */
  pgliteDump?: Blob;
  poolSize?: number;
}

/** Opens the embedded database (locked folder) or PostgreSQL, per configuration. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  if (opts.pgliteDump) return wrapPglite(await PGlite.create({ loadDataDir: opts.pgliteDump }), async () => {});
  const unlock = await lockDataDir(opts.dataDir);
  try {
    const client = await PGlite.create(path.join(opts.dataDir, 'pgdata'));
    return wrapPglite(client, unlock);
  } catch (err) {
    await unlock();
    throw err;
  }
}

export interface EmbeddedDatabase extends Database {
  pglite: PGlite;
}

export function wrapPglite(client: PGlite, onClose: () => Promise<void>): EmbeddedDatabase {
  const typed = drizzlePglite(client);
  const db: Db = typed;
  registerSession(db._.session, db);
  registerTransactionRunner(db, pgliteTransactions(client, db));
  return {
    db,
    migrate: (migrationsFolder) => migratePglite(typed, { migrationsFolder }),
    kind: 'pglite',
    pglite: client,
    exclusive: (_lockId, fn) => fn(),
    async query<R extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      const res = await client.query<R>(text, params);
      return res.rows;
    },
    // In-process: the backend sends its notifications with the reply to the committing statement.
    async listen(channel: string, listener: ChannelListener) {
      if (!isChannelName(channel)) throw new Error(`not a channel name: ${channel}`);
      const stop = await client.listen(channel, (payload) => listener.notification(payload));
      return () => stop();
    },
    async close() {
      await client.close();
      await onClose();
    },
  };
}

export interface PostgresDatabase extends Database {
  /** The pool itself, for infrastructure that needs the driver's whole result (pg-boss). */
  pool: pg.Pool;
}

export function openPostgres(url: string, max: number): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that the server ends (restart, failover, a dropped database) emits 'error' on
  // the pool; unheard, that event would crash the process. The pool replaces the connection.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL connection lost: ${err.message}`);
  });
  const typed = drizzlePg(pool);
  const db: Db = typed;
  registerSession(db._.session, db);
  registerTransactionRunner(db, postgresTransactions(pool, db));
  const listener = new PostgresListener(url);
  return {
    db,
    migrate: (migrationsFolder) => migratePg(typed, { migrationsFolder }),
    kind: 'postgres',
    pool,
    async exclusive(lockId, fn) {
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock($1)', [lockId]);
        try {
          return await fn();
        } finally {
          await conn.query('select pg_advisory_unlock($1)', [lockId]);
        }
      } finally {
        conn.release();
      }
    },
    async query<R extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      const res = await pool.query<R>(text, params);
      return res.rows;
    },
    listen: (channel, channelListener) => listener.listen(channel, channelListener),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
