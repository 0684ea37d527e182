import type { ApprovalSubject, FlowDefinition } from './flow-definition.ts';
import type { OrgDirectory } from './org-directory.ts';

/** What is wrong with the requester's choices (发起人自选), by stage id. */
export interface ChoiceIssue {
  stageId: string;
  code: 'CHOICE_REQUIRED' | 'NOT_A_CANDIDATE' | 'SELF' | 'INACTIVE' | 'NO_SUCH_STAGE';
}

/** The flow's stages where the requester chooses the approver, with their candidates. */
export function choiceStagesOf(flow: FlowDefinition): { stageId: string; name: string; candidateIds: string[] }[] {
  return flow.stages.flatMap((stage) =>
    stage.approvers.kind === 'requester_choice'
      ? [{ stageId: stage.id, name: stage.name, candidateIds: stage.approvers.candidateIds }]
      : [],
  );
}

/**
 * Checks subject.chosenApprovers against the flow: every 发起人自选 stage needs a choice, taken
 * from the stage's list, active, and not the requester (nobody approves their own request);
 * a choice for any other stage is refused too. An empty list means the choices are good.
 */
export function checkRequesterChoices(flow: FlowDefinition, subject: ApprovalSubject, directory: OrgDirectory): ChoiceIssue[] {
  const issues: ChoiceIssue[] = [];
  const chosen = subject.chosenApprovers ?? {};
  const stages = choiceStagesOf(flow);
  for (const { stageId, candidateIds } of stages) {
    const who = chosen[stageId];
    if (who === undefined) issues.push({ stageId, code: 'CHOICE_REQUIRED' });
    else if (who === subject.requesterId) issues.push({ stageId, code: 'SELF' });
    else if (!candidateIds.includes(who)) issues.push({ stageId, code: 'NOT_A_CANDIDATE' });
    else if (!directory.isActive(who)) issues.push({ stageId, code: 'INACTIVE' });
  }
  for (const stageId of Object.keys(chosen))
    if (!stages.some((s) => s.stageId === stageId)) issues.push({ stageId, code: 'NO_SUCH_STAGE' });
  return issues;
}
