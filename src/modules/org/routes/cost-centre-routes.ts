import { Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { errorResponses, IdParams, pageOf } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createCostCentre } from '../cost-centres/create-cost-centre.ts';
import { deleteCostCentre } from '../cost-centres/delete-cost-centre.ts';
import { getCostCentre, listCostCentres } from '../cost-centres/read-cost-centres.ts';
import { updateCostCentre } from '../cost-centres/update-cost-centre.ts';
import { CostCentreCreateBody, CostCentreSchema, CostCentreUpdateBody } from './org-schemas.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];

export function costCentreRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/org/cost-centres',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'listCostCentres',
        tags,
        summary: 'Cost centres, ordered by code',
        querystring: Type.Object(
          { ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the code or name' })) },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(CostCentreSchema), ...errorResponses },
      },
    },
    async (req) => listCostCentres(db, readScope(req), { ...req.query, limit: req.query.limit ?? 50 }),
  );
  app.get(
    '/api/v1/org/cost-centres/:id',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'getCostCentre',
        tags,
        summary: 'One cost centre',
        params: IdParams,
        response: { 200: CostCentreSchema, ...errorResponses },
      },
    },
    async (req) => getCostCentre(db, readScope(req), req.params.id),
  );
  app.post(
    '/api/v1/org/cost-centres',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'createCostCentre',
        tags,
        summary: 'Create a cost centre',
        body: CostCentreCreateBody,
        response: { 201: CostCentreSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCostCentre(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.patch(
    '/api/v1/org/cost-centres/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'updateCostCentre',
        tags,
        summary: 'Change a cost centre',
        params: IdParams,
        body: CostCentreUpdateBody,
        response: { 200: CostCentreSchema, ...errorResponses },
      },
    },
    async (req) => updateCostCentre(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/org/cost-centres/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'deleteCostCentre',
        tags,
        summary: 'Delete a cost centre no employee is charged to',
        description: 'Refused with IN_USE while employees (active or not) refer to it.',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteCostCentre(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id });
      return reply.status(204).send(null);
    },
  );
}
