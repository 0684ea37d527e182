import { AppError } from '../../../platform/errors/app-error.ts';
import type { ApprovalDeps } from '../approval-work.ts';
import type { ApprovalViewer } from '../instances/approval-view.ts';
import { performAction } from './perform-action.ts';
import type { Actor } from '../../access/index.ts';

export interface BulkResult {
  instanceId: string;
  ok: boolean;
  code?: string;
}

/**
 * Approves each instance in its own transaction, so one refusal (not an approver, already
 * decided, changed meanwhile) does not hold back the others. Unexpected failures are rethrown.
 */
export async function bulkApprove(
  deps: ApprovalDeps,
  args: { tenantId: string; actor: Actor; viewer: ApprovalViewer; instanceIds: readonly string[]; comment?: string; now?: Date },
): Promise<{ results: BulkResult[] }> {
  const results: BulkResult[] = [];
  for (const instanceId of new Set(args.instanceIds)) {
    try {
      await performAction(deps, { ...args, instanceId, input: { action: 'approve', comment: args.comment } });
      results.push({ instanceId, ok: true });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ instanceId, ok: false, code: err.code });
    }
  }
  return { results };
}
