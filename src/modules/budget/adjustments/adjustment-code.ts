import { and, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { chinaDateOf } from '../../../platform/time/china-time.ts';
import { budgetAdjustments } from '../schema.ts';

/**
 * The next adjustment reference of the day for a tenant: TZ (调整) + the China date + a five-digit
 * sequence (TZ2026120700001). Writers of the same tenant and day queue on an advisory lock.
 */
export async function nextAdjustmentCode(tx: Tx, tenantId: string, now: Date): Promise<string> {
  const prefix = `TZ${chinaDateOf(now).replace(/-/g, '')}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`budget_adjustment_code:${tenantId}:${prefix}`}, 0))`);
  const [last] = await tx
    .select({ code: sql<string | null>`max(${budgetAdjustments.code})` })
    .from(budgetAdjustments)
    .where(and(eq(budgetAdjustments.tenantId, tenantId), like(budgetAdjustments.code, `${prefix}%`)));
  const seq = last?.code ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(5, '0')}`;
}
