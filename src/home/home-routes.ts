import { Type } from '@sinclair/typebox';
import { errorResponses, Uuid } from '../platform/http/schemas.ts';
import type { App, AppDeps } from '../platform/http/types.ts';
import { readScope, writeTenant } from '../modules/access/index.ts';
import { enterpriseFigures } from './enterprise-figures.ts';
import { setupChecks } from './setup-checks.ts';

const tags = ['home'];

/**
 * Read endpoints for the role home pages that join several modules (so they live at the
 * composition root): the travel admin's pending set-up, the operator's enterprises.
 */
export function homeRoutes(app: App, { database, cipher }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/home/setup',
    {
      config: { access: 'approval.manage' },
      schema: {
        operationId: 'homeSetupChecks',
        tags,
        summary: 'What the enterprise still has to set up (travel admin’s home)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                code: Type.Union([
                  Type.Literal('no_published_policy'),
                  Type.Literal('employees_without_manager'),
                  Type.Literal('categories_without_flow'),
                  Type.Literal('departments_without_budget'),
                ]),
                count: Type.Integer({ description: '0: nothing to do' }),
                examples: Type.Array(Type.String()),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ items: await setupChecks(db, writeTenant(req)) }),
  );
  app.get(
    '/api/v1/home/enterprises',
    {
      config: { access: 'tenant.read' },
      schema: {
        operationId: 'homeEnterprises',
        tags,
        summary: 'The enterprises in the caller’s reach with their key figures (operator staff’s home)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                tenantId: Uuid,
                code: Type.String(),
                name: Type.String(),
                nameEn: Type.String(),
                activeEmployees: Type.Integer(),
                requestsInApproval: Type.Integer(),
                requestsThisMonth: Type.Integer(),
                requestsThisMonthFen: Type.Integer(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ items: await enterpriseFigures(db, cipher, readScope(req)) }),
  );
}
