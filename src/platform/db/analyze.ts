import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { inSystemScope } from './scope.ts';

/**
 * Refreshes the planner's statistics of tables a bulk write (CSV import, HR sync) has just changed.
 * Without it the planner keeps believing a table that grew by 10,000 rows is (nearly) empty and
 * joins every row before sorting; autovacuum would correct that only later on PostgreSQL, and
 * never on PGlite, which has no autovacuum. ANALYZE samples a bounded number of rows (~30,000),
 * so its cost does not grow with the table.
 *
 * Call it after the write has committed, outside tenant scope: ANALYZE needs the table's owner,
 * the connecting user, not tripdesk_app. The write stands whatever happens here, so a failure is
 * a warning, not an error for the caller.
 */
export async function refreshPlannerStatistics(db: Db, tables: readonly PgTable[]): Promise<void> {
  const names = sql.join(
    tables.map((t) => sql.identifier(getTableName(t))),
    sql`, `,
  );
  try {
    await inSystemScope(db, (tx) => tx.execute(sql`analyze ${names}`));
  } catch (err) {
    process.emitWarning(`Planner statistics not refreshed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
