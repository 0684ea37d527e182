import { newId } from '../../../platform/ids.ts';
import { engineCall } from '../approval-errors.ts';
import type { ApprovalWork, SubjectType } from '../approval-work.ts';
import { type ApprovalInstance, type ApprovalSubject, type FlowDefinition, type OrgDirectory, start } from '../engine/index.ts';
import { applyResult } from './apply-result.ts';

/** Starts an approval of a subject under a flow and stores it with its effects. */
export async function startApproval(
  work: ApprovalWork,
  args: { flow: FlowDefinition; subject: ApprovalSubject; subjectType: SubjectType; subjectId: string; directory: OrgDirectory },
): Promise<ApprovalInstance> {
  const result = engineCall(() => start(args.flow, args.subject, args.directory, work.now, { instanceId: newId() }));
  await applyResult(work, { subjectType: args.subjectType, subjectId: args.subjectId, before: null, result });
  return result.instance;
}
