import type { Tx } from '../../platform/db/database.ts';
import { validationFailed } from '../../platform/errors/app-error.ts';
import type { TravelRequestRow } from './travel-request-view.ts';
import type { ApprovalSubject, OrgDirectory } from '../approval/index.ts';
import { departmentChain } from '../org/index.ts';

/**
 * A travel request (or a change of one) as an approval subject. The approval starts from the
 * traveller — the first one when there are several — not from whoever filed it (秘书代订): the
 * traveller's department picks the flow and the department head, the traveller's manager chain
 * approves. The filer stays the requester (who may withdraw, and is told of the decision).
 */
export async function travelApprovalSubject(
  tx: Tx,
  tenantId: string,
  row: Pick<TravelRequestRow, 'travellerIds' | 'projectId' | 'costCentreId'>,
  requesterId: string,
  amountFen: number,
  directory: OrgDirectory,
): Promise<ApprovalSubject> {
  const anchor = row.travellerIds[0] ?? requesterId;
  const departmentId = directory.employeeDepartment(anchor);
  if (departmentId === null) throw validationFailed([{ path: 'travellerIds[0]', message: 'the traveller has no department' }]);
  const others = row.travellerIds.filter((id) => id !== requesterId);
  return {
    category: 'travel_request',
    amountFen,
    departmentId,
    departmentChain: await departmentChain(tx, tenantId, departmentId),
    outOfPolicy: false,
    projectId: row.projectId,
    requesterId,
    ...(anchor !== requesterId ? { anchorEmployeeId: anchor } : {}),
    ...(others.length > 0 ? { travellerIds: others } : {}),
    travellers: row.travellerIds,
    costCentreId: row.costCentreId,
  };
}
