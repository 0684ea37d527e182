import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { type FieldError, validationFailed } from '../../../platform/errors/app-error.ts';
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

/** A new delegation of the caller's approvals: to an active employee of the tenant, other than oneself, ending after it starts. */
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
    const [delegate] = await tx
      .select({ status: employees.status, name: employees.name })
      .from(employees)
      .where(and(eq(employees.tenantId, me.tenantId), eq(employees.id, input.delegateId)));
    if (!delegate) throw validationFailed([{ path: 'delegateId', message: 'no such employee' }]);
    if (delegate.status !== 'active') throw validationFailed([{ path: 'delegateId', message: 'the employee is not active' }]);
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
      data: { delegatorId, delegateId: input.delegateId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason },
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
