import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { PageQuery } from '../../platform/pagination/cursor.ts';
import { errorResponses, pageOf, Timestamp } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { PLATFORM_TENANT } from './hash.ts';
import { listAudit, type AuditLabellers } from './list-audit.ts';
import { exportAuditCsv } from './export-audit.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import { LocalDate } from '../../platform/http/schemas.ts';
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
  entityLabel: Type.Union([Type.String(), Type.Null()]),
  sentence: Type.String({ description: 'What happened, one sentence in the language asked for (lang)' }),
  summary: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

const Lang = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')], { default: 'zh-CN', description: 'Language of the sentences' });

const Filters = {
  chain: Type.Optional(Type.Union([Type.Literal('tenants'), Type.Literal('platform')], { default: 'tenants' })),
  actor: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the actor’s name' })),
  action: Type.Optional(Type.String({ maxLength: 100, description: 'An action, or a family such as travel_request.*' })),
  entityType: Type.Optional(Type.String({ maxLength: 60 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(LocalDate('First day, China time (included)')),
  to: Type.Optional(LocalDate('Last day, China time (included)')),
  lang: Type.Optional(Lang),
};

/** Audit routes; labellers name entities whose entries hold only an id (registered at the root). */
export function auditRoutes(app: App, { database }: AppDeps, labellers: AuditLabellers = {}): void {
  const { db } = database;
  const chainOf = (req: Parameters<typeof principalOf>[0], chain: 'tenants' | 'platform' | undefined) => {
    if (chain === 'platform' && principalOf(req).accountKind !== 'operator') throw new AppError('FORBIDDEN');
    return chain ?? 'tenants';
  };
  app.get(
    '/api/v1/audit-log',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAuditLog',
        tags: ['audit'],
        summary: 'Audit log entries, newest first',
        description: 'chain=platform (operator staff only) shows the platform’s own chain: operator sign-ins, tenant management.',
        querystring: Type.Object({ ...PageQuery, ...Filters }, { additionalProperties: false }),
        response: { 200: pageOf(Entry), ...errorResponses },
      },
    },
    async (req) => {
      const chain = chainOf(req, req.query.chain);
      return listAudit(db, { ...req.query, chain, scope: readScope(req), limit: req.query.limit ?? 50 }, labellers);
    },
  );
  app.get(
    '/api/v1/audit-log/export',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'exportAuditLog',
        tags: ['audit'],
        summary: 'The filtered audit log as CSV (UTF-8 with BOM), newest first, sentences in the language asked for',
        querystring: Type.Object(Filters, { additionalProperties: false }),
        response: {
          200: { description: 'CSV, UTF-8 with a byte-order mark', content: { 'text/csv': { schema: Type.String() } } },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const chain = chainOf(req, req.query.chain);
      const lang = req.query.lang ?? 'zh-CN';
      const rows = exportAuditCsv(db, { ...req.query, chain, lang, scope: readScope(req) }, labellers);
      const name = `audit-log-${chinaDateOf(new Date())}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Readable.from(rows));
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
