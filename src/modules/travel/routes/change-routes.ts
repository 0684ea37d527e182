import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { errorResponses, IdParams, Uuid } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { previewChangeIn, requestChangeIn, withdrawChangeIn } from '../change-travel-request.ts';
import type { TravelViewer } from '../travel-access.ts';
import { runTravelCommand } from '../travel-commands.ts';
import { ChangePlanSchema, EstimateSchema, LegInput, TravelRequestSchema } from './travel-schemas.ts';
import { actorOfRequest, writeTenant } from '../../access/index.ts';
import { type ApprovalDeps, runApprovalWork } from '../../approval/index.ts';

const tags = ['travel requests'];
const access = 'travel.request' as const;

const ChangeBody = Type.Object(
  {
    itinerary: Type.Optional(Type.Array(LegInput, { minItems: 1, maxItems: 20 })),
    estimate: Type.Optional(EstimateSchema),
    note: Type.Optional(Type.String({ maxLength: 1000, description: 'Why, for the approvers' })),
    overBudgetReason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, description: 'The new itinerary, estimate or both; what is left out stays' },
);
const ChangeParams = Type.Object({ id: Uuid, changeId: Uuid });
const WithdrawBody = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });

/** 变更 under /api/v1/travel-requests/:id/changes: preview, request, withdraw. */
export function changeRoutes(app: App, approvals: ApprovalDeps, viewerOf: (req: FastifyRequest) => TravelViewer): void {
  const who = (req: FastifyRequest & { params: { id: string } }) => ({
    tenantId: writeTenant(req),
    actor: actorOfRequest(req),
    viewer: viewerOf(req),
    id: req.params.id,
  });
  app.post(
    '/api/v1/travel-requests/:id/changes/preview',
    {
      config: { access },
      schema: {
        operationId: 'previewTravelRequestChange',
        tags,
        summary: 'What a change of an approved request would need (approval and why; the budget check)',
        description: 'Nothing is written. The same refusals as the change itself, but not the budget outcome.',
        params: IdParams,
        body: ChangeBody,
        response: { 200: ChangePlanSchema, ...errorResponses },
      },
    },
    async (req) => runApprovalWork(approvals, who(req), (work) => previewChangeIn(work, { ...who(req), input: req.body })),
  );
  app.post(
    '/api/v1/travel-requests/:id/changes',
    {
      config: { access },
      schema: {
        operationId: 'changeTravelRequest',
        tags,
        summary: 'Change an approved request (变更): dates, cities, estimate',
        description:
          'Within what was approved (dates inside the approved span, no new city, amount not higher) the change applies at once; otherwise it goes to approval and the request keeps its approved content until the change is approved. Budgets as at submission: BUDGET_EXCEEDED, REASON_REQUIRED.',
        params: IdParams,
        body: ChangeBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) =>
      runTravelCommand(approvals, who(req), async (work) => void (await requestChangeIn(work, { ...who(req), input: req.body }))),
  );
  app.post(
    '/api/v1/travel-requests/:id/changes/:changeId/withdraw',
    {
      config: { access },
      preValidation: async (req) => {
        req.body ??= {};
      },
      schema: {
        operationId: 'withdrawTravelRequestChange',
        tags,
        summary: 'Withdraw a change waiting for approval; the request stays as it is',
        params: ChangeParams,
        body: WithdrawBody,
        response: { 200: TravelRequestSchema, ...errorResponses },
      },
    },
    async (req) =>
      runTravelCommand(approvals, who(req), (work) =>
        withdrawChangeIn(work, { ...who(req), changeId: req.params.changeId, comment: req.body.comment }),
      ),
  );
}
