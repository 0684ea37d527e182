import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { errorResponses, IdParams } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createDelegation } from '../delegations/create-delegation.ts';
import { deleteDelegation } from '../delegations/delete-delegation.ts';
import { type Delegator, listDelegations } from '../delegations/delegation-view.ts';
import { DelegationBody, DelegationSchema } from './approval-schemas.ts';
import { actorOfRequest, principalOf, writeTenant } from '../../access/index.ts';

const tags = ['approvals'];
const access = 'travel.request' as const;

const delegatorOf = (req: FastifyRequest): Delegator => ({ tenantId: writeTenant(req), employeeId: principalOf(req).employeeId });

/** 委托: the caller's own delegations of their approvals. */
export function delegationRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/approvals/delegations',
    {
      config: { access },
      schema: {
        operationId: 'listDelegations',
        tags,
        summary: 'My delegations',
        response: { 200: Type.Object({ items: Type.Array(DelegationSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listDelegations(db, delegatorOf(req)) }),
  );
  app.post(
    '/api/v1/approvals/delegations',
    {
      config: { access },
      schema: {
        operationId: 'createDelegation',
        tags,
        summary: 'Delegate my approvals for a time',
        description:
          'The delegate must be an active employee of the enterprise other than the caller; endsAt after startsAt. ' +
          'One delegate at a time: a period ([startsAt, endsAt)) overlapping another of the caller’s delegations is refused with ' +
          '409 DELEGATION_OVERLAP, details.conflicting naming it (end it first; one may start when another ends). ' +
          'Delegations are not followed on: the delegate acts for the caller, not for those who delegated to the caller. ' +
          'A delegate never decides on a request they submitted or travel on: it is not in their inbox, and acting on it is refused with 403 SELF_APPROVAL. ' +
          'The caller can still decide themselves meanwhile.',
        body: DelegationBody,
        response: { 201: DelegationSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createDelegation(db, { me: delegatorOf(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.delete(
    '/api/v1/approvals/delegations/:id',
    {
      config: { access },
      schema: {
        operationId: 'endDelegation',
        tags,
        summary: 'End one of my delegations',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteDelegation(db, { me: delegatorOf(req), actor: actorOfRequest(req), id: req.params.id });
      return reply.status(204).send(null);
    },
  );
}
