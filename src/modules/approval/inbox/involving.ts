import { type SQL, sql } from 'drizzle-orm';

/**
 * A subquery of the ids of a tenant's approvals that ask the employee now (in their own place, or
 * as the delegate in force of an approver, never on their own request) or in which they have
 * decided. Modules whose subjects are approved filter their lists with it ("approving: mine"), e.g.
 * `sql\`${table.approvalInstanceId} in (${approvalsInvolving(tenantId, me)})\``.
 */
export function approvalsInvolving(tenantId: string, employeeId: string): SQL {
  const decided = JSON.stringify([{ by: employeeId }]);
  return sql`
    select i.id from approval_instances i
     where i.tenant_id = ${tenantId}
       and (exists (select 1 from approval_tasks k
                     where k.tenant_id = i.tenant_id and k.instance_id = i.id and k.on_behalf_of is null
                       and (k.approver_id = ${employeeId}::uuid
                            or (i.requester_id <> ${employeeId}::uuid and k.approver_id in (
                                  select d.delegator_id from approval_delegations d
                                   where d.tenant_id = i.tenant_id and d.delegate_id = ${employeeId}::uuid
                                     and d.starts_at <= now() and d.ends_at > now()))))
            or (i.state->'history') @> ${decided}::jsonb)`;
}
