/**
 * Approvals (多级审批): the pure approval engine (flows, stages, actions, timeouts), and the
 * service around it — flows, instances over any registered subject, the inbox, delegations,
 * previews of likely approvers and durable stage timers.
 *
 * Approval knows its subjects only through SubjectHooks: a module whose things are approved
 * (travel requests today; orders and expense claims next) offers hooks, the composition root
 * registers them (src/approval-subjects.ts), and they reach the services as ApprovalDeps.
 */
export * from './engine/index.ts';
export {
  runApprovalWork,
  type ApprovalDeps,
  type ApprovalWork,
  type SubjectBrief,
  type SubjectFlag,
  type SubjectHooks,
  type SubjectRegistry,
  type SubjectType,
} from './approval-work.ts';
export { insertDefaultFlows } from './flows/default-flow.ts';
export { activeFlows } from './flows/read-flows.ts';
export { categoriesWithoutFlow } from './flows/flow-coverage.ts';
export { startApproval } from './instances/start-approval.ts';
export { actOnInstance } from './instances/act-on-instance.ts';
export { findInstance } from './instances/instance-rows.ts';
export { canActNow, involvedIn } from './instances/who-may-act.ts';
export { approvalViewOf, type ApprovalView, type ApprovalViewer } from './instances/approval-view.ts';
export { currentApprovers, pendingTaskKeys } from './inbox/current-approvers.ts';
export { approvalsInvolving } from './inbox/involving.ts';
export { loadApprovalOrg, type LoadedOrg } from './org/load-approval-org.ts';
export { approvalSubjectOf, previewStages, type PreviewSubject, type StagePreviewView } from './preview/approval-preview.ts';
export { handOverApprovals, type HandedOver } from './handover/hand-over-approvals.ts';
export { planHandover, type HandoverTargets, type PlannedHandover } from './handover/plan-handover.ts';
export { rearmStageTimers } from './timers/rearm-stage-timers.ts';
export { flushTimers, type TimerRequest } from './timers/stage-timeout.ts';
export { stageTimeoutJob } from './timers/stage-timeout-job.ts';
export { ApprovalViewSchema, PersonRefSchema } from './routes/approval-schemas.ts';
export { StagePreviewSchema } from './routes/preview-schemas.ts';
export { approvalRoutes } from './routes.ts';
