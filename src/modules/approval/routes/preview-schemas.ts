import { Type } from '@sinclair/typebox';
import { Uuid } from '../../../platform/http/schemas.ts';
import { CategorySchema } from '../flows/flow-schema.ts';
import { PersonRefSchema } from './approval-schemas.ts';

const strict = { additionalProperties: false } as const;

export const PreviewBody = Type.Object(
  {
    category: CategorySchema,
    amountFen: Type.Integer({ minimum: 0, maximum: 100_000_000_000 }),
    projectId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    outOfPolicy: Type.Optional(Type.Boolean()),
    withinApprovedRequest: Type.Optional(Type.Boolean()),
    requesterId: Type.Optional(Uuid),
    costCentreId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'The cost centre charged (for cost_centre_owner stages)' })),
    travellerIds: Type.Optional(
      Type.Array(Uuid, {
        maxItems: 50,
        description: 'Everyone travelling, the requester included if they travel (for traveller_managers stages)',
      }),
    ),
    approverChoices: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' }), Uuid, {
        maxProperties: 20,
        description: '发起人自选 so far, by stage id',
      }),
    ),
  },
  strict,
);

export const StagePreviewSchema = Type.Object({
  stageId: Type.String(),
  name: Type.String(),
  mode: Type.Union([Type.Literal('any'), Type.Literal('all')]),
  outcome: Type.Union([Type.Literal('open'), Type.Literal('skip'), Type.Literal('fail'), Type.Literal('choose')], {
    description:
      'open: these people would be asked; skip: nobody is left and the stage is passed; fail: the approval would stop here; choose: the requester picks the approver from choice.candidates (发起人自选)',
  }),
  steps: Type.Array(Type.Array(PersonRefSchema), { description: 'Asked one step after another (a manager chain is a step per level)' }),
  fallback: Type.Boolean({ description: 'The stage’s own rule leaves nobody; its fallback answers' }),
  skipped: Type.Array(
    Type.Object({ employeeId: Uuid, name: Type.String(), reason: Type.String({ description: 'requester / inactive / already_approved' }) }),
  ),
  choice: Type.Union([Type.Null(), Type.Object({ candidates: Type.Array(PersonRefSchema), chosen: Type.Union([Type.Null(), Uuid]) })], {
    description: '发起人自选 stages: whom the requester may choose (active, not the requester) and whom they chose; null for other stages',
  }),
});

export const ApprovalPreviewSchema = Type.Object({
  flow: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], { description: 'null: no flow applies' }),
  stages: Type.Array(StagePreviewSchema),
});
