import { ApprovalError } from './approval-error.ts';
import type { EngineResult } from './events.ts';
import type { ApprovalSubject, FlowDefinition } from './flow-definition.ts';
import type { ApprovalInstance } from './instance.ts';
import type { OrgDirectory } from './org-directory.ts';
import { checkRequesterChoices } from './requester-choice.ts';
import { enterStages, freshStage } from './stage-flow.ts';
import { beginTransition, finishTransition, record } from './transition.ts';
import { validateFlow } from './validate-flow.ts';

/**
 * Starts an approval: snapshots the flow, records the submission and enters the first stage that
 * has approvers. Each stage's approvers are resolved when the stage is entered, not here: the
 * manager (or role holder, or delegate) at the time the request reaches a stage is the one who
 * should decide, and an approval that waits days meanwhile sees reorganisations. previewApprovers
 * shows the likely path up front. The instance id comes from the service (ids are UUIDv7 there).
 */
export function start(
  flow: FlowDefinition,
  subject: ApprovalSubject,
  directory: OrgDirectory,
  now: Date,
  options: { instanceId: string },
): EngineResult {
  const issues = validateFlow(flow);
  if (issues.length > 0) throw new ApprovalError('INVALID_FLOW', undefined, { issues });
  const choices = checkRequesterChoices(flow, subject, directory);
  if (choices.length > 0) throw new ApprovalError('INVALID_CHOICE', undefined, { choices });
  const at = now.toISOString();
  const snapshot = structuredClone(flow);
  const instance: ApprovalInstance = {
    id: options.instanceId,
    flowId: flow.id,
    flow: snapshot,
    subject: structuredClone(subject),
    status: 'pending',
    stages: snapshot.stages.map((stage) => freshStage(stage)),
    currentStageIndex: null,
    history: [],
    revision: 0,
    createdAt: at,
    updatedAt: at,
    finishedAt: null,
  };
  const tx = beginTransition(instance, directory, now);
  record(tx, { type: 'submitted', by: subject.requesterId, data: { flowId: flow.id, flowName: flow.name } });
  enterStages(tx, 0);
  return finishTransition(tx);
}
