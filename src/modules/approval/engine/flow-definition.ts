/**
 * Approval flow definitions: plain JSON data a tenant administrator edits. A flow says when it
 * applies (conditions) and who approves, stage after stage. An instance keeps a snapshot of the
 * flow it started with, so editing a flow never changes requests already in approval.
 */

export const approvalCategories = ['travel_request', 'flight', 'hotel', 'train', 'car', 'expense', 'budget_adjustment'] as const;
export type ApprovalCategory = (typeof approvalCategories)[number];

/** What is being approved, as far as choosing a flow and resolving approvers needs to know. */
export interface ApprovalSubject {
  category: ApprovalCategory;
  amountFen: number;
  /** The department the request belongs to (usually the requester's). */
  departmentId: string;
  /** departmentId and its ancestors, nearest first: [departmentId, its parent, …, the root] (the organisation's departmentChain). */
  departmentChain: string[];
  outOfPolicy: boolean;
  projectId: string | null;
  requesterId: string;
  /**
   * The employee the organisation's rules start from (direct manager, manager chain), when it is not
   * the requester: the (first) traveller of a request filed for someone else (秘书代订). Like the
   * requester, this employee never approves the subject. Absent: the requester.
   */
  anchorEmployeeId?: string;
  /**
   * Who travels on the subject besides the requester, if anyone (absent on instances stored before
   * it was recorded). Like the requester, none of them may decide on it as a delegate.
   */
  travellerIds?: string[];
  /**
   * An order inside an approved travel request's bounds (see travel/coverage). Such orders need no
   * second approval: only flows that ask for them with the condition within_approved_request are
   * tried (order-approval.ts). Absent for travel requests themselves.
   */
  withinApprovedRequest?: boolean;
  /**
   * Everyone travelling on the subject, the requester included when they travel (for the rule
   * traveller_managers). Absent on instances stored before it was recorded: then the requester
   * and travellerIds.
   */
  travellers?: string[];
  /** The cost centre the subject is charged to (费用归属), for the rule cost_centre_owner; absent or null: none. */
  costCentreId?: string | null;
  /**
   * 发起人自选: the approver the requester chose at submission for each requester_choice stage,
   * by stage id (checked against the stage's candidates: checkRequesterChoices).
   */
  chosenApprovers?: Record<string, string>;
}

/** One test on the subject; a flow applies when all of its conditions hold. Amounts are inclusive. */
export type Condition =
  | { kind: 'amount_at_least'; fen: number }
  | { kind: 'amount_at_most'; fen: number }
  | { kind: 'amount_between'; minFen: number; maxFen: number }
  | { kind: 'category_in'; categories: ApprovalCategory[] }
  /** The subject's department or any of its ancestors is one of these (a whole subtree). */
  | { kind: 'department_in'; departmentIds: string[] }
  | { kind: 'out_of_policy'; is: boolean }
  | { kind: 'project_in'; projectIds: string[] }
  | { kind: 'has_project'; is: boolean }
  /** The order lies inside an approved travel request (is: true makes a flow that approves such orders anyway). */
  | { kind: 'within_approved_request'; is: boolean };

/** Who approves a stage, resolved against the organisation when the stage is entered. */
export type ApproverRule =
  | { kind: 'direct_manager' }
  /** The requester's manager, then that manager's manager … `levels` levels up, one after another. */
  | { kind: 'manager_chain'; levels: number }
  /** The head of the subject's department ('requester') or of its parent; climbs while a department has no head. */
  | { kind: 'department_head'; of: 'requester' | 'parent' }
  /** Everyone holding an approval role in the tenant (finance, travel_admin, executive …). */
  | { kind: 'role'; role: string }
  | { kind: 'user'; userId: string }
  /** Several named people asked together (或签 / 会签 by the stage's mode), e.g. named finance officers. */
  | { kind: 'users'; userIds: string[] }
  /** The owner of the subject's project (费用归属: the project). */
  | { kind: 'project_owner' }
  /** The owner of the subject's cost centre (费用归属: the cost centre). */
  | { kind: 'cost_centre_owner' }
  /**
   * Each traveller's direct manager, asked together in one step (deduplicated). A manager who
   * travels on the subject too is passed over for the next manager up who does not.
   */
  | { kind: 'traveller_managers' }
  /** 发起人自选: the requester picks one of these employees at submission (subject.chosenApprovers). */
  | { kind: 'requester_choice'; candidateIds: string[] };

/** The rules a stage may fall back to when its own rule leaves nobody. */
export type FallbackRule = Extract<ApproverRule, { kind: 'user' } | { kind: 'role' }>;

/** 或签 ('any': the first approval decides) or 会签 ('all': everyone must approve). */
export type StageMode = 'any' | 'all';

export type TimeoutAction = 'remind' | 'escalate' | 'auto_approve' | 'auto_reject';

export interface TimeoutRule {
  /** Minutes after the stage (or the stage's current step) is opened. */
  afterMinutes: number;
  action: TimeoutAction;
  /** For 'remind': repeat the reminder this often until the stage is decided (otherwise remind once). */
  remindEveryMinutes?: number;
}

/**
 * 抄送: who is told, with read access to the subject, when a stage is approved (on the stage) or
 * when the approval is approved or rejected (on the flow). A role means its holders at that moment.
 */
export type CcRecipient = { kind: 'user'; userId: string } | { kind: 'role'; role: string };

/** What to do when nobody is left to approve a stage after the skip rules. */
export type EmptyStagePolicy = { kind: 'skip' } | { kind: 'fail' } | { kind: 'fallback'; to: FallbackRule };

export interface StageDefinition {
  /** Unique within the flow; timers name the stage by it. */
  id: string;
  name: string;
  approvers: ApproverRule;
  mode: StageMode;
  timeout?: TimeoutRule;
  onEmpty: EmptyStagePolicy;
  /** 抄送 when this stage is approved. */
  cc?: CcRecipient[];
}

export interface FlowDefinition {
  id: string;
  name: string;
  /** Lower numbers are tried first; ties are broken by id. */
  priority: number;
  /** All must hold; an empty list makes a catch-all flow. */
  conditions: Condition[];
  stages: StageDefinition[];
  /** Skip an approver who has already approved an earlier stage of this instance. */
  skipRepeatedApprover?: boolean;
  /** 抄送 when the approval finishes approved or rejected. */
  cc?: CcRecipient[];
}
