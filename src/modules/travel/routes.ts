import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { errorResponses, IdParams, pageOf } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { createTravelRequest } from './create-travel-request.ts';
import { cancelIn } from './cancel-travel-request.ts';
import { completeIn } from './completion/complete-travel-request.ts';
import { changeRoutes } from './routes/change-routes.ts';
import { orderCheckRoutes } from './routes/order-check-routes.ts';
import { withdrawIn } from './withdraw-travel-request.ts';
import { listTravelRequests } from './list-travel-requests.ts';
import { travelHome } from './travel-home.ts';
import {
  EndBody,
  SubmitBody,
  TravelListQuery,
  TravelRequestCreateBody,
  TravelRequestSchema,
  TravelRequestSummarySchema,
  TravelRequestUpdateBody,
} from './routes/travel-schemas.ts';
import { submitIn } from './submit-travel-request.ts';
import type { TravelViewer } from './travel-access.ts';
import { runTravelCommand } from './travel-commands.ts';
import { getTravelRequest } from './travel-request-detail.ts';
import { updateTravelRequest } from './update-travel-request.ts';
import { actorOfRequest, can, principalOf, writeTenant } from '../access/index.ts';
import type { ApprovalDeps } from '../approval/index.ts';
import type { ActualSpendSource } from '../budget/index.ts';

const tags = ['travel requests'];
const access = 'travel.request' as const;

/** A button may post without a body: these actions' bodies are all optional fields. */
const noBodyIsEmpty = async (req: FastifyRequest) => {
  req.body ??= {};
};

const viewerOf = (req: FastifyRequest): TravelViewer => ({
  employeeId: principalOf(req).employeeId,
  canReadAll: can(req, 'travel.read_all'),
  isAdmin: can(req, 'approval.manage'),
});

/** 出差申请 under /api/v1/travel-requests: drafts, submission with the budget check, withdrawal, cancellation. */
export function travelRoutes(app: App, deps: AppDeps, approvals: ApprovalDeps, settlement: { actualSpend: ActualSpendSource }): void {
  const { db } = deps.database;
  orderCheckRoutes(app, deps);
  changeRoutes(app, approvals, viewerOf);
  const who = (req: FastifyRequest & { params: { id: string } }) => ({
    tenantId: writeTenant(req),
    actor: actorOfRequest(req),
    viewer: viewerOf(req),
    id: req.params.id,
  });

  app.get(
    '/api/v1/travel-requests',
    {
      config: { access },
      schema: {
        operationId: 'listTravelRequests',
        tags,
        summary: 'Travel requests, newest first',
        description:
          'scope mine (default): filed by or for me; approving: asked of me or decided by me; all: the enterprise’s (needs travel.read_all).',
        querystring: TravelListQuery,
        response: { 200: pageOf(TravelRequestSummarySchema), ...errorResponses },
      },
    },
    async (req) =>
      listTravelRequests(db, { tenantId: writeTenant(req), viewer: viewerOf(req), query: { ...req.query, limit: req.query.limit ?? 50 } }),
  );
  app.get(
    '/api/v1/travel-requests/home',
    {
      config: { access },
      schema: {
        operationId: 'travelHome',
        tags,
        summary: 'My upcoming trips and my requests in progress (the traveller’s home)',
        response: {
          200: Type.Object({
            upcoming: Type.Array(TravelRequestSummarySchema),
            inProgress: Type.Array(TravelRequestSummarySchema),
            counts: Type.Object({ upcoming: Type.Integer(), drafts: Type.Integer(), approving: Type.Integer(), returned: Type.Integer() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => travelHome(db, { tenantId: writeTenant(req), employeeId: principalOf(req).employeeId }),
  );
  app.post(
    '/api/v1/travel-requests',
    {
      config: { access },
      schema: {
        operationId: 'createTravelRequest',
        tags,
        summary: 'Create a draft travel request',
        body: TravelRequestCreateBody,
        response: { 201: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await createTravelRequest(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), viewer: viewerOf(req), input: req.body }),
        ),
  );
  app.get(
    '/api/v1/travel-requests/:id',
    {
      config: { access },
      schema: {
        operationId: 'getTravelRequest',
        tags,
        summary: 'One travel request with its approval and timeline',
        params: IdParams,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) => getTravelRequest(db, { tenantId: writeTenant(req), viewer: viewerOf(req), id: req.params.id }),
  );
  app.patch(
    '/api/v1/travel-requests/:id',
    {
      config: { access },
      schema: {
        operationId: 'updateTravelRequest',
        tags,
        summary: 'Change a draft or returned request',
        params: IdParams,
        body: TravelRequestUpdateBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) => updateTravelRequest(db, { ...who(req), input: req.body }),
  );
  app.post(
    '/api/v1/travel-requests/:id/submit',
    {
      config: { access },
      preValidation: noBodyIsEmpty,
      schema: {
        operationId: 'submitTravelRequest',
        tags,
        summary: 'Submit (or resubmit) for approval',
        description:
          'Checks the budgets: BUDGET_EXCEEDED when a budget forbids it, REASON_REQUIRED when one warns and no overBudgetReason is given (both with details.check). Then the travellers’ policies (daily budget, destinations, hotel nightly caps by city tier): POLICY_BLOCKED when a rule blocks, REASON_REQUIRED when one warns and no policyReason is given (both with details.policyCheck).',
        params: IdParams,
        body: SubmitBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) => runTravelCommand(approvals, who(req), (work) => submitIn(work, { ...who(req), input: req.body })),
  );
  app.post(
    '/api/v1/travel-requests/:id/withdraw',
    {
      config: { access },
      preValidation: noBodyIsEmpty,
      schema: {
        operationId: 'withdrawTravelRequest',
        tags,
        summary: 'Withdraw my request from approval',
        params: IdParams,
        body: EndBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) => runTravelCommand(approvals, who(req), (work) => withdrawIn(work, { ...who(req), input: req.body })),
  );
  app.post(
    '/api/v1/travel-requests/:id/cancel',
    {
      config: { access },
      preValidation: noBodyIsEmpty,
      schema: {
        operationId: 'cancelTravelRequest',
        tags,
        summary: 'Cancel a request (the requester, or a travel admin)',
        params: IdParams,
        body: EndBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) => runTravelCommand(approvals, who(req), (work) => cancelIn(work, { ...who(req), input: req.body })),
  );
  app.post(
    '/api/v1/travel-requests/:id/complete',
    {
      config: { access },
      preValidation: noBodyIsEmpty,
      schema: {
        operationId: 'completeTravelRequest',
        tags,
        summary: 'Mark an approved request’s trip completed (结束行程)',
        description:
          'The requester or a travel admin, once the trip has begun (else INVALID_STATE with details.reason trip_not_begun). Trips are also completed by the system the day after they end.',
        params: IdParams,
        body: EndBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) =>
      runTravelCommand(approvals, who(req), (work) =>
        completeIn(work, { ...who(req), input: req.body, actualSpend: settlement.actualSpend }),
      ),
  );
}
