import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { tenants } from './schema.ts';

/** "ACME 艾克米科技": enterprises named by code and name for the audit log, in the caller's scope. */
export async function tenantLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: tenants.id, code: tenants.code, name: tenants.name })
    .from(tenants)
    .where(inArray(tenants.id, [...ids]));
  return new Map(rows.map((r) => [r.id, `${r.code} ${r.name}`]));
}
