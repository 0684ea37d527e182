import { type Static, Type } from '@sinclair/typebox';
import type { ApprovalCategory } from '../engine/index.ts';

/**
 * The engine's FlowDefinition as a TypeBox schema: the shapes are checked here (422 with paths),
 * what a schema cannot say (unique stage ids, ranges, references) in check-flow.ts.
 */

/** Pattern, not format: stored definitions are checked again without the format plugin (flow-view.ts). */
export const UuidPattern = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const Uuid = Type.String({ pattern: UuidPattern });
const Fen = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });
const strict = { additionalProperties: false } as const;
export const CategorySchema = Type.Union([
  Type.Literal('travel_request'),
  Type.Literal('flight'),
  Type.Literal('hotel'),
  Type.Literal('train'),
  Type.Literal('car'),
  Type.Literal('expense'),
  Type.Literal('budget_adjustment'),
]);
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the schema lists exactly the engine's categories. */
export const categoriesMatch: Same<ApprovalCategory, Static<typeof CategorySchema>> = true;

const ConditionSchema = Type.Union([
  Type.Object({ kind: Type.Literal('amount_at_least'), fen: Fen }, strict),
  Type.Object({ kind: Type.Literal('amount_at_most'), fen: Fen }, strict),
  Type.Object({ kind: Type.Literal('amount_between'), minFen: Fen, maxFen: Fen }, strict),
  Type.Object({ kind: Type.Literal('category_in'), categories: Type.Array(CategorySchema, { minItems: 1, maxItems: 10 }) }, strict),
  Type.Object({ kind: Type.Literal('department_in'), departmentIds: Type.Array(Uuid, { minItems: 1, maxItems: 200 }) }, strict),
  Type.Object({ kind: Type.Literal('out_of_policy'), is: Type.Boolean() }, strict),
  Type.Object({ kind: Type.Literal('project_in'), projectIds: Type.Array(Uuid, { minItems: 1, maxItems: 200 }) }, strict),
  Type.Object({ kind: Type.Literal('has_project'), is: Type.Boolean() }, strict),
  Type.Object({ kind: Type.Literal('within_approved_request'), is: Type.Boolean() }, strict),
]);

// Which roles exist is checked by checkFlow (not an enum here): inside the union of approver rules
// an enum makes the validator report every branch, where checkFlow names the one field.
const RoleRule = Type.Object({ kind: Type.Literal('role'), role: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }) }, strict);
const UserRule = Type.Object({ kind: Type.Literal('user'), userId: Uuid }, strict);

const People = (description: string) => Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true, description });
const CcSchema = Type.Array(Type.Union([UserRule, RoleRule]), {
  maxItems: 50,
  description: '抄送: people, or the holders of a role, told and given read access',
});

const ApproverRuleSchema = Type.Union([
  Type.Object({ kind: Type.Literal('direct_manager') }, strict),
  Type.Object({ kind: Type.Literal('manager_chain'), levels: Type.Integer({ minimum: 1, maximum: 10 }) }, strict),
  Type.Object({ kind: Type.Literal('department_head'), of: Type.Union([Type.Literal('requester'), Type.Literal('parent')]) }, strict),
  RoleRule,
  UserRule,
  Type.Object({ kind: Type.Literal('users'), userIds: People('Named people asked together (或签 / 会签 by the mode)') }, strict),
  Type.Object({ kind: Type.Literal('project_owner') }, strict),
  Type.Object({ kind: Type.Literal('cost_centre_owner') }, strict),
  Type.Object({ kind: Type.Literal('traveller_managers') }, strict),
  Type.Object(
    { kind: Type.Literal('requester_choice'), candidateIds: People('发起人自选: the requester picks one of these at submission') },
    strict,
  ),
]);

const StageSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    approvers: ApproverRuleSchema,
    mode: Type.Union([Type.Literal('any'), Type.Literal('all')]),
    timeout: Type.Optional(
      Type.Object(
        {
          afterMinutes: Type.Integer({ minimum: 1, maximum: 60 * 24 * 90 }),
          action: Type.Union([Type.Literal('remind'), Type.Literal('escalate'), Type.Literal('auto_approve'), Type.Literal('auto_reject')]),
          remindEveryMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 * 24 * 30 })),
        },
        strict,
      ),
    ),
    onEmpty: Type.Union([
      Type.Object({ kind: Type.Literal('skip') }, strict),
      Type.Object({ kind: Type.Literal('fail') }, strict),
      Type.Object({ kind: Type.Literal('fallback'), to: Type.Union([RoleRule, UserRule]) }, strict),
    ]),
    cc: Type.Optional(CcSchema),
  },
  strict,
);

/** A flow's definition as sent and stored: conditions and stages (id, name and priority are the flow's own). */
export const FlowDefinitionSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ maxLength: 64, description: 'Ignored: the flow’s id' })),
    name: Type.Optional(Type.String({ maxLength: 100, description: 'Ignored: the flow’s name' })),
    priority: Type.Optional(Type.Number({ description: 'Ignored: the flow’s priority' })),
    conditions: Type.Array(ConditionSchema, { maxItems: 20 }),
    stages: Type.Array(StageSchema, { minItems: 1, maxItems: 20 }),
    skipRepeatedApprover: Type.Optional(Type.Boolean()),
    cc: Type.Optional(CcSchema),
  },
  { ...strict, description: 'The approval engine’s FlowDefinition: conditions (all must hold) and stages' },
);

export type FlowDefinitionInput = Static<typeof FlowDefinitionSchema>;
/** What is stored in approval_flows.definition. */
export type FlowBody = Omit<FlowDefinitionInput, 'id' | 'name' | 'priority'>;
