import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';

/**
 * Drizzle over either driver: the embedded PGlite or node-postgres. Modules bring their own
 * tables (query builders take them); no schema is registered with the driver, since relational
 * queries (db.query.…) are not used.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** One raw statement with positional parameters ($1…), for infrastructure (jobs, checks). */
  query<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Applies the migrations in folder that are not yet applied. */
  migrate(folder: string): Promise<void>;
  /** Runs fn while holding a cluster-wide advisory lock (PostgreSQL); the embedded database has one process. */
  exclusive<T>(lockId: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
