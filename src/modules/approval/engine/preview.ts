import type { ApprovalSubject, FlowDefinition } from './flow-definition.ts';
import type { OrgDirectory } from './org-directory.ts';
import { resolveStage, type StageResolution } from './resolve-approvers.ts';

export interface StagePreview {
  stageId: string;
  name: string;
  resolution: StageResolution;
}

/**
 * The path a request would likely take if everyone approved, resolved against the organisation
 * as it is now (预计审批人, for the submit screen). The real approvers are resolved stage by stage
 * as the request gets there. Stops after a stage that would fail.
 */
export function previewApprovers(flow: FlowDefinition, subject: ApprovalSubject, directory: OrgDirectory): StagePreview[] {
  const approved = new Set<string>();
  const previews: StagePreview[] = [];
  for (const stage of flow.stages) {
    const resolution = resolveStage(stage, {
      subject,
      directory,
      alreadyApproved: approved,
      skipRepeatedApprover: flow.skipRepeatedApprover === true,
    });
    previews.push({ stageId: stage.id, name: stage.name, resolution });
    if (resolution.kind === 'fail') break;
    if (resolution.kind === 'open') for (const id of resolution.steps.flat()) approved.add(id);
  }
  return previews;
}
