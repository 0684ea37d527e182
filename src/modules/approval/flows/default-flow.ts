import type { Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { approvalFlows } from '../schema.ts';
import type { FlowBody } from './flow-schema.ts';

/**
 * The demo's flow for travel requests: the direct manager (reminded after 24 hours), then
 * finance. Always two stages, so a request goes traveller → manager → finance.
 */
export const defaultTravelFlow: FlowBody = {
  conditions: [{ kind: 'category_in', categories: ['travel_request'] }],
  stages: [
    {
      id: 'manager',
      name: '直属上级审批',
      approvers: { kind: 'direct_manager' },
      mode: 'any',
      timeout: { afterMinutes: 24 * 60, action: 'remind' },
      onEmpty: { kind: 'skip' },
    },
    { id: 'finance', name: '财务审批', approvers: { kind: 'role', role: 'finance' }, mode: 'any', onEmpty: { kind: 'skip' } },
  ],
};

export async function insertDefaultFlow(tx: Tx, tenantId: string): Promise<string> {
  const id = newId();
  await tx.insert(approvalFlows).values({ tenantId, id, name: '差旅申请审批', priority: 100, definition: defaultTravelFlow, active: true });
  return id;
}
