import { AppError, validationFailed } from '../../../platform/errors/app-error.ts';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { previewApproval } from '../preview/approval-preview.ts';
import { ApprovalPreviewSchema, PreviewBody } from './preview-schemas.ts';
import { can, principalOf, writeTenant } from '../../access/index.ts';

/** 预计审批人: who would approve a request before it is submitted. */
export function previewRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/v1/approvals/preview',
    {
      config: { access: 'travel.request' },
      schema: {
        operationId: 'previewApproval',
        tags: ['approvals'],
        summary: 'The flow that would apply and its likely approvers',
        description:
          'Resolved against the organisation as it is now; the real approvers are resolved stage by stage when the request gets there. The requester is the caller, or any employee for a travel admin (approval.manage).',
        body: PreviewBody,
        response: { 200: ApprovalPreviewSchema, ...errorResponses },
      },
    },
    async (req) => {
      const own = principalOf(req).employeeId;
      const requesterId = req.body.requesterId ?? own;
      if (requesterId === null) throw validationFailed([{ path: 'requesterId', message: 'required: the caller is not an employee' }]);
      if (requesterId !== own && !can(req, 'approval.manage')) {
        throw new AppError('FORBIDDEN', 'Previewing another employee’s approval needs the permission approval.manage', {
          permission: 'approval.manage',
        });
      }
      const { category, amountFen, withinApprovedRequest } = req.body;
      return previewApproval(deps.database.db, {
        tenantId: writeTenant(req),
        input: {
          category,
          amountFen,
          requesterId,
          projectId: req.body.projectId ?? null,
          outOfPolicy: req.body.outOfPolicy ?? false,
          ...(withinApprovedRequest !== undefined ? { withinApprovedRequest } : {}),
          costCentreId: req.body.costCentreId ?? null,
          ...(req.body.travellerIds !== undefined ? { travellers: req.body.travellerIds } : {}),
          ...(req.body.approverChoices !== undefined ? { chosenApprovers: req.body.approverChoices } : {}),
        },
      });
    },
  );
}
