import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, type FieldError, validationFailed } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { approvalDelegations } from '../schema.ts';
import { type Delegator, type DelegationView, selectDelegationViews } from './delegation-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notifyInApp } from '../../notify/index.ts';
import { employees } from '../../org/index.ts';

export interface DelegationInput {
  delegateId: string;
  startsAt: string;
  endsAt: string;
  reason?: string;
}

/**
 * A new delegation of the caller's approvals: to an active employee of the tenant, other than
 * oneself, ending after it starts.
 *
 * One delegate at a time: a period that overlaps one of the caller's delegations (periods are
 * [startsAt, endsAt), so one may start when another ends) is refused with DELEGATION_OVERLAP,
 * naming the delegation in the way; the caller ends that one first. Delegations are not followed
 * on: a delegate acts for their delegator, not for those who delegated to the delegator.
 */
export async function createDelegation(db: Db, args: { me: Delegator; actor: Actor; input: DelegationInput }): Promise<DelegationView> {
  const { me, actor, input } = args;
  const errors: FieldError[] = [];
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (me.employeeId === null) errors.push({ path: '', message: 'only employees can delegate their approvals' });
  if (Number.isNaN(startsAt.getTime())) errors.push({ path: 'startsAt', message: 'not a valid time' });
  if (Number.isNaN(endsAt.getTime())) errors.push({ path: 'endsAt', message: 'not a valid time' });
  else if (endsAt <= startsAt) errors.push({ path: 'endsAt', message: 'must be after startsAt' });
  if (input.delegateId === me.employeeId) errors.push({ path: 'delegateId', message: 'cannot delegate to oneself' });
  const delegatorId = me.employeeId;
  if (errors.length > 0 || delegatorId === null) throw validationFailed(errors);
  const id = newId();
  await inTenantScope(db, [me.tenantId], async (tx) => {
    // The delegator's row serialises their delegations: two overlapping ones created at once cannot both pass.
    await tx
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.tenantId, me.tenantId), eq(employees.id, delegatorId)))
      .for('no key update');
    const [delegate] = await tx
      .select({ status: employees.status, name: employees.name })
      .from(employees)
      .where(and(eq(employees.tenantId, me.tenantId), eq(employees.id, input.delegateId)));
    if (!delegate) throw validationFailed([{ path: 'delegateId', message: 'no such employee' }]);
    if (delegate.status !== 'active') throw validationFailed([{ path: 'delegateId', message: 'the employee is not active' }]);
    const [overlapping] = await tx
      .select({
        id: approvalDelegations.id,
        delegateId: approvalDelegations.delegateId,
        delegateName: employees.name,
        startsAt: approvalDelegations.startsAt,
        endsAt: approvalDelegations.endsAt,
      })
      .from(approvalDelegations)
      .innerJoin(employees, and(eq(employees.tenantId, approvalDelegations.tenantId), eq(employees.id, approvalDelegations.delegateId)))
      .where(
        and(
          eq(approvalDelegations.tenantId, me.tenantId),
          eq(approvalDelegations.delegatorId, delegatorId),
          lt(approvalDelegations.startsAt, endsAt),
          gt(approvalDelegations.endsAt, startsAt),
        ),
      )
      .orderBy(approvalDelegations.startsAt)
      .limit(1);
    if (overlapping) throw overlapError(overlapping);
    const reason = input.reason?.trim() ?? '';
    await tx
      .insert(approvalDelegations)
      .values({ tenantId: me.tenantId, id, delegatorId, delegateId: input.delegateId, startsAt, endsAt, reason });
    await appendAudit(tx, {
      tenantId: me.tenantId,
      actor,
      action: 'approval_delegation.created',
      entityType: 'approval_delegation',
      entityId: id,
      summary: `Approvals delegated to ${delegate.name}`,
      data: {
        delegatorId,
        delegateId: input.delegateId,
        delegateName: delegate.name,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        reason,
      },
    });
    await notifyInApp(tx, {
      tenantId: me.tenantId,
      recipientIds: [input.delegateId],
      template: 'approval_delegated',
      data: { delegatorId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason },
      link: '/approvals',
    });
  });
  const [view] = await selectDelegationViews(db, { tenantId: me.tenantId, employeeId: delegatorId }, id);
  if (!view) throw new Error('created delegation not readable');
  return view;
}

function overlapError(d: { id: string; delegateId: string; delegateName: string; startsAt: Date; endsAt: Date }): AppError {
  const conflicting = { ...d, startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString() };
  return new AppError(
    'DELEGATION_OVERLAP',
    `You already delegate your approvals to ${d.delegateName} from ${conflicting.startsAt} until ${conflicting.endsAt} (delegation ${d.id}); end it first`,
    { conflicting },
  );
}
