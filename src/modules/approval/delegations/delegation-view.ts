import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { approvalDelegations } from '../schema.ts';
import { employees } from '../../org/index.ts';

/** 委托: while away, an approver's decisions may be taken by a delegate (each manages their own). */

export interface DelegationView {
  id: string;
  delegateId: string;
  delegateName: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

export interface Delegator {
  tenantId: string;
  /** The caller's employee; null (not an employee) has no delegations. */
  employeeId: string | null;
}

export const selectDelegationViews = (db: Db, me: Delegator & { employeeId: string }, id?: string) =>
  inTenantScope(db, [me.tenantId], (tx) =>
    tx
      .select({
        id: approvalDelegations.id,
        delegateId: approvalDelegations.delegateId,
        delegateName: employees.name,
        startsAt: approvalDelegations.startsAt,
        endsAt: approvalDelegations.endsAt,
        reason: approvalDelegations.reason,
      })
      .from(approvalDelegations)
      .innerJoin(employees, and(eq(employees.tenantId, approvalDelegations.tenantId), eq(employees.id, approvalDelegations.delegateId)))
      .where(
        and(
          eq(approvalDelegations.tenantId, me.tenantId),
          eq(approvalDelegations.delegatorId, me.employeeId),
          id === undefined ? undefined : eq(approvalDelegations.id, id),
        ),
      )
      .orderBy(desc(approvalDelegations.startsAt), desc(approvalDelegations.id)),
  ).then((rows) => rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() })));

export async function listDelegations(db: Db, me: Delegator): Promise<DelegationView[]> {
  const { tenantId, employeeId } = me;
  return employeeId === null ? [] : selectDelegationViews(db, { tenantId, employeeId });
}
