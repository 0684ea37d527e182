import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { travelRequests } from './schema.ts';

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

/** "TR2026110500012 拜访苏州重点客户…": how the audit log names travel requests, in the caller's scope. */
export async function travelRequestLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: travelRequests.id, code: travelRequests.code, purpose: travelRequests.purpose })
    .from(travelRequests)
    .where(inArray(travelRequests.id, [...ids]));
  return new Map(rows.map((r) => [r.id, `${r.code} ${short(r.purpose)}`]));
}
