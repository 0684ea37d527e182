import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { policies, policyVersions } from './schema.ts';

/** Row access shared by the policy use cases, inside their transaction. */

export type PolicyRow = typeof policies.$inferSelect;
export type VersionRow = typeof policyVersions.$inferSelect;

/**
 * The policy, locked until the transaction ends: every change to a policy, its versions or its
 * assignments takes this lock first, so that concurrent edits of one policy run one after another.
 */
export async function lockPolicy(tx: Tx, tenantId: string, id: string): Promise<PolicyRow> {
  const [row] = await tx
    .select()
    .from(policies)
    .where(and(eq(policies.tenantId, tenantId), eq(policies.id, id)))
    .for('update');
  if (!row) throw notFound('policy');
  return row;
}

/** The policy's version in the given state (there is at most one draft and one published). */
export async function versionInState(
  tx: Tx,
  tenantId: string,
  policyId: string,
  status: 'draft' | 'published',
): Promise<VersionRow | null> {
  const [row] = await tx
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.policyId, policyId), eq(policyVersions.status, status)));
  return row ?? null;
}

export async function nextVersionNumber(tx: Tx, tenantId: string, policyId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${policyVersions.version}), 0)::int` })
    .from(policyVersions)
    .where(and(eq(policyVersions.tenantId, tenantId), eq(policyVersions.policyId, policyId)));
  return (row?.n ?? 0) + 1;
}

/**
 * Whether another policy of the tenant already has this name (case-insensitive). Callers hold
 * the tenant's policy-name lock (lockPolicyNames) so that two creations cannot both pass.
 */
export async function policyNameTaken(tx: Tx, tenantId: string, name: string, exceptId: string | null): Promise<boolean> {
  const rows = await tx
    .select({ id: policies.id })
    .from(policies)
    .where(
      and(
        eq(policies.tenantId, tenantId),
        sql`lower(${policies.name}) = lower(${name})`,
        exceptId === null ? undefined : sql`${policies.id} <> ${exceptId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function lockPolicyNames(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`policy-names:${tenantId}`}, 0))`);
}
