import { sql } from 'drizzle-orm';
import type { Db, Tx } from './database.ts';

/**
 * Runs fn in a transaction that sees only the given tenants' rows: the transaction switches to the
 * non-privileged role `tripdesk_app`, under which row-level security applies, and sets the visible
 * tenants. Both settings end with the transaction. An empty list sees nothing.
 */
export function inTenantScope<T>(db: Db, tenantIds: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.tenant_ids', ${tenantIds.join(',')}, true), set_config('role', 'tripdesk_app', true)`,
    );
    return fn(tx);
  });
}

/**
 * A transaction as the connecting (privileged) user: row-level security does not apply. Only for
 * authentication, migrations, seeding, audit verification and cross-tenant platform jobs.
 */
export function inSystemScope<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
