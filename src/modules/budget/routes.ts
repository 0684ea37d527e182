import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { checkBudgetRequest } from './check-budget-request.ts';
import { createBudget } from './create-budget.ts';
import { deleteBudget } from './delete-budget.ts';
import { listBudgetEntries } from './read-budget-entries.ts';
import { getBudget, listBudgets } from './read-budgets.ts';
import {
  BudgetCheckBody,
  BudgetCheckSchema,
  BudgetCreateBody,
  BudgetEntrySchema,
  BudgetListQuery,
  BudgetSchema,
  BudgetUpdateBody,
} from './routes/budget-schemas.ts';
import { updateBudget } from './update-budget.ts';
import { actorOfRequest, can, principalOf, readScope, writeTenant } from '../access/index.ts';

const tags = ['budgets'];

/** The budget API under /api/v1/budgets: budgets with their use, their entries, and the check. */
export function budgetRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/budgets',
    {
      config: { access: 'budget.read' },
      schema: {
        operationId: 'listBudgets',
        tags,
        summary: 'Budgets with occupied, spent and remaining amounts',
        querystring: BudgetListQuery,
        response: { 200: Type.Object({ items: Type.Array(BudgetSchema) }), ...errorResponses },
      },
    },
    async (req) => listBudgets(db, readScope(req), req.query),
  );
  app.post(
    '/api/v1/budgets',
    {
      config: { access: 'budget.manage' },
      schema: {
        operationId: 'createBudget',
        tags,
        summary: 'Create a budget',
        description: 'One per scope and period: DUPLICATE when the scope already has one.',
        body: BudgetCreateBody,
        response: { 201: BudgetSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createBudget(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.post(
    '/api/v1/budgets/check',
    {
      config: { access: 'travel.request' },
      schema: {
        operationId: 'checkBudget',
        tags,
        summary: 'Check an amount against the budgets that would apply',
        description: 'For the caller by default; another employee or department needs budget.read as well. Nothing is booked.',
        body: BudgetCheckBody,
        response: { 200: BudgetCheckSchema, ...errorResponses },
      },
    },
    async (req) =>
      checkBudgetRequest(db, {
        tenantId: writeTenant(req),
        caller: { employeeId: principalOf(req).employeeId, canReadBudgets: can(req, 'budget.read') },
        input: req.body,
      }),
  );
  app.get(
    '/api/v1/budgets/:id',
    {
      config: { access: 'budget.read' },
      schema: {
        operationId: 'getBudget',
        tags,
        summary: 'One budget',
        params: IdParams,
        response: { 200: BudgetSchema, ...errorResponses },
      },
    },
    async (req) => getBudget(db, readScope(req), req.params.id),
  );
  app.patch(
    '/api/v1/budgets/:id',
    {
      config: { access: 'budget.manage' },
      schema: {
        operationId: 'updateBudget',
        tags,
        summary: 'Change a budget’s amount, thresholds or control',
        params: IdParams,
        body: BudgetUpdateBody,
        response: { 200: BudgetSchema, ...errorResponses },
      },
    },
    async (req) => updateBudget(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/budgets/:id',
    {
      config: { access: 'budget.manage' },
      schema: {
        operationId: 'deleteBudget',
        tags,
        summary: 'Delete a budget without entries',
        description: 'Refused with IN_USE once anything was occupied, released or spent against it.',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteBudget(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id });
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/budgets/:id/entries',
    {
      config: { access: 'budget.read' },
      schema: {
        operationId: 'listBudgetEntries',
        tags,
        summary: 'A budget’s entries (occupied, released, spent), oldest first',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(BudgetEntrySchema) }), ...errorResponses },
      },
    },
    async (req) => listBudgetEntries(db, readScope(req), req.params.id),
  );
}
