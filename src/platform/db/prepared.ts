import type { PgPreparedQuery, PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './database.ts';

/** Every prepared statement's SQL text → its name, and back: one name, one text, process-wide. */
const nameByText = new Map<string, string>();
const textByName = new Map<string, string>();

/** The name a statement was prepared under, when its SQL text is one of the prepared statements. */
export const preparedNameOf = (text: string): string | undefined => nameByText.get(text);

function register(name: string, text: string): void {
  const known = textByName.get(name);
  if (known === undefined) {
    textByName.set(name, text);
    nameByText.set(text, name);
  } else if (known !== text) {
    throw new Error(`two different statements are prepared as ${name}`);
  }
}

type Prepared<R> = PgPreparedQuery<PreparedQueryConfig & { execute: R }>;

/**
 * A hot query built once, run by name. The query builder runs on first use per connection (its SQL
 * text and row mapping are kept) instead of on every call. The database parses and plans it once
 * per connection: node-postgres sends it as a named statement; in a one-statement scope
 * (one-statement.ts) both databases PREPARE and EXECUTE it. (PGlite's own query() has no named
 * statements: elsewhere on the embedded database only the building is saved.)
 *
 * build gets the database or transaction the statement will run on and returns the query with its
 * parameters as sql.placeholder(…)s; values fills them. Row-level security applies as usual: a
 * statement runs as the role and with the tenants of the transaction it runs in.
 */
export function preparedStatement<R, V extends Record<string, unknown> = Record<string, unknown>>(
  name: string,
  build: (db: Db | Tx) => { prepare(name: string): Prepared<R> },
): (executor: Db | Tx, values: V) => Promise<R> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a statement name: ${name}`);
  // Per session: a prepared query is bound to the connection (or pool) of the session that built it.
  const bySession = new WeakMap<object, Prepared<R>>();
  return (executor, values) => {
    const session = executor._.session;
    let query = bySession.get(session);
    if (query === undefined) {
      query = build(executor).prepare(name);
      register(name, query.getQuery().sql);
      bySession.set(session, query);
    }
    return query.execute(values);
  };
}
