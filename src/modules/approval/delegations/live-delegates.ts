import { and, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { approvalDelegations } from '../schema.ts';

/**
 * The delegate in force at `now` for each of the approvers who has one (the most recently started
 * delegation wins, as in the engine's directory).
 */
export async function liveDelegates(tx: Tx, tenantId: string, approverIds: readonly string[], now: Date): Promise<Map<string, string>> {
  if (approverIds.length === 0) return new Map();
  const rows = await tx
    .select({ from: approvalDelegations.delegatorId, to: approvalDelegations.delegateId })
    .from(approvalDelegations)
    .where(
      and(
        eq(approvalDelegations.tenantId, tenantId),
        inArray(approvalDelegations.delegatorId, [...new Set(approverIds)]),
        lte(approvalDelegations.startsAt, now),
        gt(approvalDelegations.endsAt, now),
      ),
    )
    .orderBy(desc(approvalDelegations.startsAt), desc(approvalDelegations.id));
  const map = new Map<string, string>();
  for (const r of rows) if (!map.has(r.from)) map.set(r.from, r.to);
  return map;
}
