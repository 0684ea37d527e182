import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { rolesByEmployee } from '../../auth/index.ts';
import { loadOrgStructure } from '../../org/index.ts';
import { directoryFromSnapshot, type OrgDirectory, type OrgSnapshot } from '../engine/index.ts';
import { approvalDelegations } from '../schema.ts';

export interface LoadedOrg {
  snapshot: OrgSnapshot;
  directory: OrgDirectory;
}

/**
 * What the engine's OrgDirectory needs of one tenant, read in the caller's transaction: the
 * organisation's structure (reporting lines, departments and their heads, project owners), the
 * roles of active accounts, and the delegations in force at `now` or later.
 */
export async function loadApprovalOrg(tx: Tx, tenantId: string, now: Date): Promise<LoadedOrg> {
  // One statement after another: a transaction is one connection (node-postgres deprecates
  // sending a statement while another runs), so Promise.all would gain nothing.
  const structure = await loadOrgStructure(tx, tenantId);
  const roles = await rolesByEmployee(tx, tenantId);
  const delegations = await tx
    .select({
      from: approvalDelegations.delegatorId,
      to: approvalDelegations.delegateId,
      startsAt: approvalDelegations.startsAt,
      endsAt: approvalDelegations.endsAt,
    })
    .from(approvalDelegations)
    .where(and(eq(approvalDelegations.tenantId, tenantId), gt(approvalDelegations.endsAt, now)));
  const snapshot: OrgSnapshot = {
    employees: structure.employees.map((e) => ({ ...e, roles: roles.get(e.id) ?? [] })),
    departments: structure.departments,
    projects: structure.projects,
    costCentres: structure.costCentres,
    delegations: delegations.map((d) => ({ from: d.from, to: d.to, startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString() })),
  };
  return { snapshot, directory: directoryFromSnapshot(snapshot) };
}
