import type { Tx } from '../../../platform/db/database.ts';
import {
  type ApprovalInstance,
  type ApprovalStatus,
  type ApproverSlot,
  type SlotStatus,
  type StageState,
  type StageStatus,
  carbonCopiedTo,
  stageProgress,
  SYSTEM,
} from '../engine/index.ts';
import { canActNow, involvedIn } from './who-may-act.ts';
import { type EmployeeLabel, employeeLabels, nameIn } from '../../org/index.ts';

export interface PersonRef {
  employeeId: string;
  name: string;
}

/** What the system decided by itself, on a stage's timeout: never a person's decision. */
export type SystemDecision = 'auto_approved_on_timeout' | 'auto_rejected_on_timeout' | 'escalated';

/** Who settled a place: a person (the approver or their delegate), or the system on a timeout. */
export type Decider = ({ kind: 'person' } & PersonRef) | { kind: 'system'; reason: SystemDecision };

export interface ApproverView extends PersonRef {
  /** Set when a delegate decided for the approver: employeeId is the delegate, this the approver. */
  onBehalfOf?: PersonRef;
  /** waiting, pending, approved, rejected, returned, transferred, cancelled — or skipped (left out by a skip rule). */
  decision: SlotStatus | 'skipped';
  decidedAt: string | null;
  /** Who decided; null while undecided, and for places skipped or no longer needed. */
  decidedBy: Decider | null;
  comment: string | null;
}

export interface ApprovalStageView {
  id: string;
  name: string;
  mode: 'any' | 'all';
  status: StageStatus;
  approvers: ApproverView[];
  dueAt: string | null;
  /** The current (or last) step's places approved out of those counting, for "2/3 已同意"; null before the stage starts. */
  progress: { approved: number; total: number } | null;
  /** 抄送 sent when this stage was approved. */
  carbonCopies: PersonRef[];
}

export interface ApprovalView {
  instanceId: string;
  flowName: string;
  status: ApprovalStatus;
  stages: ApprovalStageView[];
  currentStageIndex: number | null;
  /** The viewer can decide now (as an approver or a delegate in force). */
  canAct: boolean;
  /** What the viewer may do now. */
  actions: ViewerAction[];
  /** 抄送 sent when the approval finished (the flow's list). */
  carbonCopies: PersonRef[];
  /** The viewer was copied on this approval (read access only). */
  copiedToViewer: boolean;
}

export type ViewerAction = 'approve' | 'reject' | 'return' | 'transfer' | 'add_approver' | 'comment' | 'withdraw' | 'cancel' | 'resubmit';

export interface ApprovalViewer {
  employeeId: string | null;
  /** May cancel anybody's request (travel admin). */
  isAdmin: boolean;
}

const person = (labels: Map<string, EmployeeLabel>, id: string): PersonRef => ({ employeeId: id, name: nameIn(labels, id) });

const systemDecisions: Partial<Record<SlotStatus, SystemDecision>> = {
  approved: 'auto_approved_on_timeout',
  rejected: 'auto_rejected_on_timeout',
  transferred: 'escalated',
};

/** The system decides only on timeouts (timeout.ts): approving, rejecting, or escalating the place. */
export const systemDecisionOf = (status: SlotStatus): SystemDecision | null => systemDecisions[status] ?? null;

function deciderOf(labels: Map<string, EmployeeLabel>, slot: ApproverSlot): Decider | null {
  if (slot.actedBy === null) return null;
  if (slot.actedBy !== SYSTEM) return { kind: 'person', ...person(labels, slot.actedBy) };
  const reason = systemDecisionOf(slot.status);
  return reason === null ? null : { kind: 'system', reason };
}

function approverView(labels: Map<string, EmployeeLabel>, slot: ApproverSlot): ApproverView {
  const byDelegate = slot.actedBy !== null && slot.actedBy !== SYSTEM && slot.actedBy !== slot.approverId;
  return {
    ...person(labels, byDelegate && slot.actedBy !== null ? slot.actedBy : slot.approverId),
    ...(byDelegate ? { onBehalfOf: person(labels, slot.approverId) } : {}),
    decision: slot.status,
    decidedAt: slot.decidedAt,
    decidedBy: deciderOf(labels, slot),
    comment: slot.comment,
  };
}

/** The recipients of the carbon copies sent for a stage (stageId) or for the flow (undefined). */
const copiedIn = (instance: ApprovalInstance, stageId: string | undefined): string[] => [
  ...new Set(
    instance.history
      .filter((e) => e.type === 'carbon_copied' && e.stageId === stageId)
      .flatMap((e) => (Array.isArray(e.data.recipients) ? e.data.recipients.filter((id): id is string => typeof id === 'string') : [])),
  ),
];

function stageView(labels: Map<string, EmployeeLabel>, instance: ApprovalInstance, stage: StageState): ApprovalStageView {
  const asked = stage.steps.flatMap((step) => step.approvers.map((slot) => approverView(labels, slot)));
  const skipped = stage.skipped.map((s) => ({
    ...person(labels, s.employeeId),
    decision: 'skipped' as const,
    decidedAt: stage.startedAt,
    decidedBy: null,
    comment: null,
  }));
  return {
    id: stage.id,
    name: stage.name,
    mode: stage.mode,
    status: stage.status,
    approvers: [...asked, ...skipped],
    dueAt: stage.dueAt,
    progress: stageProgress(stage),
    carbonCopies: copiedIn(instance, stage.id).map((id) => person(labels, id)),
  };
}

const peopleOf = (instance: ApprovalInstance) => [
  ...instance.stages.flatMap((stage) => [
    ...stage.skipped.map((s) => s.employeeId),
    ...stage.steps.flatMap((step) => step.approvers.flatMap((slot) => [slot.approverId, slot.actedBy])),
  ]),
  ...carbonCopiedTo(instance),
];

/** How an approval looks to a viewer: stages and approvers with names, and what the viewer may do now. */
export async function approvalViewOf(
  tx: Tx,
  tenantId: string,
  instance: ApprovalInstance,
  viewer: ApprovalViewer,
  now: Date,
): Promise<ApprovalView> {
  const labels = await employeeLabels(tx, tenantId, peopleOf(instance));
  const me = viewer.employeeId;
  const canAct = await canActNow(tx, tenantId, instance, me, now);
  const open = instance.status === 'pending' || instance.status === 'returned';
  const isRequester = me !== null && me === instance.subject.requesterId;
  const actions: ViewerAction[] = canAct ? ['approve', 'reject', 'return', 'transfer', 'add_approver'] : [];
  if (canAct || (me !== null && involvedIn(instance).has(me))) actions.push('comment');
  if (open && isRequester) actions.push('withdraw');
  if (open && (isRequester || viewer.isAdmin)) actions.push('cancel');
  if (instance.status === 'returned' && isRequester) actions.push('resubmit');
  return {
    instanceId: instance.id,
    flowName: instance.flow.name,
    status: instance.status,
    stages: instance.stages.map((s) => stageView(labels, instance, s)),
    currentStageIndex: instance.currentStageIndex,
    canAct,
    actions,
    carbonCopies: copiedIn(instance, undefined).map((id) => person(labels, id)),
    copiedToViewer: me !== null && carbonCopiedTo(instance).has(me),
  };
}
