import { type TSchema, Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { LocalDate as LocalDateText, Timestamp, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import { ApprovalViewSchema, PersonRefSchema } from '../../approval/index.ts';
import { BudgetCheckSchema } from '../../budget/index.ts';
import { RequestPolicyCheckSchema } from '../../policy/index.ts';

/** TypeBox models of the travel request API. Bodies check types and sizes; the use cases check the rules. */

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const strict = { additionalProperties: false } as const;
const LocalDate = LocalDateText();
const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });

export const TravelStatusSchema = Type.Union([
  Type.Literal('draft'),
  Type.Literal('approving'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
  Type.Literal('returned'),
  Type.Literal('withdrawn'),
  Type.Literal('cancelled'),
  Type.Literal('completed'),
]);

export const CostBearerSchema = Type.Union([Type.Literal('traveller_department'), Type.Literal('cost_centre'), Type.Literal('project')], {
  description:
    '费用归属: each traveller’s own department (default), or the request’s cost centre or project. The estimate is split equally across the travellers, the remainder fen on the first.',
});

const CostShareSchema = Type.Object({
  travellerId: Uuid,
  travellerName: Type.String(),
  amountFen: Type.Integer(),
  bearerType: Type.Union([Type.Literal('department'), Type.Literal('cost_centre'), Type.Literal('project')]),
  bearerId: Uuid,
  bearerName: Type.String(),
});

const DateOut = Type.String({ format: 'date', description: 'YYYY-MM-DD (China time)' });
export const LegSchema = Type.Object({
  fromCity: Type.String(),
  toCity: Type.String(),
  departDate: DateOut,
  returnDate: nullable(DateOut),
});
export const EstimateSchema = Type.Object({ flight: Fen, hotel: Fen, train: Fen, car: Fen, other: Fen }, strict);

export const TravelRequestSummarySchema = Type.Object({
  id: Uuid,
  code: Type.String({ description: 'e.g. TR2026112500001' }),
  purpose: Type.String(),
  status: TravelStatusSchema,
  requesterId: Uuid,
  requesterName: Type.String(),
  travellerNames: Type.Array(Type.String()),
  firstDepartDate: nullable(DateOut),
  destinations: Type.Array(Type.String()),
  estimatedTotalFen: Type.Integer(),
  createdAt: Timestamp,
  submittedAt: nullable(Timestamp),
  currentApprovers: Type.Array(PersonRefSchema),
});

const ContentSchema = Type.Object({ itinerary: Type.Array(LegSchema), estimate: EstimateSchema, estimatedTotalFen: Type.Integer() });

export const ChangeReasonSchema = Type.Union([Type.Literal('dates_outside'), Type.Literal('new_city'), Type.Literal('amount_higher')], {
  description: 'Why a change needs approval: a date outside the approved span, a city not approved, a higher amount',
});

/** 变更: a change of an approved request. */
export const ChangeSchema = Type.Object({
  id: Uuid,
  status: Type.Union([
    Type.Literal('approving'),
    Type.Literal('returned'),
    Type.Literal('applied'),
    Type.Literal('rejected'),
    Type.Literal('withdrawn'),
    Type.Literal('cancelled'),
  ]),
  requestedBy: PersonRefSchema,
  before: ContentSchema,
  after: ContentSchema,
  reasons: Type.Array(ChangeReasonSchema, { description: 'Empty: within what was approved, applied at once' }),
  note: nullable(Type.String()),
  budgetCheck: nullable(BudgetCheckSchema),
  overBudgetReason: nullable(Type.String()),
  createdAt: Timestamp,
  decidedAt: nullable(Timestamp),
  approval: nullable(ApprovalViewSchema),
});

export const ChangePlanSchema = Type.Object({
  before: ContentSchema,
  after: ContentSchema,
  approved: Type.Composite([ContentSchema], { description: 'What was approved: the bounds the change is compared with' }),
  reasons: Type.Array(ChangeReasonSchema),
  budgetCheck: BudgetCheckSchema,
});

export const TravelRequestSchema = Type.Composite([
  TravelRequestSummarySchema,
  Type.Object({
    travellers: Type.Array(Type.Object({ employeeId: Uuid, name: Type.String(), departmentName: Type.String() })),
    itinerary: Type.Array(LegSchema),
    estimate: EstimateSchema,
    projectId: nullable(Uuid),
    projectName: nullable(Type.String()),
    costCentreId: nullable(Uuid),
    costCentreName: nullable(Type.String()),
    costBearer: CostBearerSchema,
    costShares: Type.Array(CostShareSchema, {
      description:
        'Each traveller’s share and who bears it: as charged at submission (or the last applied change); for drafts, as it would be now',
    }),
    budgetCheck: nullable(BudgetCheckSchema),
    overBudgetReason: nullable(Type.String()),
    policyCheck: nullable(RequestPolicyCheckSchema),
    policyReason: nullable(Type.String()),
    approval: nullable(ApprovalViewSchema),
    changes: Type.Array(ChangeSchema, { description: 'Changes after approval (变更), newest first' }),
    timeline: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        type: Type.String(),
        at: Timestamp,
        actorKind: Type.Union([Type.Literal('account'), Type.Literal('api_key'), Type.Literal('system')]),
        actorName: Type.String(),
        data: Type.Record(Type.String(), Type.Unknown()),
      }),
    ),
  }),
]);

export const LegInput = Type.Object(
  {
    fromCity: TrimmedText(50, 'A city: its id (beijing), name (北京) or code (BJS, PEK)'),
    toCity: TrimmedText(50, 'A city: its id (beijing), name (北京) or code (BJS, PEK)'),
    departDate: LocalDate,
    returnDate: Type.Optional(nullable(LocalDate)),
  },
  strict,
);

const fields = {
  purpose: TrimmedText(500),
  travellerIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, description: 'Default: the requester' }),
  itinerary: Type.Array(LegInput, { minItems: 1, maxItems: 20 }),
  estimate: EstimateSchema,
  projectId: nullable(Uuid),
  costCentreId: nullable(Uuid),
  costBearer: CostBearerSchema,
};

export const TravelRequestCreateBody = Type.Object(
  {
    purpose: fields.purpose,
    travellerIds: Type.Optional(fields.travellerIds),
    itinerary: fields.itinerary,
    estimate: fields.estimate,
    projectId: Type.Optional(fields.projectId),
    costCentreId: Type.Optional(fields.costCentreId),
    costBearer: Type.Optional(fields.costBearer),
  },
  strict,
);

export const TravelRequestUpdateBody = Type.Partial(Type.Object(fields, strict), { description: 'Fields left out stay as they are' });

export const TravelListQuery = Type.Object(
  {
    scope: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('all'), Type.Literal('approving')], { default: 'mine' })),
    status: Type.Optional(TravelStatusSchema),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the code or the purpose' })),
    ...PageQuery,
  },
  strict,
);

export const SubmitBody = Type.Object(
  {
    overBudgetReason: Type.Optional(Type.String({ maxLength: 500 })),
    policyReason: Type.Optional(Type.String({ maxLength: 500, description: 'Needed when the policy check warns (超标原因)' })),
    approverChoices: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' }), Uuid, {
        maxProperties: 20,
        description:
          '发起人自选: for each stage of the flow where the requester chooses (by stage id), the chosen approver — one of the stage’s candidates, never the requester (422 at approverChoices.<stageId> otherwise)',
      }),
    ),
  },
  strict,
);
export const EndBody = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 1000 })) }, strict);
