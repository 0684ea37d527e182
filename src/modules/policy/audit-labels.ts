import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { policies } from './schema.ts';

/** Policy names for the audit log, in the caller's scope. */
export async function policyLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: policies.id, name: policies.name })
    .from(policies)
    .where(inArray(policies.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
