import { sql } from 'drizzle-orm';
import { isUuid } from '../ids.ts';
import type { Db, Tx } from './database.ts';
import { transactionRunnerOf } from './transactions.ts';

/**
 * The statements that make a transaction tenant-scoped: the visible tenants, and the
 * non-privileged role `tripdesk_app`, under which row-level security applies. Both settings are
 * local: they end with the transaction. They are sent as text in the same message as BEGIN (one
 * round trip), so the tenant ids are literals: only UUIDs pass, which leaves nothing to quote.
 */
export function tenantScopePreamble(tenantIds: readonly string[]): string {
  for (const id of tenantIds) {
    if (!isUuid(id)) throw new Error(`not a tenant id: ${JSON.stringify(id)}`);
  }
  return `set local app.tenant_ids = '${tenantIds.join(',')}'; set local role tripdesk_app`;
}

/**
 * Runs fn in a transaction that sees only the given tenants' rows: the transaction switches to the
 * non-privileged role `tripdesk_app`, under which row-level security applies, and sets the visible
 * tenants. Both settings end with the transaction. An empty list sees nothing.
 */
export async function inTenantScope<T>(db: Db, tenantIds: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  const preamble = tenantScopePreamble(tenantIds);
  const runner = transactionRunnerOf(db);
  if (runner) return runner.run(preamble, fn);
  // Not a database open.ts opened (a transaction, a mock): a plain transaction, scoped by parameters.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_ids', ${tenantIds.join(',')}, true), set_config('role', 'tripdesk_app', true)`);
    return fn(tx);
  });
}

/**
 * inTenantScope for a single prepared statement (prepared.ts), in one exchange with the database:
 * the tenant scope and the statement travel as one message, one implicit transaction
 * (one-statement.ts), so a hot read costs one round trip instead of three. fn must run exactly one statement, prepared with
 * preparedStatement, on the tx it gets: a second statement, or one that is not prepared, is refused.
 * The statement commits with its exchange, so it is meant for reads (and single self-contained
 * writes): nothing fn does after it can roll it back.
 */
export async function oneStatementInTenantScope<T>(db: Db, tenantIds: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  const preamble = tenantScopePreamble(tenantIds);
  const runner = transactionRunnerOf(db);
  return runner ? runner.runOne(preamble, fn) : inTenantScope(db, tenantIds, fn);
}

/**
 * A transaction as the connecting (privileged) user: row-level security does not apply. Only for
 * authentication, migrations, seeding, audit verification and cross-tenant platform jobs.
 */
export function inSystemScope<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const runner = transactionRunnerOf(db);
  return runner ? runner.run(null, fn) : db.transaction(fn);
}
