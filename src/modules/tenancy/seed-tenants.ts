import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { tenants } from './schema.ts';

/** How many enterprises the database holds (a seed runs only into an empty one). */
export async function countTenants(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(tenants);
  return row?.n ?? 0;
}

/** Writes enterprises in bulk with ids given by the caller (system scope): seeding only; onboarding uses createTenant. */
export async function seedTenants(tx: Tx, rows: (typeof tenants.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(tenants).values(rows);
}
