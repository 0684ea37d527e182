import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { PageQuery } from '../../platform/pagination/cursor.ts';
import { errorResponses, pageOf, Timestamp } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { PLATFORM_TENANT } from './hash.ts';
import { listAudit } from './list-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import { principalOf, readScope } from '../access/index.ts';

const Entry = Type.Object({
  tenantId: Type.String(),
  seq: Type.Integer(),
  at: Timestamp,
  actorKind: Type.String(),
  actorName: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  summary: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

export function auditRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/audit-log',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAuditLog',
        tags: ['audit'],
        summary: 'Audit log entries, newest first',
        description: 'chain=platform (operator staff only) shows the platform’s own chain: operator sign-ins, tenant management.',
        querystring: Type.Object(
          {
            ...PageQuery,
            chain: Type.Optional(Type.Union([Type.Literal('tenants'), Type.Literal('platform')], { default: 'tenants' })),
            entityType: Type.Optional(Type.String({ maxLength: 60 })),
            entityId: Type.Optional(Type.String({ maxLength: 100 })),
            action: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(Entry), ...errorResponses },
      },
    },
    async (req) => {
      const chain = req.query.chain ?? 'tenants';
      if (chain === 'platform' && principalOf(req).accountKind !== 'operator') throw new AppError('FORBIDDEN');
      return listAudit(db, { ...req.query, chain, scope: readScope(req), limit: req.query.limit ?? 50 });
    },
  );
  app.get(
    '/api/v1/audit-log/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        operationId: 'verifyAuditLog',
        tags: ['audit'],
        summary: 'Verify the hash chains in reach; reports the first broken link',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            firstBroken: Type.Union([Type.Object({ tenantId: Type.String(), seq: Type.Integer(), reason: Type.String() }), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const scope = readScope(req);
      const chains = principalOf(req).accountKind === 'operator' ? [...scope, PLATFORM_TENANT] : scope;
      return verifyAuditChain(db, chains);
    },
  );
}
