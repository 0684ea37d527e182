import { Type } from '@sinclair/typebox';
import { errorResponses, Uuid } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { type TravelOption, EvaluationSchema, ExplanationSchema, TravelOptionSchema } from '../../policy/index.ts';
import { checkOrder } from '../coverage/check-order.ts';
import { can, principalOf, writeTenant } from '../../access/index.ts';
import { StagePreviewSchema } from '../../approval/index.ts';
import { TravelStatusSchema } from './travel-schemas.ts';

const OrderCheckBody = Type.Object(
  {
    employeeId: Type.Optional(Uuid),
    requestId: Type.Optional(Uuid),
    projectId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    option: TravelOptionSchema,
  },
  { additionalProperties: false },
);

const literals = <T extends string>(...values: T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const OrderCheckSchema = Type.Object({
  travellerId: Uuid,
  request: Type.Union([Type.Object({ id: Uuid, code: Type.String(), purpose: Type.String(), status: TravelStatusSchema }), Type.Null()], {
    description: 'The covering request, or the nearest one (with why it does not cover); null when the traveller has no approved request',
  }),
  coverage: Type.Union([
    Type.Object({
      covered: Type.Boolean(),
      checks: Type.Array(
        Type.Object({
          check: literals('status', 'traveller', 'dates', 'cities', 'amount'),
          pass: Type.Boolean(),
          explanation: ExplanationSchema,
        }),
      ),
    }),
    Type.Null(),
  ]),
  policy: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
  version: Type.Union([Type.Object({ versionId: Uuid, version: Type.Integer() }), Type.Null()]),
  evaluation: Type.Union([EvaluationSchema, Type.Null()]),
  approval: Type.Object({
    outcome: literals('blocked', 'approval_required', 'no_approval'),
    reason: literals(
      'policy_blocks',
      'covered_by_request',
      'flow_requires_within_request',
      'policy_requires_approval',
      'not_covered',
      'no_flow',
    ),
    explanation: ExplanationSchema,
    flow: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
    stages: Type.Array(StagePreviewSchema),
  }),
});

/** 预订前校验: an option checked against the traveller's approved travel requests, policy and approval flows. */
export function orderCheckRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/v1/travel/order-check',
    {
      config: { access: 'travel.request' },
      schema: {
        operationId: 'checkOrder',
        tags: ['travel requests'],
        summary: 'Would this booking be covered by an approved travel request, within policy, and need approval?',
        description:
          'Orders inside an approved request’s bounds (traveller, dates, cities, the category’s estimate) need no second approval unless the policy requires approval or a flow has the condition within_approved_request. The policy evaluation fills in matchedApprovedRequest, and records the version checked against.',
        body: OrderCheckBody,
        response: { 200: OrderCheckSchema, ...errorResponses },
      },
    },
    async (req) =>
      checkOrder(deps.database.db, {
        tenantId: writeTenant(req),
        caller: { employeeId: principalOf(req).employeeId, canManage: can(req, 'policy.manage') },
        // The body schema (TravelOptionSchema) has checked the option; the type provider cannot infer its if/then branches.
        input: { ...req.body, option: req.body.option as TravelOption },
      }),
  );
}
