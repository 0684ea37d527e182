import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../approval/index.ts';
import { decideOrderApproval } from './order-approval.ts';
import { flow, stage, subject } from '../../approval/engine/testing/org-fixture.ts';

const manager = [stage('m', { kind: 'direct_manager' })];
const orders: FlowDefinition = flow(manager, {
  id: 'orders',
  priority: 10,
  conditions: [{ kind: 'category_in', categories: ['flight', 'hotel'] }],
});
const bigCovered: FlowDefinition = flow(manager, {
  id: 'big-covered',
  priority: 5,
  conditions: [
    { kind: 'within_approved_request', is: true },
    { kind: 'amount_at_least', fen: 500_000 },
  ],
});
const decide = (
  covered: boolean,
  policyOutcome: Parameters<typeof decideOrderApproval>[0]['policyOutcome'],
  flows: FlowDefinition[],
  amountFen = 250_000,
) => decideOrderApproval({ covered, policyOutcome, flows, subject: subject({ amountFen }) });

describe('order approval (订单审批)', () => {
  it('an order inside an approved request needs no second approval, even where a catch-all flow exists', () => {
    expect(decide(true, 'allow', [orders])).toMatchObject({ outcome: 'no_approval', reason: 'covered_by_request', flow: null });
    expect(decide(true, 'warn', [orders]).outcome).toBe('no_approval');
    expect(decide(true, null, [orders]).outcome).toBe('no_approval');
  });

  it('unless a flow asks for covered orders (within_approved_request: true) and applies', () => {
    expect(decide(true, 'allow', [orders, bigCovered], 600_000)).toMatchObject({
      outcome: 'approval_required',
      reason: 'flow_requires_within_request',
      flow: { id: 'big-covered' },
    });
    expect(decide(true, 'allow', [orders, bigCovered], 400_000).outcome).toBe('no_approval');
  });

  it('or unless the policy requires approval: then the flows decide as usual', () => {
    expect(decide(true, 'require_approval', [orders])).toMatchObject({
      outcome: 'approval_required',
      reason: 'policy_requires_approval',
      flow: { id: 'orders' },
    });
    expect(decide(true, 'require_approval', [])).toMatchObject({ outcome: 'no_approval', reason: 'no_flow' });
  });

  it('says so plainly when the policy asks for approval but no flow applies', () => {
    expect(decide(false, 'require_approval', []).explanation['zh-CN']).toBe(
      '差旅标准要求此项审批，但没有适用的审批流程，因此无需审批；请差旅管理员为此类订单配置审批流程',
    );
    expect(decide(false, 'allow', []).explanation['zh-CN']).toBe('无适用的审批流程，无需审批');
  });

  it('an order outside any approved request goes through the flows; a flow for covered orders does not apply to it', () => {
    expect(decide(false, 'allow', [orders, bigCovered], 600_000)).toMatchObject({
      outcome: 'approval_required',
      reason: 'not_covered',
      flow: { id: 'orders' },
    });
    expect(decide(false, 'allow', [bigCovered], 600_000)).toMatchObject({ outcome: 'no_approval', reason: 'no_flow' });
  });

  it('a blocked option is refused whatever covers it', () => {
    expect(decide(true, 'block', [orders])).toMatchObject({ outcome: 'blocked', reason: 'policy_blocks', flow: null });
    expect(decide(false, 'block', [orders]).explanation['zh-CN']).toBe('差旅标准禁止预订此项');
  });
});
