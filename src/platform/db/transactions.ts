import type { Db, Tx } from './database.ts';

/**
 * How a database opened by open.ts runs the scopes' transactions (scope.ts). The transaction
 * objects fn gets stay the same for a connection, so that prepared statements are built once per
 * connection.
 */
export interface TransactionRunner {
  /** A transaction: BEGIN and `preamble` (a constant statement, or null) in one exchange, then fn, then COMMIT. */
  run<T>(preamble: string | null, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * A transaction of one prepared statement, all in one exchange (one-statement.ts): fn must run
   * exactly one statement prepared with preparedStatement on the tx it gets; anything else is refused.
   */
  runOne<T>(preamble: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
}

const runners = new WeakMap<Db, TransactionRunner>();

export function registerTransactionRunner(db: Db, runner: TransactionRunner): void {
  runners.set(db, runner);
}

/** The runner of a database opened by open.ts; undefined for anything else (a transaction, a mock). */
export const transactionRunnerOf = (db: Db): TransactionRunner | undefined => runners.get(db);

/** The database (its Db) each drizzle session belongs to: the Db's own and the runners' per-connection ones. */
const owners = new WeakMap<object, Db>();

export function registerSession(session: object, owner: Db): void {
  owners.set(session, owner);
}

/**
 * The database an executor (a Db opened by open.ts, or a transaction of its scopes) works on, so
 * that whoever hears of a change made through it can tell whether it concerns them; undefined for
 * anything else.
 */
export const databaseOf = (executor: Db | Tx): Db | undefined => owners.get(executor._.session);
