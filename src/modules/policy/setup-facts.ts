import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { policies, policyVersions } from './schema.ts';

/** How many active policies have a published version (0: travellers have no travel policy at all). */
export async function publishedPolicyCount(tx: Tx, tenantId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(distinct ${policies.id})::int`.mapWith(Number) })
    .from(policies)
    .innerJoin(policyVersions, and(eq(policyVersions.tenantId, policies.tenantId), eq(policyVersions.policyId, policies.id)))
    .where(and(eq(policies.tenantId, tenantId), eq(policies.status, 'active'), eq(policyVersions.status, 'published')));
  return row?.n ?? 0;
}
