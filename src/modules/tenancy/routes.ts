import { Type } from '@sinclair/typebox';
import { errorResponses, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { createTenant, listTenants } from './tenants.ts';
import { actorOfRequest, readScope } from '../access/index.ts';

const TenantSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
  createdAt: Timestamp,
});

export function tenancyRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/tenants',
    {
      config: { access: 'tenant.read' },
      schema: {
        operationId: 'listTenants',
        tags: ['tenants'],
        summary: 'Enterprises in the caller’s reach',
        response: { 200: Type.Object({ items: Type.Array(TenantSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listTenants(db, readScope(req)) }),
  );
  app.post(
    '/api/v1/tenants',
    {
      config: { access: 'tenant.manage' },
      schema: {
        operationId: 'createTenant',
        tags: ['tenants'],
        summary: 'Create an enterprise',
        body: Type.Object(
          {
            code: Type.String({ pattern: '^[a-z][a-z0-9-]{1,39}$' }),
            name: Type.String({ minLength: 1, maxLength: 100 }),
            nameEn: Type.String({ minLength: 1, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: TenantSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await createTenant(db, actorOfRequest(req), req.body)),
  );
}
