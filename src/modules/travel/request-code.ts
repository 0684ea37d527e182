import { and, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import { travelRequests } from './schema.ts';

/**
 * The next reference of the day for a tenant: TR + the China date + a five-digit sequence
 * (TR2026112500001). Writers of the same tenant and day queue on an advisory lock.
 */
export async function nextRequestCode(tx: Tx, tenantId: string, now: Date): Promise<string> {
  const prefix = `TR${chinaDateOf(now).replace(/-/g, '')}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`travel_request_code:${tenantId}:${prefix}`}, 0))`);
  const [last] = await tx
    .select({ code: sql<string | null>`max(${travelRequests.code})` })
    .from(travelRequests)
    .where(and(eq(travelRequests.tenantId, tenantId), like(travelRequests.code, `${prefix}%`)));
  const seq = last?.code ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(5, '0')}`;
}
