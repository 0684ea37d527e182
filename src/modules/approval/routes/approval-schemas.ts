import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { Timestamp, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import type { ApprovalStatus, SlotStatus, StageStatus } from '../engine/index.ts';
import { FlowDefinitionSchema } from '../flows/flow-schema.ts';
import type { Decider } from '../instances/approval-view.ts';

/** TypeBox models of the approval API. Bodies check types and sizes; the engine and the use cases check the rules. */

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const strict = { additionalProperties: false } as const;
const Comment = Type.String({ maxLength: 2000 });

export const PersonRefSchema = Type.Object({ employeeId: Uuid, name: Type.String() });

const L = Type.Literal;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const ApprovalStatusSchema = Type.Union([L('pending'), L('approved'), L('rejected'), L('returned'), L('withdrawn'), L('cancelled')]);
const StageStatusSchema = Type.Union([
  L('not_started'),
  L('active'),
  L('approved'),
  L('skipped'),
  L('rejected'),
  L('returned'),
  L('cancelled'),
]);
/** An approver's slot, or skipped for one the stage passed over. */
const DecisionSchema = Type.Union([
  L('waiting'),
  L('pending'),
  L('approved'),
  L('rejected'),
  L('returned'),
  L('transferred'),
  L('cancelled'),
  L('skipped'),
]);
/** What a caller may do with an approval now (instances/approval-view.ts). */
export const ViewerActionSchema = Type.Union([
  L('approve'),
  L('reject'),
  L('return'),
  L('transfer'),
  L('add_approver'),
  L('comment'),
  L('withdraw'),
  L('cancel'),
  L('resubmit'),
]);
/** Compile-time: the schemas list exactly the engine's values. */
export const statusesMatch: [
  Same<ApprovalStatus, Static<typeof ApprovalStatusSchema>>,
  Same<StageStatus, Static<typeof StageStatusSchema>>,
  Same<SlotStatus | 'skipped', Static<typeof DecisionSchema>>,
  Same<Decider, Static<typeof DeciderSchema>>,
] = [true, true, true, true];

/** Who settled an approver's place (instances/approval-view.ts): a person, or the system on a stage's timeout. */
const DeciderSchema = Type.Union(
  [
    Type.Object({ kind: L('person'), employeeId: Uuid, name: Type.String() }),
    Type.Object({
      kind: L('system'),
      reason: Type.Union([L('auto_approved_on_timeout'), L('auto_rejected_on_timeout'), L('escalated')], {
        description: 'The stage timed out and its flow approved, rejected, or escalated to the superior',
      }),
    }),
  ],
  {
    description:
      'Who decided: null while undecided, and for places skipped or no longer needed. A timeout is the system’s, never a person’s.',
  },
);

export const ApprovalViewSchema = Type.Object({
  instanceId: Uuid,
  flowName: Type.String(),
  status: ApprovalStatusSchema,
  stages: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      mode: Type.Union([Type.Literal('any'), Type.Literal('all')]),
      status: StageStatusSchema,
      approvers: Type.Array(
        Type.Object({
          employeeId: Uuid,
          name: Type.String(),
          onBehalfOf: Type.Optional(PersonRefSchema),
          decision: DecisionSchema,
          decidedAt: nullable(Timestamp),
          decidedBy: nullable(DeciderSchema),
          comment: nullable(Type.String()),
        }),
      ),
      dueAt: nullable(Timestamp),
      progress: nullable(
        Type.Object(
          { approved: Type.Integer(), total: Type.Integer() },
          { description: 'The current (or last) step: places approved out of those that count ("2/3 已同意")' },
        ),
      ),
      carbonCopies: Type.Array(PersonRefSchema, { description: '抄送 sent when this stage was approved' }),
    }),
  ),
  currentStageIndex: nullable(Type.Integer()),
  canAct: Type.Boolean({ description: 'The caller can decide now (as an approver or a delegate in force)' }),
  actions: Type.Array(ViewerActionSchema, { description: 'What the caller may do now' }),
  carbonCopies: Type.Array(PersonRefSchema, { description: '抄送 sent when the approval finished' }),
  copiedToViewer: Type.Boolean({ description: 'The caller was copied on this approval: read access, no decision' }),
});

