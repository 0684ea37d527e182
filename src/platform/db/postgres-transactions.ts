import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db, Tx } from './database.ts';
import { assertFirstStatement, oneStatement } from './one-statement.ts';
import { registerSession, type TransactionRunner } from './transactions.ts';

type NoSchema = Record<string, never>;

interface QueryConfigLike {
  text: string;
  rowMode?: 'array';
  types?: pg.CustomTypesConfig;
}

const isQueryConfig = (value: unknown): value is QueryConfigLike =>
  typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string';

/** What a pooled connection keeps for the scopes: its drizzle transaction objects and the statements it has PREPAREd. */
interface Connection {
  tx: Tx;
  one: { tx: Tx; preamble: string | null; used: boolean; prepared: Set<string> };
}

/**
 * Transactions on a node-postgres pool. BEGIN and the preamble travel as one simple-protocol
 * message (one round trip instead of two); each pooled connection keeps its drizzle session and
 * transaction objects, so statements prepared on them are built once per connection.
 */
export function postgresTransactions(pool: pg.Pool, owner: Db): TransactionRunner {
  const dialect = new PgDialect();
  const connections = new WeakMap<pg.PoolClient, Connection>();

  const transaction = (client: pg.PoolClient): Tx => {
    const session = new NodePgSession<NoSchema, ExtractTablesWithRelations<NoSchema>>(client, dialect, undefined);
    registerSession(session, owner);
    return new NodePgTransaction<NoSchema, ExtractTablesWithRelations<NoSchema>>(dialect, session, undefined);
  };

  const connectionOf = (client: pg.PoolClient): Connection => {
    let conn = connections.get(client);
    if (conn !== undefined) return conn;
    const state = { preamble: null as string | null, used: false, prepared: new Set<string>() };
    // The one-statement scope's client: drizzle's prepared query calls query(config, params) on it,
    // and it answers with the statement's result out of the single exchange.
    const query = async (config: unknown, params: unknown[] = []): Promise<unknown> => {
      if (!isQueryConfig(config)) throw new Error('unexpected query in a one-statement scope');
      if (state.preamble === null) throw new Error('the one-statement scope is over');
      assertFirstStatement(state.used);
      state.used = true;
      const exchange = oneStatement(state.preamble, config.text, params, state.prepared);
      if (exchange.prepare !== null) {
        await client.query(exchange.prepare);
        state.prepared.add(exchange.sqlName);
      }
      const results: unknown =
        config.rowMode === 'array'
          ? await client.query({ text: exchange.message, rowMode: 'array', types: config.types })
          : await client.query({ text: exchange.message, types: config.types });
      const result: unknown = Array.isArray(results) ? results[results.length - 1] : undefined;
      if (result === undefined) throw new Error('the one-statement exchange answered without the statement’s result');
      return result;
    };
    const oneClient = new Proxy(client, {
      get: (target, prop) => (prop === 'query' ? query : Reflect.get(target, prop, target)),
    });
    conn = { tx: transaction(client), one: Object.assign(state, { tx: transaction(oneClient) }) };
    connections.set(client, conn);
    return conn;
  };

  /**
   * Runs fn on a pooled connection. On failure, a transaction it left open is rolled back; a
   * connection whose rollback fails is closed rather than lent again.
   */
  async function withConnection<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await fn(client);
    } catch (err) {
      if (client.getTransactionStatus() !== 'I') {
        broken = await client.query('rollback').then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        );
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  return {
    run: (preamble, fn) =>
      withConnection(async (client) => {
        await client.query(preamble === null ? 'begin' : `begin; ${preamble}`);
        const result = await fn(connectionOf(client).tx);
        await client.query('commit');
        return result;
      }),
    runOne: (preamble, fn) =>
      withConnection(async (client) => {
        const { one } = connectionOf(client);
        one.preamble = preamble;
        one.used = false;
        try {
          return await fn(one.tx);
        } finally {
          one.preamble = null;
        }
      }),
  };
}
