import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { summariseCalls, summaryPeriod } from './call-summary.ts';
import { listSigningKeys, revokeSigningKey, rotateSigningKey } from './supplier-keys.ts';
import {
  CallSummarySchema,
  CreateSupplierBody,
  KeyParams,
  ListQuery,
  RotateBody,
  RotatedSchema,
  StatusBody,
  SummaryQuery,
  SupplierKeySchema,
  SupplierListItemSchema,
  SupplierSchema,
  UpdateSupplierBody,
} from './supplier-schemas.ts';
import { changeSupplierStatus } from './supplier-status.ts';
import { createSupplier, getSupplier, listSuppliers, updateSupplier } from './suppliers.ts';
import { actorOfRequest } from '../access/index.ts';

const tags = ['suppliers'];

/**
 * The supplier registry for operations and the platform (供应商管理). Suppliers serve every
 * tenant: nothing here is tenant-scoped, so X-Tenant-Id plays no part.
 */
export function supplierRoutes(app: App, { database, cipher }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/suppliers',
    {
      config: { access: 'supplier.read' },
      schema: {
        operationId: 'listSuppliers',
        tags,
        summary: 'Suppliers, with their calls of the last 24 hours',
        querystring: ListQuery,
        response: { 200: Type.Object({ items: Type.Array(SupplierListItemSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listSuppliers(db, req.query) }),
  );
  app.get(
    '/api/v1/suppliers/:id',
    {
      config: { access: 'supplier.read' },
      schema: {
        operationId: 'getSupplier',
        tags,
        summary: 'One supplier',
        params: IdParams,
        response: { 200: SupplierSchema, ...errorResponses },
      },
    },
    async (req) => getSupplier(db, req.params.id),
  );
  app.post(
    '/api/v1/suppliers',
    {
      config: { access: 'supplier.manage' },
      schema: {
        operationId: 'createSupplier',
        tags,
        summary: 'Add a supplier',
        description: 'It starts active with no signing key: rotate to give it its first.',
        body: CreateSupplierBody,
        response: { 201: SupplierSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createSupplier(db, cipher, actorOfRequest(req), req.body)),
  );
  app.patch(
    '/api/v1/suppliers/:id',
    {
      config: { access: 'supplier.manage' },
      schema: {
        operationId: 'updateSupplier',
        tags,
        summary: 'Edit a supplier: names, categories, weight, credentials, contacts',
        description: 'The code cannot change. Fields left out keep their value; credentials null removes them.',
        params: IdParams,
        body: UpdateSupplierBody,
        response: { 200: SupplierSchema, ...errorResponses },
      },
    },
    async (req) => updateSupplier(db, cipher, actorOfRequest(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/suppliers/:id/status',
    {
      config: { access: 'supplier.manage' },
      schema: {
        operationId: 'changeSupplierStatus',
        tags,
        summary: 'Make a supplier active, put it on probation or suspend it, with the reason',
        params: IdParams,
        body: StatusBody,
        response: { 200: SupplierSchema, ...errorResponses },
      },
    },
    async (req) => changeSupplierStatus(db, actorOfRequest(req), req.params.id, req.body.status, req.body.reason),
  );
  app.get(
    '/api/v1/suppliers/:id/keys',
    {
      config: { access: 'supplier.read' },
      schema: {
        operationId: 'listSupplierKeys',
        tags,
        summary: 'A supplier’s event signing keys (never their secrets)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(SupplierKeySchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listSigningKeys(db, req.params.id) }),
  );
  app.post(
    '/api/v1/suppliers/:id/keys/rotate',
    {
      config: { access: 'supplier.manage' },
      schema: {
        operationId: 'rotateSupplierKey',
        tags,
        summary: 'A new signing key; the previous one stays in force for the overlap',
        description: 'The answer holds the new secret, shown this once.',
        params: IdParams,
        body: RotateBody,
        response: { 200: RotatedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return rotateSigningKey(db, cipher, actorOfRequest(req), req.params.id, req.body.overlapHours);
    },
  );
  app.post(
    '/api/v1/suppliers/:id/keys/:keyId/revoke',
    {
      config: { access: 'supplier.manage' },
      schema: {
        operationId: 'revokeSupplierKey',
        tags,
        summary: 'Revoke a signing key now: events signed with it are refused',
        params: KeyParams,
        response: { 200: SupplierKeySchema, ...errorResponses },
      },
    },
    async (req) => revokeSigningKey(db, actorOfRequest(req), req.params.id, req.params.keyId),
  );
  app.get(
    '/api/v1/suppliers/:id/calls/summary',
    {
      config: { access: 'supplier.read' },
      schema: {
        operationId: 'supplierCallSummary',
        tags,
        summary: 'Calls to a supplier in a period: count, error rate, timeouts, latency percentiles by operation',
        description: 'The period is [from, to), 24 hours by default, 31 days at most (an earlier from is moved up).',
        params: IdParams,
        querystring: SummaryQuery,
        response: { 200: CallSummarySchema, ...errorResponses },
      },
    },
    async (req) => summariseCalls(db, req.params.id, summaryPeriod(req.query, new Date())),
  );
}
