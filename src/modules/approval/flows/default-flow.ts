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

/**
 * The demo's flow for out-of-policy orders (超标订单审批): the direct manager, or the travel
 * administrators when there is none. Orders inside an approved travel request meet it only when a
 * policy rule requires approval (travel/coverage/order-approval.ts); others whenever they break a rule.
 */
export const defaultOrderFlow: FlowBody = {
  conditions: [
    { kind: 'category_in', categories: ['flight', 'hotel', 'train', 'car'] },
    { kind: 'out_of_policy', is: true },
  ],
  stages: [
    {
      id: 'manager',
      name: '直属上级审批',
      approvers: { kind: 'direct_manager' },
      mode: 'any',
      timeout: { afterMinutes: 4 * 60, action: 'remind' },
      onEmpty: { kind: 'fallback', to: { kind: 'role', role: 'travel_admin' } },
    },
  ],
};

/**
 * The demo's flow for budget adjustments (预算调整审批: 追加 / 调减 / 调剂): finance approves, the
 * travel administrators when finance has nobody else (the requester never approves their own).
 */
export const defaultBudgetAdjustmentFlow: FlowBody = {
  conditions: [{ kind: 'category_in', categories: ['budget_adjustment'] }],
  stages: [
    {
      id: 'finance',
      name: '财务审批',
      approvers: { kind: 'role', role: 'finance' },
      mode: 'any',
      onEmpty: { kind: 'fallback', to: { kind: 'role', role: 'travel_admin' } },
    },
  ],
};

/** The demo flows: travel requests (priority 100), out-of-policy orders (200), budget adjustments (300). */
export async function insertDefaultFlows(tx: Tx, tenantId: string): Promise<void> {
  await tx.insert(approvalFlows).values([
    { tenantId, id: newId(), name: '差旅申请审批', priority: 100, definition: defaultTravelFlow, active: true },
    { tenantId, id: newId(), name: '超标订单审批', priority: 200, definition: defaultOrderFlow, active: true },
    { tenantId, id: newId(), name: '预算调整审批', priority: 300, definition: defaultBudgetAdjustmentFlow, active: true },
  ]);
}
