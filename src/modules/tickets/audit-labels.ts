import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { tickets } from './schema.ts';

/** "#100023 航班取消求改签": tickets named by number and subject for the audit log, in the caller's scope. */
export async function ticketAuditLabels(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: tickets.id, number: tickets.number, subject: tickets.subject })
    .from(tickets)
    .where(inArray(tickets.id, [...ids]));
  return new Map(rows.map((r) => [r.id, `#${r.number} ${r.subject}`]));
}
