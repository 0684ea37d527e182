import type { ApprovalSubject } from './flow-definition.ts';

/**
 * What an approver acts on: `by` is who clicked. A delegate acting for one approver may say for
 * whom with `onBehalfOf`; it is required only when `by` could act for several pending approvers.
 */
interface ApproverActionBase {
  by: string;
  onBehalfOf?: string;
}

export interface ApproveAction extends ApproverActionBase {
  type: 'approve';
  comment?: string;
}

/** Reject to the requester (final) or back to an earlier approved stage, which is opened again. */
export interface RejectAction extends ApproverActionBase {
  type: 'reject';
  comment: string;
  to: 'requester' | { stageIndex: number };
}

/** Send back to the requester for changes (退回); the requester may resubmit. */
export interface ReturnAction extends ApproverActionBase {
  type: 'return';
  comment: string;
}

/** 转交: hand one's pending decision to someone else. */
export interface TransferAction extends ApproverActionBase {
  type: 'transfer';
  to: string;
  comment?: string;
}

/** 加签: 'before' — who decides before me; 'after' — after me; 'parallel' — alongside me. */
export interface AddApproverAction extends ApproverActionBase {
  type: 'add_approver';
  who: string;
  position: 'before' | 'after' | 'parallel';
  comment?: string;
}

export interface CommentAction {
  type: 'comment';
  by: string;
  text: string;
}

export interface WithdrawAction {
  type: 'withdraw';
  by: string;
  comment?: string;
}

/** Administrative cancellation (the service checks who may). */
export interface CancelAction {
  type: 'cancel';
  by: string;
  comment?: string;
}

/** The requester resubmits a returned request, optionally with a changed subject. */
export interface ResubmitAction {
  type: 'resubmit';
  by: string;
  subject?: ApprovalSubject;
  comment?: string;
}

/** Fired by the durable timer of a stage; a no-op when it is stale, early or repeated. */
export interface TimeoutFiredAction {
  type: 'timeout';
  stageId: string;
}

export type ApprovalAction =
  | ApproveAction
  | RejectAction
  | ReturnAction
  | TransferAction
  | AddApproverAction
  | CommentAction
  | WithdrawAction
  | CancelAction
  | ResubmitAction
  | TimeoutFiredAction;

export type ApproverAction = ApproveAction | RejectAction | ReturnAction | TransferAction | AddApproverAction;
