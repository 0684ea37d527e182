/**
 * Why the engine refused an action. The service maps these to its own error catalogue (all are
 * client errors: 403 for the authorisation codes, 409 for state conflicts, 422 for bad input).
 */
export type ApprovalErrorCode =
  /** The flow definition is unusable (see validateFlow). */
  | 'INVALID_FLOW'
  /** `by` cannot decide anything in the current step (not an approver there, nor their delegate). */
  | 'NOT_AN_APPROVER'
  /** `by` holds a delegation in force for an approver of the step, but is the requester or a traveller of the subject. */
  | 'SELF_APPROVAL'
  /** `by` is an approver of the current step but has already decided. */
  | 'ALREADY_DECIDED'
  /** `by` could act for several approvers: say which with onBehalfOf. */
  | 'AMBIGUOUS_ACTOR'
  /** The instance is approved, rejected, withdrawn or cancelled. */
  | 'INSTANCE_CLOSED'
  /** The instance is returned to the requester; only resubmit, withdraw, cancel and comment apply. */
  | 'AWAITING_RESUBMISSION'
  /** Resubmit on an instance that is not returned. */
  | 'NOT_RETURNED'
  | 'NOT_THE_REQUESTER'
  /** Comments come from the requester and the people asked to approve. */
  | 'NOT_INVOLVED'
  /** Reject back to a stage that is not an earlier, approved stage. */
  | 'INVALID_TARGET_STAGE'
  /** Transfer or add to the requester, oneself, an inactive employee, or someone already asked. */
  | 'INVALID_APPROVER'
  /** A resubmitted subject with another requester. */
  | 'INVALID_SUBJECT'
  | 'COMMENT_REQUIRED'
  /** 发起人自选: a choice missing, outside the stage's candidates, the requester themself, or for no such stage. */
  | 'INVALID_CHOICE';

export class ApprovalError extends Error {
  readonly code: ApprovalErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ApprovalErrorCode, message?: string, details: Record<string, unknown> = {}) {
    super(message ?? code);
    this.name = 'ApprovalError';
    this.code = code;
    this.details = details;
  }
}
