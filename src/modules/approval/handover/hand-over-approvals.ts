import { and, eq, gt, lte, or } from 'drizzle-orm';
import { type ApprovalWork, hooksFor } from '../approval-work.ts';
import { type OrgDirectory, SYSTEM } from '../engine/index.ts';
import { loadApprovalOrg } from '../org/load-approval-org.ts';
import { approvalDelegations } from '../schema.ts';
import { type HandoverTargets, planHandover, type PlannedHandover } from './plan-handover.ts';
import { reassignOnInstance } from './reassign-on-instance.ts';
import { appendAudit } from '../../audit/index.ts';

export interface HandedOver extends PlannedHandover {
  /** Where the approval is seen in the console. */
  link: string;
}

/**
 * 离职交接, in the work's transaction (the one that deactivated the leaver): every pending place of
 * the leaver moves to the successor (or a fallback, see planHandover) with a timeline entry
 * `approval.reassigned` (reason offboarding) and an audit entry; a place where they were only the
 * delegate stays with its approver. Their delegations, given or received, end now. Places nobody
 * can take are left as they are and reported (toId null), so the caller can tell the admins.
 * `by` is the administrator's employee id, or null (an HR sync, an API key).
 */
export async function handOverApprovals(work: ApprovalWork, targets: HandoverTargets & { by: string | null }): Promise<HandedOver[]> {
  const { tx, tenantId, now } = work;
  await endDelegationsOf(work, targets.leaverId);
  let directory: OrgDirectory | undefined;
  const directoryOf = async () => (directory ??= (await loadApprovalOrg(tx, tenantId, now)).directory);
  const plans = await planHandover(tx, tenantId, targets, directoryOf);
  const done: HandedOver[] = [];
  for (const plan of plans) {
    const link = hooksFor(work, plan.subjectType).link(plan.subjectId);
    if (plan.toId === null && !plan.asDelegate) {
      done.push({ ...plan, link });
      continue;
    }
    await reassignOnInstance(
      work,
      plan.instanceId,
      { by: targets.by ?? SYSTEM, from: targets.leaverId, to: plan.toId ?? targets.leaverId, reason: 'offboarding' },
      { directory: await directoryOf() },
    );
    done.push({ ...plan, link });
  }
  return done;
}

/** Delegations to or from the leaver: those in force end now, later ones are dropped. */
async function endDelegationsOf(work: ApprovalWork, employeeId: string): Promise<void> {
  const { tx, tenantId, now } = work;
  const theirs = and(
    eq(approvalDelegations.tenantId, tenantId),
    or(eq(approvalDelegations.delegatorId, employeeId), eq(approvalDelegations.delegateId, employeeId)),
    gt(approvalDelegations.endsAt, now),
  );
  const ended = await tx
    .update(approvalDelegations)
    .set({ endsAt: now })
    .where(and(theirs, lte(approvalDelegations.startsAt, now)))
    .returning({ id: approvalDelegations.id });
  const dropped = await tx.delete(approvalDelegations).where(theirs).returning({ id: approvalDelegations.id });
  for (const [list, action] of [
    [ended, 'approval_delegation.ended'],
    [dropped, 'approval_delegation.deleted'],
  ] as const) {
    for (const d of list) {
      await appendAudit(tx, {
        tenantId,
        actor: work.actor,
        action,
        entityType: 'approval_delegation',
        entityId: d.id,
        summary: `Delegation ${action === 'approval_delegation.ended' ? 'ended' : 'removed'}: an employee in it left`,
        data: { reason: 'offboarding', employeeId },
      });
    }
  }
}
