import { AppError } from '../../../platform/errors/app-error.ts';
import { engineCall } from '../approval-errors.ts';
import { type ApprovalWork, hooksFor } from '../approval-work.ts';
import { partiesTo, reassignStep, type ReassignAction, type OrgDirectory } from '../engine/index.ts';
import { loadApprovalOrg } from '../org/load-approval-org.ts';
import { applyResult } from '../instances/apply-result.ts';
import { findInstance, loadInstance, type StoredInstance } from '../instances/instance-rows.ts';

/**
 * Moves a pending place of an instance (改派, 离职交接) in the work's transaction: locks the subject
 * first (the order every writer follows), reads the instance again under the lock, asks the engine
 * and stores the result (state, inbox rows, timeline and audit, notifications). Handing a place to
 * the requester or a traveller is SELF_APPROVAL; NOT_FOUND when the instance is not the tenant's.
 */
export async function reassignOnInstance(
  work: ApprovalWork,
  instanceId: string,
  action: Omit<ReassignAction, 'type'>,
  opts: { directory?: OrgDirectory } = {},
): Promise<StoredInstance> {
  const { tx, tenantId } = work;
  const seen = await loadInstance(tx, tenantId, instanceId);
  await hooksFor(work, seen.subjectType).lock(tx, tenantId, seen.subjectId);
  const current = (await findInstance(tx, tenantId, instanceId)) ?? seen;
  if (partiesTo(current.instance.subject).has(action.to)) {
    throw new AppError('SELF_APPROVAL', 'Nobody may be asked to approve a request they submitted or travel on', { who: action.to });
  }
  const directory = opts.directory ?? (await loadApprovalOrg(tx, tenantId, work.now)).directory;
  const result = engineCall(() => reassignStep(current.instance, { type: 'reassign', ...action }, directory, work.now));
  await applyResult(work, { subjectType: current.subjectType, subjectId: current.subjectId, before: current.instance, result });
  return { ...current, instance: result.instance };
}
