import type { ApprovalEvent } from './events.ts';
import type { ApprovalSubject, FlowDefinition, StageMode } from './flow-definition.ts';

/**
 * The state of one approval, JSON-serialisable as it stands (times are ISO-8601 strings), so a
 * service can store it as a document and a restart between two actions changes nothing.
 */

/** The actor recorded for what the engine does by itself (timeouts, empty stages). */
export const SYSTEM = 'system';

/** 'returned' is a pause (the requester may resubmit); the other states but 'pending' are final. */
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn' | 'cancelled';
export const finalStatuses: readonly ApprovalStatus[] = ['approved', 'rejected', 'withdrawn', 'cancelled'];

export type StageStatus = 'not_started' | 'active' | 'approved' | 'skipped' | 'rejected' | 'returned' | 'cancelled';

/**
 * One approver's place in a step. 'waiting': in a later step, not asked yet; 'pending': asked;
 * 'transferred': handed to someone else (转交, or escalation); 'cancelled': no longer needed (the
 * step was decided by someone else, or the instance left the stage).
 */
export type SlotStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'returned' | 'transferred' | 'cancelled';

export type SlotSource = 'rule' | 'fallback' | 'transfer' | 'escalation' | 'added';

export interface ApproverSlot {
  /** The approver the rule (or a person) named. */
  approverId: string;
  /** The delegate in force when the slot was opened (notified with the approver); null if none. */
  delegateId: string | null;
  status: SlotStatus;
  /** When this approver was (last) asked: the slot became pending. */
  askedAt: string | null;
  /** Who made the decision: the approver, their delegate, or SYSTEM. */
  actedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  source: SlotSource;
  /** Who put this approver here: the one transferring, escalated from, or adding (加签); null for rules. */
  from: string | null;
  /** For a transferred slot: to whom. */
  transferredTo: string | null;
}

/** Approvers asked together; the steps of a stage are asked one after another. */
export interface StepState {
  mode: StageMode;
  approvers: ApproverSlot[];
  /** How the step came to be: resolved from the stage's rule, or added by an approver (加签). */
  origin: 'rule' | 'added_before' | 'added_after';
}

export type SkipReason = 'requester' | 'already_approved' | 'inactive';

export interface StageState {
  /** The stage definition's id. */
  id: string;
  name: string;
  mode: StageMode;
  status: StageStatus;
  steps: StepState[];
  currentStepIndex: number;
  /** Approvers the rule named but the skip rules left out, with why (for the timeline). */
  skipped: { employeeId: string; reason: SkipReason }[];
  startedAt: string | null;
  finishedAt: string | null;
  /** When the stage's timeout fires next; null when it has none (or it is not active). */
  dueAt: string | null;
  remindersSent: number;
  /** How many times the stage has been entered (a reject to it or a resubmission enters it again). */
  entries: number;
}

export interface ApprovalInstance {
  id: string;
  flowId: string;
  /** The flow as it was when the instance started. */
  flow: FlowDefinition;
  subject: ApprovalSubject;
  status: ApprovalStatus;
  stages: StageState[];
  /** The stage being approved; null when the instance is not pending. */
  currentStageIndex: number | null;
  history: ApprovalEvent[];
  /** Bumped by every change; services use it for optimistic locking. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export const isFinal = (status: ApprovalStatus) => finalStatuses.includes(status);
