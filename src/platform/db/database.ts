import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';

/**
 * Drizzle over either driver: the embedded PGlite or node-postgres. Modules bring their own
 * tables (query builders take them); no schema is registered with the driver, since relational
 * queries (db.query.…) are not used.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;

/**
 * Someone listening on a notification channel (LISTEN/NOTIFY). A notification is delivered after
 * the transaction that sent it commits, to every listener of every instance on the database.
 */
export interface ChannelListener {
  notification(payload: string): void;
  /**
   * The connection that carries notifications dropped: from now until `resumed`, notifications
   * may be missed. Whoever keeps state up to date by notifications must stop trusting it.
   */
  interrupted?(): void;
  /** Listening again after an interruption; whatever was sent in between is lost. */
  resumed?(): void;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** One raw statement with positional parameters ($1…), for infrastructure (jobs, checks). */
  query<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Applies the migrations in folder that are not yet applied. */
  migrate(folder: string): Promise<void>;
  /** Runs fn while holding a cluster-wide advisory lock (PostgreSQL); the embedded database has one process. */
  exclusive<T>(lockId: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Listens on a channel (send with `notify`); resolves once listening, to a function that stops.
   * PostgreSQL: one dedicated connection per Database carries every channel and reconnects when it
   * drops (telling the listeners). PGlite: in-process, so nothing is ever missed.
   */
  listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
