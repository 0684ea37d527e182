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
  },
  strict,
);

export const StagePreviewSchema = Type.Object({
  stageId: Type.String(),
  name: Type.String(),
  mode: Type.Union([Type.Literal('any'), Type.Literal('all')]),
  outcome: Type.Union([Type.Literal('open'), Type.Literal('skip'), Type.Literal('fail')], {
    description: 'open: these people would be asked; skip: nobody is left and the stage is passed; fail: the approval would stop here',
  }),
  steps: Type.Array(Type.Array(PersonRefSchema), { description: 'Asked one step after another (a manager chain is a step per level)' }),
  fallback: Type.Boolean({ description: 'The stage’s own rule leaves nobody; its fallback answers' }),
  skipped: Type.Array(
    Type.Object({ employeeId: Uuid, name: Type.String(), reason: Type.String({ description: 'requester / inactive / already_approved' }) }),
  ),
});

export const ApprovalPreviewSchema = Type.Object({
  flow: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], { description: 'null: no flow applies' }),
  stages: Type.Array(StagePreviewSchema),
});