export const FlowSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  priority: Type.Integer(),
  active: Type.Boolean(),
  definition: FlowDefinitionSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const FlowBody = Type.Object(
  {
    name: TrimmedText(100),
    priority: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000, description: 'Lower is tried first' }),
    definition: FlowDefinitionSchema,
    active: Type.Optional(Type.Boolean({ description: 'Inactive flows are not chosen for new requests (default true)' })),
  },
  strict,
);

export const ActionBody = Type.Object(
  {
    action: Type.Union([
      Type.Literal('approve'),
      Type.Literal('reject'),
      Type.Literal('return'),
      Type.Literal('transfer'),
      Type.Literal('add_approver'),
      Type.Literal('comment'),
    ]),
    comment: Type.Optional(Comment),
    toEmployeeId: Type.Optional(Uuid),
    position: Type.Optional(Type.Union([Type.Literal('before'), Type.Literal('after'), Type.Literal('parallel')])),
    rejectTo: Type.Optional(Type.Union([Type.Literal('requester'), Type.Integer({ minimum: 0, maximum: 100 })])),
    onBehalfOf: Type.Optional(Uuid),
  },
  {
    ...strict,
    description: 'reject and return need a comment; transfer and add_approver a toEmployeeId; add_approver’s position defaults to after',
  },
);

export const InstanceParams = Type.Object({ instanceId: Uuid });

/** The registered subject types (travel_request, and orders or expense claims as they join) as a schema. */
const subjectTypeOf = (subjectTypes: readonly string[]) =>
  Type.Union(
    subjectTypes.map((t) => Type.Literal(t)),
    { description: 'What the approval is for' },
  );

/** The inbox's query and answer, for the subject types the composition root registered. */
export function inboxSchemas(subjectTypes: readonly string[]) {
  const query = Type.Object(
    {
      state: Type.Optional(
        Type.Union([Type.Literal('pending'), Type.Literal('done'), Type.Literal('cc')], {
          default: 'pending',
          description: 'pending: mine to decide; done: decided by me; cc: copied to me (抄送我的, read only)',
        }),
      ),
      subjectType: Type.Optional(subjectTypeOf(subjectTypes)),
      q: Type.Optional(Type.String({ maxLength: 100, description: 'Words in the reference, title or requester’s name' })),
      due: Type.Optional(
        Type.Union([Type.Literal('overdue'), Type.Literal('due_today')], {
          description: 'Pending approvals overdue, or due later today (China time)',
        }),
      ),
      ...PageQuery,
    },
    strict,
  );
  const answer = Type.Object({
    items: Type.Array(
      Type.Object({
        instanceId: Uuid,
        subjectType: subjectTypeOf(subjectTypes),
        subjectId: Uuid,
        subjectCode: nullable(Type.String()),
        title: nullable(Type.String()),
        requesterName: Type.String(),
        amountFen: Type.Integer(),
        stageName: Type.String(),
        since: Timestamp,
        dueAt: nullable(Timestamp),
        onBehalfOf: nullable(PersonRefSchema),
        itinerary: Type.Array(
          Type.Object({ fromCity: Type.String(), toCity: Type.String(), departDate: Type.String(), returnDate: nullable(Type.String()) }),
          { description: 'Where and when, as the subject gives it' },
        ),
        flags: Type.Array(Type.Object({ code: Type.String(), note: nullable(Type.String()) }), {
          description: 'What to notice before deciding: over_budget, out_of_policy …',
        }),
        status: Type.Optional(ApprovalStatusSchema),
      }),
    ),
    nextCursor: nullable(Type.String()),
    counts: Type.Object({ pending: Type.Integer(), overdue: Type.Integer(), dueToday: Type.Integer() }),
  });
  return { query, answer };
}

export const BulkApproveBody = Type.Object(
  { instanceIds: Type.Array(Uuid, { minItems: 1, maxItems: 100 }), comment: Type.Optional(Comment) },
  strict,
);

export const BulkApproveSchema = Type.Object({
  results: Type.Array(Type.Object({ instanceId: Uuid, ok: Type.Boolean(), code: Type.Optional(Type.String()) })),
});

export const DelegationSchema = Type.Object({
  id: Uuid,
  delegateId: Uuid,
  delegateName: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  reason: Type.String(),
});

export const DelegationBody = Type.Object(
  { delegateId: Uuid, startsAt: Timestamp, endsAt: Timestamp, reason: Type.Optional(Type.String({ maxLength: 500 })) },
  strict,
);
