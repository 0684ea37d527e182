import { engineCall } from '../approval-errors.ts';
import { type ApprovalWork, hooksFor } from '../approval-work.ts';
import { act, type ApprovalAction, type OrgDirectory } from '../engine/index.ts';
import { loadApprovalOrg } from '../org/load-approval-org.ts';
import { applyResult } from './apply-result.ts';
import { findInstance, loadInstance, type StoredInstance } from './instance-rows.ts';

export interface ActOptions {
  /** Leave the subject alone (its own use case is replacing this instance). */
  quiet?: boolean;
  directory?: OrgDirectory;
}

/**
 * One action on an instance: locks the subject (the order every writer follows: subject, then
 * instance), reads the instance, asks the engine and stores the result. NOT_FOUND when the
 * instance is not the tenant's; the engine's refusals become catalogue errors.
 */
export async function actOnInstance(
  work: ApprovalWork,
  instanceId: string,
  action: ApprovalAction,
  opts: ActOptions = {},
): Promise<StoredInstance> {
  const { tx, tenantId } = work;
  const seen = await loadInstance(tx, tenantId, instanceId);
  await hooksFor(work, seen.subjectType).lock(tx, tenantId, seen.subjectId);
  // Read again under the subject's lock: a writer that got there first has committed by now.
  const current = (await findInstance(tx, tenantId, instanceId)) ?? seen;
  const directory = opts.directory ?? (await loadApprovalOrg(tx, tenantId, work.now)).directory;
  const result = engineCall(() => act(current.instance, action, directory, work.now));
  await applyResult(work, {
    subjectType: current.subjectType,
    subjectId: current.subjectId,
    before: current.instance,
    result,
    quiet: opts.quiet,
  });
  return { ...current, instance: result.instance };
}
