import { Type } from '@sinclair/typebox';
import { errorResponses, TrimmedText } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ApprovalDeps } from '../approval-work.ts';
import { reassignApproval } from '../handover/reassign-approval.ts';
import { ApprovalViewSchema, InstanceParams } from './approval-schemas.ts';
import { approvalViewerOf } from './approver-routes.ts';
import { actorOfRequest, writeTenant } from '../../access/index.ts';

const ReassignBody = Type.Object(
  {
    fromEmployeeId: Type.String({ format: 'uuid', description: 'The approver whose pending place moves' }),
    toEmployeeId: Type.String({ format: 'uuid', description: 'Who takes it: an active employee, not the requester or a traveller' }),
    reason: TrimmedText(500, 'Why (shown on the timeline)'),
  },
  { additionalProperties: false },
);

/** 改派: what a travel admin may do to any pending approval of the tenant. */
export function reassignRoutes(app: App, approvals: ApprovalDeps): void {
  app.post(
    '/api/v1/approvals/:instanceId/reassign',
    {
      config: { access: 'approval.manage' },
      schema: {
        operationId: 'reassignApproval',
        tags: ['approvals'],
        summary: 'Move a pending approver place to another employee (travel admin), with a reason',
        description:
          'The timeline gets approval.reassigned (reason admin, the reason as its comment) and the audit log an entry. NOT_AN_APPROVER when ' +
          'fromEmployeeId is not asked now; SELF_APPROVAL when toEmployeeId submitted the request or travels on it; VALIDATION_FAILED ' +
          'when toEmployeeId is inactive, unknown or the same person; INVALID_STATE when the approval is closed or returned.',
        params: InstanceParams,
        body: ReassignBody,
        response: { 200: ApprovalViewSchema, ...errorResponses },
      },
    },
    async (req) =>
      reassignApproval(approvals, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        viewer: approvalViewerOf(req),
        instanceId: req.params.instanceId,
        input: req.body,
      }),
  );
}
