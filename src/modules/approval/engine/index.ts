/**
 * The approval engine (多级审批): pure functions over JSON data. A service loads the flow and the
 * organisation, calls start/act, stores the returned instance and events, and carries out the
 * effects (notifications, durable timers). No I/O happens here.
 */
export type * from './actions.ts';
export { ApprovalError, type ApprovalErrorCode } from './approval-error.ts';
export { act } from './act.ts';
export type * from './events.ts';
export { approvalCategories } from './flow-definition.ts';
export type * from './flow-definition.ts';
export { finalStatuses, isFinal, SYSTEM } from './instance.ts';
export type * from './instance.ts';
export type { OrgDirectory } from './org-directory.ts';
export { directoryFromSnapshot, type OrgSnapshot } from './org-snapshot.ts';
export { type PendingTask, pendingApproversOf, pendingTasksOf } from './pending-approvers.ts';
export { previewApprovers, type StagePreview } from './preview.ts';
export { partiesTo, type StageResolution, travellersOf } from './resolve-approvers.ts';
export { checkRequesterChoices, choiceStagesOf, type ChoiceIssue } from './requester-choice.ts';
export { carbonCopiedTo } from './carbon-copy.ts';
export { stageProgress } from './progress.ts';
export { conditionHolds, flowMatches, orderFlows, selectFlow } from './select-flow.ts';
export { reassignStep, type ReassignAction, type ReassignReason } from './reassign-step.ts';
export { start } from './start.ts';
export { type FlowIssue, validateFlow } from './validate-flow.ts';
