import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createFlow } from '../flows/create-flow.ts';
import { deleteFlow } from '../flows/delete-flow.ts';
import { getFlow, listFlows } from '../flows/read-flows.ts';
import { updateFlow } from '../flows/update-flow.ts';
import { FlowBody, FlowSchema } from './approval-schemas.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['approvals'];
const access = 'approval.manage' as const;

/** Approval flows (审批流程): conditions choose one for a request, its stages say who approves. */
export function flowRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/approval-flows',
    {
      config: { access },
      schema: {
        operationId: 'listApprovalFlows',
        tags,
        summary: 'Approval flows, in the order they are tried',
        response: { 200: Type.Object({ items: Type.Array(FlowSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listFlows(db, readScope(req)) }),
  );
  app.post(
    '/api/v1/approval-flows',
    {
      config: { access },
      schema: {
        operationId: 'createApprovalFlow',
        tags,
        summary: 'Create an approval flow',
        description: 'The definition is validated (422 VALIDATION_FAILED with paths such as definition.stages[1].approvers.userId).',
        body: FlowBody,
        response: { 201: FlowSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createFlow(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.get(
    '/api/v1/approval-flows/:id',
    {
      config: { access },
      schema: {
        operationId: 'getApprovalFlow',
        tags,
        summary: 'One approval flow',
        params: IdParams,
        response: { 200: FlowSchema, ...errorResponses },
      },
    },
    async (req) => getFlow(db, readScope(req), req.params.id),
  );
  app.put(
    '/api/v1/approval-flows/:id',
    {
      config: { access },
      schema: {
        operationId: 'replaceApprovalFlow',
        tags,
        summary: 'Replace an approval flow',
        description: 'Requests already in approval keep the flow as it was when they started.',
        params: IdParams,
        body: FlowBody,
        response: { 200: FlowSchema, ...errorResponses },
      },
    },
    async (req) => updateFlow(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/approval-flows/:id',
    {
      config: { access },
      schema: {
        operationId: 'deleteApprovalFlow',
        tags,
        summary: 'Delete an approval flow no request has used',
        description: 'IN_USE once a request has been approved under it: deactivate it instead (active: false).',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteFlow(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id });
      return reply.status(204).send(null);
    },
  );
}
