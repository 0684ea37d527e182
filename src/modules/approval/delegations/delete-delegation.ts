import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { approvalDelegations } from '../schema.ts';
import type { Delegator } from './delegation-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

/** Removes one of the caller's delegations (another's is not found). */
export async function deleteDelegation(db: Db, args: { me: Delegator; actor: Actor; id: string }): Promise<void> {
  const { me, actor, id } = args;
  const delegatorId = me.employeeId;
  if (delegatorId === null) throw notFound('delegation');
  await inTenantScope(db, [me.tenantId], async (tx) => {
    const [row] = await tx
      .delete(approvalDelegations)
      .where(
        and(
          eq(approvalDelegations.tenantId, me.tenantId),
          eq(approvalDelegations.id, id),
          eq(approvalDelegations.delegatorId, delegatorId),
        ),
      )
      .returning({ delegateId: approvalDelegations.delegateId });
    if (!row) throw notFound('delegation');
    await appendAudit(tx, {
      tenantId: me.tenantId,
      actor,
      action: 'approval_delegation.deleted',
      entityType: 'approval_delegation',
      entityId: id,
      summary: 'Delegation removed',
      data: { delegateId: row.delegateId },
    });
  });
}
