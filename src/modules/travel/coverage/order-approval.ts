import { type ApprovalSubject, type FlowDefinition, selectFlow } from '../../approval/index.ts';
import type { Explanation, Outcome } from '../../policy/index.ts';

export type OrderApprovalOutcome = 'blocked' | 'approval_required' | 'no_approval';

export type OrderApprovalReason =
  /** The policy blocks the option: it cannot be booked at all. */
  | 'policy_blocks'
  /** Inside an approved request and nothing asks for more: no second approval. */
  | 'covered_by_request'
  /** Inside an approved request, but a flow asks for such orders (condition within_approved_request). */
  | 'flow_requires_within_request'
  /** A policy rule's action is require_approval. */
  | 'policy_requires_approval'
  /** No approved request covers the order: the tenant's flows decide. */
  | 'not_covered'
  /** Approval would be asked for, but no flow applies: approved at once, as a travel request is. */
  | 'no_flow';

export interface OrderApprovalDecision<F extends FlowDefinition> {
  outcome: OrderApprovalOutcome;
  reason: OrderApprovalReason;
  flow: F | null;
  explanation: Explanation;
}

const asksForCovered = (flow: FlowDefinition) => flow.conditions.some((c) => c.kind === 'within_approved_request' && c.is);

const TEXT: Record<OrderApprovalReason, Explanation> = {
  policy_blocks: { 'zh-CN': '差旅标准禁止预订此项', en: 'The travel policy blocks this option' },
  covered_by_request: { 'zh-CN': '在已通过的出差申请范围内，无需再次审批', en: 'Inside an approved travel request: no second approval' },
  flow_requires_within_request: {
    'zh-CN': '虽在出差申请范围内，审批流程要求此类订单审批',
    en: 'Inside an approved travel request, but an approval flow asks for such orders',
  },
  policy_requires_approval: { 'zh-CN': '差旅标准要求此项额外审批', en: 'The travel policy requires approval for this option' },
  not_covered: {
    'zh-CN': '不在已通过的出差申请范围内，需按审批流程审批',
    en: 'Not covered by an approved travel request: the approval flow applies',
  },
  no_flow: { 'zh-CN': '无适用的审批流程，无需审批', en: 'No approval flow applies: no approval needed' },
};
/** 'no_flow' where the policy had asked for approval: said plainly, so that the gap gets closed. */
const NO_FLOW_THOUGH_ASKED: Explanation = {
  'zh-CN': '差旅标准要求此项审批，但没有适用的审批流程，因此无需审批；请差旅管理员为此类订单配置审批流程',
  en: 'The travel policy requires approval for this option, but no approval flow applies, so none is needed; a travel administrator should set up a flow for such orders',
};

/**
 * Whether an order needs approval (订单审批). Pure. The rule of the product: an order inside an
 * approved travel request's bounds needs no second approval unless a rule says so — a policy rule
 * whose action is require_approval, or a flow that names such orders with the condition
 * within_approved_request: true. Otherwise the tenant's flows decide as for any subject, with the
 * subject's outOfPolicy and withinApprovedRequest set by the caller. A blocked option is refused.
 */
export function decideOrderApproval<F extends FlowDefinition>(args: {
  covered: boolean;
  policyOutcome: Outcome | null;
  flows: readonly F[];
  subject: ApprovalSubject;
}): OrderApprovalDecision<F> {
  const decided = (outcome: OrderApprovalOutcome, reason: OrderApprovalReason, flow: F | null = null): OrderApprovalDecision<F> => ({
    outcome,
    reason,
    flow,
    explanation: TEXT[reason],
  });
  if (args.policyOutcome === 'block') return decided('blocked', 'policy_blocks');
  const subject = { ...args.subject, withinApprovedRequest: args.covered };
  const policyAsks = args.policyOutcome === 'require_approval';
  if (args.covered && !policyAsks) {
    const flow = selectFlow(args.flows.filter(asksForCovered), subject);
    return flow === null
      ? decided('no_approval', 'covered_by_request')
      : decided('approval_required', 'flow_requires_within_request', flow);
  }
  const flow = selectFlow(args.flows, subject);
  if (flow === null)
    return policyAsks ? { ...decided('no_approval', 'no_flow'), explanation: NO_FLOW_THOUGH_ASKED } : decided('no_approval', 'no_flow');
  return decided('approval_required', policyAsks ? 'policy_requires_approval' : 'not_covered', flow);
}
