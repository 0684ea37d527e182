import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';
import { parse, protocol, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';
import type { Db, Tx } from './database.ts';
import { assertFirstStatement, oneStatement } from './one-statement.ts';
import { registerSession, type TransactionRunner } from './transactions.ts';

type NoSchema = Record<string, never>;

/** The statements PREPAREd on each PGlite instance (prepared statements live as long as its one connection). */
const preparedOn = new WeakMap<PGlite, Set<string>>();

/**
 * A stand-in for a PGlite transaction with a life longer than one: it passes everything to
 * whichever transaction is open (PGlite runs one at a time), so that one drizzle session and
 * transaction object serve them all and statements prepared on them are built once.
 */
class CurrentTransaction implements Transaction {
  #current: Transaction | null = null;

  async within<T>(tx: Transaction, fn: () => Promise<T>): Promise<T> {
    this.#current = tx;
    try {
      return await fn();
    } finally {
      this.#current = null;
    }
  }

  #open(): Transaction {
    if (this.#current === null || this.#current.closed) throw new Error('Transaction is closed');
    return this.#current;
  }

  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#open().query<T>(text, params, options);
  }

  sql<T>(strings: TemplateStringsArray, ...params: unknown[]): Promise<Results<T>> {
    return this.#open().sql<T>(strings, ...params);
  }

  exec(query: string, options?: QueryOptions): Promise<Results[]> {
    return this.#open().exec(query, options);
  }

  rollback(): Promise<void> {
    return this.#open().rollback();
  }

  listen(channel: string, callback: (payload: string) => void): Promise<(tx?: Transaction) => Promise<void>> {
    return this.#open().listen(channel, callback);
  }

  get closed(): boolean {
    return this.#current?.closed ?? true;
  }
}

/**
 * The client of the one-statement scope (one-statement.ts) on PGlite: its one statement goes to
 * the backend with the scope as one simple-protocol message, one call instead of the six of
 * PGlite's query() plus the transaction's. It runs holding PGlite's transaction lock (taken by the
 * runner) and its query lock, as PGlite's own transactions do.
 */
class OneStatementClient implements Transaction {
  readonly #pglite: PGlite;
  readonly #prepared: Set<string>;
  #preamble: string | null = null;
  #used = false;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
    let prepared = preparedOn.get(pglite);
    if (!prepared) {
      prepared = new Set();
      preparedOn.set(pglite, prepared);
    }
    this.#prepared = prepared;
  }

  /** Runs fn, whose one statement gets preamble; the message is its own (implicit) transaction, over when it returns. */
  async within<T>(preamble: string, fn: () => Promise<T>): Promise<T> {
    this.#preamble = preamble;
    this.#used = false;
    try {
      return await fn();
    } catch (err) {
      // A failed message rolls itself back; should anything be left open, it must not outlive the scope.
      if (this.#pglite.isInTransaction()) await this.#simple('rollback');
      throw err;
    } finally {
      this.#preamble = null;
    }
  }

  async #simple(text: string, options?: QueryOptions): Promise<Results[]> {
    const { messages } = await this.#pglite.runExclusive(() => this.#pglite.execProtocol(protocol.serialize.query(text)));
    return parse.parseResults(messages, this.#pglite.parsers, options);
  }

  async query<T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    if (this.#preamble === null) throw new Error('the one-statement scope is over');
    assertFirstStatement(this.#used);
    this.#used = true;
    const exchange = oneStatement(this.#preamble, text, params, this.#prepared);
    if (exchange.prepare !== null) {
      await this.#simple(exchange.prepare);
      this.#prepared.add(exchange.sqlName);
    }
    const result = (await this.#simple(exchange.message, options)).at(-1);
    if (result === undefined) throw new Error('the one-statement exchange answered without the statement’s result');
    return result as Results<T>;
  }

  #refuse(): never {
    throw new Error('a one-statement scope runs one prepared statement and nothing else');
  }

  sql<T>(): Promise<Results<T>> {
    this.#refuse();
  }

  exec(): Promise<Results[]> {
    this.#refuse();
  }

  rollback(): Promise<void> {
    this.#refuse();
  }

  listen(): Promise<(tx?: Transaction) => Promise<void>> {
    this.#refuse();
  }

  get closed(): boolean {
    return this.#preamble === null;
  }
}

function drizzleTransaction(client: Transaction, owner: Db): Tx {
  const dialect = new PgDialect();
  const session = new PgliteSession<NoSchema, ExtractTablesWithRelations<NoSchema>>(client, dialect, undefined);
  registerSession(session, owner);
  return new PgliteTransaction<NoSchema, ExtractTablesWithRelations<NoSchema>>(dialect, session, undefined);
}

/** Transactions on PGlite: its own transactions (and lock) with the preamble in the same call as BEGIN, and one-statement scopes in one call. */
export function pgliteTransactions(pglite: PGlite, owner: Db): TransactionRunner {
  const current = new CurrentTransaction();
  const tx = drizzleTransaction(current, owner);
  const one = new OneStatementClient(pglite);
  const oneTx = drizzleTransaction(one, owner);
  return {
    run: (preamble, fn) =>
      pglite.transaction((ptx) =>
        current.within(ptx, async () => {
          if (preamble !== null) await ptx.exec(preamble);
          return fn(tx);
        }),
      ),
    // PGlite has one connection: its transaction lock keeps every other statement out of the exchange.
    runOne: (preamble, fn) => pglite._runExclusiveTransaction(() => one.within(preamble, () => fn(oneTx))),
  };
}
