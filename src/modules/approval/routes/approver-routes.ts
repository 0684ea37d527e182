import type { FastifyRequest } from 'fastify';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { bulkApprove } from '../actions/bulk-approve.ts';
import { performAction } from '../actions/perform-action.ts';
import { readInbox } from '../inbox/read-inbox.ts';
import type { ApprovalViewer } from '../instances/approval-view.ts';
import type { ApprovalDeps } from '../approval-work.ts';
import { ActionBody, ApprovalViewSchema, BulkApproveBody, BulkApproveSchema, inboxSchemas, InstanceParams } from './approval-schemas.ts';
import { actorOfRequest, can, principalOf, writeTenant } from '../../access/index.ts';

const tags = ['approvals'];
const access = 'travel.request' as const;

export const approvalViewerOf = (req: FastifyRequest): ApprovalViewer => ({
  employeeId: principalOf(req).employeeId,
  isAdmin: can(req, 'approval.manage'),
});

/** What approvers do: act on an approval, see their inbox, approve in bulk. */
export function approverRoutes(app: App, approvals: ApprovalDeps): void {
  const inbox = inboxSchemas(Object.keys(approvals.subjects));
  app.post(
    '/api/v1/approvals/:instanceId/actions',
    {
      config: { access },
      schema: {
        operationId: 'actOnApproval',
        tags,
        summary: 'Approve, reject, return, transfer, add an approver, or comment',
        description:
          'NOT_AN_APPROVER when the caller cannot decide in the current step; SELF_APPROVAL when the caller is a delegate in force but submitted the request or travels on it; INVALID_STATE when the approval is closed or the caller already decided; CONCURRENT_UPDATE when it changed meanwhile.',
        params: InstanceParams,
        body: ActionBody,
        response: { 200: ApprovalViewSchema, ...errorResponses },
      },
    },
    async (req) =>
      performAction(approvals, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        viewer: approvalViewerOf(req),
        instanceId: req.params.instanceId,
        input: req.body,
      }),
  );
  app.get(
    '/api/v1/approvals/inbox',
    {
      config: { access },
      schema: {
        operationId: 'listApprovalInbox',
        tags,
        summary: 'My approvals: pending (oldest first, delegations included), done, or copied to me (抄送)',
        querystring: inbox.query,
        response: { 200: inbox.answer, ...errorResponses },
      },
    },
    async (req) =>
      readInbox(approvals.db, {
        tenantId: writeTenant(req),
        employeeId: principalOf(req).employeeId,
        state: req.query.state ?? 'pending',
        filters: { subjectType: req.query.subjectType, q: req.query.q?.trim(), due: req.query.due },
        cursor: req.query.cursor,
        limit: req.query.limit ?? 50,
        subjects: approvals.subjects,
      }),
  );
  app.post(
    '/api/v1/approvals/bulk-approve',
    {
      config: { access },
      schema: {
        operationId: 'approveInBulk',
        tags,
        summary: 'Approve several approvals, each on its own',
        description: 'Each is approved in its own transaction; the result says, per approval, whether it worked and the error code if not.',
        body: BulkApproveBody,
        response: { 200: BulkApproveSchema, ...errorResponses },
      },
    },
    async (req) =>
      bulkApprove(approvals, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        viewer: approvalViewerOf(req),
        instanceIds: req.body.instanceIds,
        comment: req.body.comment,
      }),
  );
}
