import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams, Uuid } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { listOperators, setOperators } from './operators.ts';
import { actorOfRequest, readScope } from '../access/index.ts';

const OperatorSchema = Type.Object({ accountId: Uuid, displayName: Type.String(), roles: Type.Array(Type.String()) });

/** The operator staff serving each enterprise (platform administration). */
export function operatorRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/tenants/:id/operators',
    {
      config: { access: 'tenant.read' },
      schema: {
        operationId: 'listTenantOperators',
        tags: ['tenants'],
        summary: 'Operator staff serving an enterprise (its account managers and agents)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(OperatorSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listOperators(db, readScope(req), req.params.id) }),
  );
  app.put(
    '/api/v1/tenants/:id/operators',
    {
      config: { access: 'tenant.manage' },
      schema: {
        operationId: 'setTenantOperators',
        tags: ['tenants'],
        summary: 'Set the operator staff serving an enterprise',
        params: IdParams,
        body: Type.Object({ accountIds: Type.Array(Uuid, { maxItems: 200, uniqueItems: true }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(OperatorSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await setOperators(db, actorOfRequest(req), req.params.id, req.body.accountIds) }),
  );
}
