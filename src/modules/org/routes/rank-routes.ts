import { Type } from '@sinclair/typebox';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createRank } from '../ranks/create-rank.ts';
import { listRanks } from '../ranks/list-ranks.ts';
import { updateRank } from '../ranks/update-rank.ts';
import { CodeParams, RankCreateBody, RankSchema, RankUpdateBody } from './org-schemas.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];

export function rankRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/org/ranks',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'listRanks',
        tags,
        summary: 'Ranks (职级), most junior first',
        response: { 200: Type.Object({ items: Type.Array(RankSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listRanks(db, readScope(req)) }),
  );
  app.post(
    '/api/v1/org/ranks',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'createRank',
        tags,
        summary: 'Create a rank',
        body: RankCreateBody,
        response: { 201: RankSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createRank(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.patch(
    '/api/v1/org/ranks/:code',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'updateRank',
        tags,
        summary: 'Rename or re-level a rank',
        params: CodeParams,
        body: RankUpdateBody,
        response: { 200: RankSchema, ...errorResponses },
      },
    },
    async (req) => updateRank(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), code: req.params.code, input: req.body }),
  );
}
