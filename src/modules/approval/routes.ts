import type { App, AppDeps } from '../../platform/http/types.ts';
import type { ApprovalDeps } from './approval-work.ts';
import { approverRoutes } from './routes/approver-routes.ts';
import { delegationRoutes } from './routes/delegation-routes.ts';
import { flowRoutes } from './routes/flow-routes.ts';
import { previewRoutes } from './routes/preview-routes.ts';
import { reassignRoutes } from './routes/reassign-routes.ts';

/**
 * The approval API: flows (/approval-flows), actions, inbox, bulk approval, delegations and
 * previews (/approvals). `approvals` carries the subjects the composition root registered.
 */
export function approvalRoutes(app: App, deps: AppDeps, approvals: ApprovalDeps): void {
  flowRoutes(app, deps);
  delegationRoutes(app, deps);
  approverRoutes(app, approvals);
  previewRoutes(app, deps);
  reassignRoutes(app, approvals);
}
