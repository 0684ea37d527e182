/**
 * Approval flows, approval progress, the inbox and delegations as the approval API sends them.
 * A flow's definition mirrors the engine's JSON (src/modules/approval/engine/flow-definition.ts).
 */

export const APPROVAL_CATEGORIES = ['travel_request', 'flight', 'hotel', 'train', 'car', 'expense'] as const;
export type ApprovalCategory = (typeof APPROVAL_CATEGORIES)[number];

export type FlowCondition =
  | { kind: 'amount_at_least'; fen: number }
  | { kind: 'amount_at_most'; fen: number }
  | { kind: 'amount_between'; minFen: number; maxFen: number }
  | { kind: 'category_in'; categories: ApprovalCategory[] }
  | { kind: 'department_in'; departmentIds: string[] }
  | { kind: 'out_of_policy'; is: boolean }
  | { kind: 'project_in'; projectIds: string[] }
  | { kind: 'has_project'; is: boolean }
  /** Orders inside an approved travel request (no second approval unless a flow asks with is: true). */
  | { kind: 'within_approved_request'; is: boolean };

export type FlowConditionKind = FlowCondition['kind'];

export type ApproverRule =
  | { kind: 'direct_manager' }
  | { kind: 'manager_chain'; levels: number }
  | { kind: 'department_head'; of: 'requester' | 'parent' }
  | { kind: 'role'; role: string }
  | { kind: 'user'; userId: string }
  | { kind: 'project_owner' };

export type ApproverRuleKind = ApproverRule['kind'];
export const APPROVER_RULE_KINDS: readonly ApproverRuleKind[] = ['direct_manager', 'manager_chain', 'department_head', 'role', 'user', 'project_owner'];

export type FallbackRule = Extract<ApproverRule, { kind: 'user' } | { kind: 'role' }>;
export type StageMode = 'any' | 'all';
export const TIMEOUT_ACTIONS = ['remind', 'escalate', 'auto_approve', 'auto_reject'] as const;
export type TimeoutAction = (typeof TIMEOUT_ACTIONS)[number];

export interface TimeoutRule {
  afterMinutes: number;
  action: TimeoutAction;
  remindEveryMinutes?: number;
}

export type EmptyStagePolicy = { kind: 'skip' } | { kind: 'fail' } | { kind: 'fallback'; to: FallbackRule };

export interface StageDefinition {
  id: string;
  name: string;
  approvers: ApproverRule;
  mode: StageMode;
  timeout?: TimeoutRule;
  onEmpty: EmptyStagePolicy;
}

export interface FlowDefinition {
  /** The flow's own id, name and priority; the server ignores these copies. */
  id?: string;
  name?: string;
  priority?: number;
  conditions: FlowCondition[];
  stages: StageDefinition[];
  skipRepeatedApprover?: boolean;
}

export interface Flow {
  id: string;
  name: string;
  priority: number;
  active: boolean;
  definition: FlowDefinition;
  createdAt: string;
  updatedAt: string;
}

export interface FlowWrite {
  name: string;
  priority: number;
  active?: boolean;
  definition: FlowDefinition;
}

/* ---------- Progress of one approval ---------- */

export interface PersonRef {
  employeeId: string;
  name: string;
}

export interface StageApprover extends PersonRef {
  onBehalfOf?: PersonRef | null;
  /** 'pending' | 'approved' | 'rejected' | 'skipped' | 'transferred' | 'returned' … */
  decision: string;
  decidedAt: string | null;
  comment: string | null;
}

export interface ApprovalStageView {
  id: string;
  name: string;
  mode: StageMode;
  status: string;
  approvers: StageApprover[];
  dueAt: string | null;
}

export type ApprovalActionName = 'approve' | 'reject' | 'return' | 'transfer' | 'add_approver' | 'comment';

export interface ApprovalView {
  instanceId: string;
  flowName: string;
  status: string;
  stages: ApprovalStageView[];
  currentStageIndex: number | null;
  canAct: boolean;
  actions: string[];
}

export interface ApprovalActionRequest {
  action: ApprovalActionName;
  comment?: string;
  toEmployeeId?: string;
  position?: 'before' | 'after' | 'parallel';
  rejectTo?: 'requester' | number;
}

/* ---------- Likely approvers (预计审批人) ---------- */

export interface ApprovalPreviewRequest {
  category: ApprovalCategory;
  amountFen: number;
  projectId?: string | null;
}

/** One stage as it would likely go if everyone approved. */
export interface StagePreview {
  stageId: string;
  name: string;
  mode: StageMode;
  /** open: these people would be asked; skip: nobody is left and the stage is passed; fail: the approval would stop here. */
  outcome: 'open' | 'skip' | 'fail';
  /** Asked one step after another (a manager chain is a step per level); within a step, per the mode. */
  steps: PersonRef[][];
  /** The stage's own rule left nobody; its fallback answers. */
  fallback: boolean;
  /** People the rule named but left out: reason 'requester' / 'inactive' / 'already_approved'. */
  skipped: (PersonRef & { reason: string })[];
}

export interface ApprovalPreview {
  /** null: no flow applies (a travel request is then approved at once). */
  flow: { id: string; name: string } | null;
  stages: StagePreview[];
}

/* ---------- Inbox ---------- */

export type InboxState = 'pending' | 'done';

/** Narrow an inbox page (the counts stay whole). */
export interface InboxFilters {
  q?: string;
  due?: 'overdue' | 'due_today';
}

export interface InboxItem {
  instanceId: string;
  subjectType: 'travel_request' | string;
  subjectId: string;
  subjectCode: string | null;
  title: string | null;
  requesterName: string;
  amountFen: number;
  stageName: string;
  since: string;
  dueAt: string | null;
  onBehalfOf: PersonRef | null;
}

export interface InboxCounts {
  pending: number;
  overdue: number;
  dueToday: number;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor?: string | null;
  counts: InboxCounts;
}

export interface BulkApproveResult {
  results: { instanceId: string; ok: boolean; code?: string }[];
}

/* ---------- Delegations (委托) ---------- */

export interface Delegation {
  id: string;
  delegateId: string;
  delegateName: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

export interface DelegationCreate {
  delegateId: string;
  startsAt: string;
  endsAt: string;
  reason?: string;
}
