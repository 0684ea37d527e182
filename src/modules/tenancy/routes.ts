import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { tenantFieldSchemas, TenantSchema } from './tenant-schemas.ts';
import type { TenantReader } from './tenant-view.ts';
import { getTenant, listTenants, setTenantStatus, updateTenant } from './tenants.ts';
import { actorOfRequest, can, readScope } from '../access/index.ts';

/** How the caller reads an enterprise's contact phone: in full with pii.read, masked otherwise. */
export const tenantReaderOf = (req: FastifyRequest, cipher: PiiCipher): TenantReader => ({ cipher, revealPii: can(req, 'pii.read') });

/** The enterprise must be in the caller's reach (a platform admin reaches all). */
function reachable(req: FastifyRequest, id: string): string {
  if (!readScope(req).includes(id)) throw notFound('tenant');
  return id;
}

export function tenancyRoutes(app: App, { database, cipher }: AppDeps): void {
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
    async (req) => ({ items: await listTenants(db, readScope(req), tenantReaderOf(req, cipher)) }),
  );
  app.get(
    '/api/v1/tenants/:id',
    {
      config: { access: 'tenant.read' },
      schema: {
        operationId: 'getTenant',
        tags: ['tenants'],
        summary: 'One enterprise',
        params: IdParams,
        response: { 200: TenantSchema, ...errorResponses },
      },
    },
    async (req) => getTenant(db, readScope(req), req.params.id, tenantReaderOf(req, cipher)),
  );
  app.patch(
    '/api/v1/tenants/:id',
    {
      config: { access: 'tenant.manage' },
      schema: {
        operationId: 'updateTenant',
        tags: ['tenants'],
        summary: 'Edit an enterprise’s particulars',
        description: 'The code cannot change. Fields left out keep their value.',
        params: IdParams,
        body: Type.Partial(Type.Object(tenantFieldSchemas), { additionalProperties: false, minProperties: 1 }),
        response: { 200: TenantSchema, ...errorResponses },
      },
    },
    async (req) => updateTenant(db, actorOfRequest(req), reachable(req, req.params.id), req.body, tenantReaderOf(req, cipher)),
  );
  for (const [verb, status] of [
    ['suspend', 'suspended'],
    ['reactivate', 'active'],
  ] as const) {
    app.post(
      `/api/v1/tenants/:id/${verb}`,
      {
        config: { access: 'tenant.manage' },
        schema: {
          operationId: verb === 'suspend' ? 'suspendTenant' : 'reactivateTenant',
          tags: ['tenants'],
          summary: verb === 'suspend' ? 'Suspend an enterprise: its people can no longer sign in' : 'Reactivate a suspended enterprise',
          params: IdParams,
          body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
          response: { 200: TenantSchema, ...errorResponses },
        },
      },
      async (req) =>
        setTenantStatus(
          db,
          actorOfRequest(req),
          reachable(req, req.params.id),
          status,
          req.body.reason?.trim() || null,
          tenantReaderOf(req, cipher),
        ),
    );
  }
}
