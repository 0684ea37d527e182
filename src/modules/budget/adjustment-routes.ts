import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { getBudgetAdjustment, listBudgetAdjustments } from './adjustments/read-adjustments.ts';
import { requestAdjustmentIn } from './adjustments/request-adjustment.ts';
import { withdrawAdjustmentIn } from './adjustments/withdraw-adjustment.ts';
import { AdjustmentBody, AdjustmentDetailSchema, AdjustmentSchema, WithdrawAdjustmentBody } from './routes/adjustment-schemas.ts';
import { actorOfRequest, can, principalOf, readScope, writeTenant } from '../access/index.ts';
import { runApprovalWork, type ApprovalDeps } from '../approval/index.ts';

const tags = ['budgets'];

const viewerOf = (req: FastifyRequest) => ({ employeeId: principalOf(req).employeeId, isAdmin: can(req, 'approval.manage') });

/**
 * 预算调整 under /api/v1/budgets/:id/adjustments and /api/v1/budget-adjustments: requested by an
 * employee with budget.manage, decided in the approval inbox (subject 'budget_adjustment').
 */
export function budgetAdjustmentRoutes(app: App, { database }: AppDeps, approvals: ApprovalDeps): void {
  const { db } = database;
  app.post(
    '/api/v1/budgets/:id/adjustments',
    {
      config: { access: 'budget.manage' },
      schema: {
        operationId: 'requestBudgetAdjustment',
        tags,
        summary: 'Request an increase, decrease or transfer of a budget (goes through approval)',
        description:
          'Nothing changes until approved. BUDGET_BELOW_USED when a decrease or transfer would leave less than is used and occupied; NO_APPROVAL_FLOW when no flow of category budget_adjustment applies.',
        params: IdParams,
        body: AdjustmentBody,
        response: { 201: AdjustmentSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const requesterId = principalOf(req).employeeId;
      if (requesterId === null) throw new AppError('FORBIDDEN', 'Only an employee can request a budget adjustment');
      const view = await runApprovalWork(approvals, { tenantId: writeTenant(req), actor: actorOfRequest(req) }, (work) =>
        requestAdjustmentIn(work, { budgetId: req.params.id, requesterId, input: req.body }),
      );
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/v1/budgets/:id/adjustments',
    {
      config: { access: 'budget.read' },
      schema: {
        operationId: 'listBudgetAdjustments',
        tags,
        summary: 'A budget’s adjustments, pending and decided, newest first',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(AdjustmentSchema) }), ...errorResponses },
      },
    },
    async (req) => listBudgetAdjustments(db, readScope(req), req.params.id),
  );
  app.get(
    '/api/v1/budget-adjustments/:id',
    {
      config: { access: 'budget.read' },
      schema: {
        operationId: 'getBudgetAdjustment',
        tags,
        summary: 'One budget adjustment, with its approval as the caller sees it',
        params: IdParams,
        response: { 200: AdjustmentDetailSchema, ...errorResponses },
      },
    },
    async (req) => getBudgetAdjustment(db, { tenantIds: readScope(req), id: req.params.id, viewer: viewerOf(req) }),
  );
  app.post(
    '/api/v1/budget-adjustments/:id/withdraw',
    {
      config: { access: 'budget.manage' },
      schema: {
        operationId: 'withdrawBudgetAdjustment',
        tags,
        summary: 'Withdraw a pending budget adjustment (the requester)',
        params: IdParams,
        body: WithdrawAdjustmentBody,
        response: { 200: AdjustmentDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const tenantId = writeTenant(req);
      await runApprovalWork(approvals, { tenantId, actor: actorOfRequest(req) }, (work) =>
        withdrawAdjustmentIn(work, { id: req.params.id, employeeId: principalOf(req).employeeId, comment: req.body.comment }),
      );
      return getBudgetAdjustment(db, { tenantIds: [tenantId], id: req.params.id, viewer: viewerOf(req) });
    },
  );
}
