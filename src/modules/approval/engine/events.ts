import type { ApprovalInstance, ApprovalStatus } from './instance.ts';

export type ApprovalEventType =
  | 'submitted'
  | 'resubmitted'
  | 'stage_entered'
  | 'step_entered'
  | 'stage_skipped'
  | 'stage_approved'
  | 'stage_failed'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'transferred'
  /** An administrator moved a pending place (改派), or offboarding handed it to a successor (离职交接). */
  | 'reassigned'
  | 'approver_added'
  | 'commented'
  | 'withdrawn'
  | 'cancelled'
  | 'reminded'
  | 'escalated'
  | 'carbon_copied'
  | 'completed';

/** One timeline entry. Every change of an instance is one or more of these. */
export interface ApprovalEvent {
  type: ApprovalEventType;
  at: string;
  /** An employee id, or SYSTEM. */
  by: string;
  /** When a delegate (or SYSTEM, on a timeout) decides for an approver: that approver. */
  onBehalfOf?: string;
  stageId?: string;
  comment?: string;
  data: Record<string, unknown>;
}

export type NotifyTemplate =
  | 'approval_requested'
  | 'approval_reminder'
  | 'approved'
  | 'rejected'
  | 'rejected_to_stage'
  | 'returned'
  | 'transferred'
  | 'commented'
  | 'withdrawn'
  | 'cancelled'
  | 'approval_failed'
  | 'carbon_copy';

/** What the service must do outside the engine after persisting the new state. */
export type ApprovalEffect =
  | { type: 'notify'; to: string[]; template: NotifyTemplate; data: Record<string, unknown> }
  /** Replaces any timer already scheduled for the same instance and stage. */
  | { type: 'schedule_timeout'; instanceId: string; stageId: string; at: Date }
  | { type: 'cancel_timeout'; instanceId: string; stageId: string }
  | { type: 'finished'; status: ApprovalStatus };

export interface EngineResult {
  instance: ApprovalInstance;
  /** The events this call added (also appended to instance.history). */
  events: ApprovalEvent[];
  effects: ApprovalEffect[];
}
