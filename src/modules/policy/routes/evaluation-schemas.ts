import { Type, type TSchema } from '@sinclair/typebox';
import { CodeText, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import { RULE_ACTION_CHOICES, RULE_ACTIONS, type CheckUnit } from '../engine/index.ts';
import { AssignmentSchema, MissingDataSchema } from './policy-schemas.ts';
import { MAX_TRAVELLERS, OptionsSchema } from './option-schemas.ts';
import { enumOf, RULE_KIND_LIST, RulesSchema } from './rule-schemas.ts';

/** TypeBox models of resolution, preview, evaluation and reason codes. */

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** Every unit of the engine's CheckUnit (the Record makes a new one a compile error here). */
const UNITS: Record<CheckUnit, true> = {
  fen: true,
  cabin: true,
  seat_class: true,
  service_level: true,
  stars: true,
  days: true,
  minutes: true,
  hour: true,
  city: true,
  boolean: true,
};
const CHECK_UNITS = Object.keys(UNITS);

export const ExplanationSchema = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });
const CheckValue = Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]);

export const EvaluationSchema = Type.Object({
  policyVersionId: Type.String({ description: "The version evaluated ('preview' for unsaved rules)" }),
  compliant: Type.Boolean(),
  outcome: enumOf(RULE_ACTIONS, 'The strictest action among the failed rules'),
  requiresReasonCode: Type.Boolean({ description: 'A failed warn rule asks for a reason code (超标原因)' }),
  dataMissing: Type.Boolean({ description: "Some applicable rule lacked its data; the policy's missingData setting failed or flagged it" }),
  personalPayFen: Type.Integer({
    minimum: 0,
    description: '超标个人付: what the traveller pays personally above a cap (fen); 0 when none',
  }),
  checks: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      kind: enumOf(RULE_KIND_LIST),
      applicable: Type.Boolean(),
      passed: Type.Boolean(),
      limit: CheckValue,
      actual: CheckValue,
      difference: nullable(Type.Number()),
      unit: enumOf(CHECK_UNITS),
      action: enumOf(RULE_ACTION_CHOICES),
      dataMissing: Type.Boolean({ description: 'The rule applies but its data is missing' }),
      personalPayFen: nullable(
        Type.Integer({ minimum: 0, description: 'Paid personally above this cap (fen); null unless a personal_pay rule failed' }),
      ),
      explanation: ExplanationSchema,
    }),
  ),
});

const PolicyRef = nullable(Type.Object({ id: Uuid, name: Type.String() }));
const VersionRef = nullable(Type.Object({ versionId: Uuid, version: Type.Integer() }));

export const ResolveQuery = Type.Object({ employeeId: Type.Optional(Uuid) }, { additionalProperties: false });
export const ResolveSchema = Type.Object({
  policy: PolicyRef,
  version: VersionRef,
  assignment: nullable(AssignmentSchema),
  reason: ExplanationSchema,
});

const PreviewTravellerSchema = Type.Union([
  Type.Object({ employeeId: Uuid }, { additionalProperties: false }),
  Type.Object({ rankCode: Type.String({ minLength: 1, maxLength: 40 }), departmentId: Uuid }, { additionalProperties: false }),
]);

export const PreviewBody = Type.Object(
  {
    policyId: Type.Optional(Uuid),
    versionId: Type.Optional(Uuid),
    rules: Type.Optional(RulesSchema),
    missingData: Type.Optional(MissingDataSchema),
    travellers: Type.Array(PreviewTravellerSchema, { minItems: 1, maxItems: MAX_TRAVELLERS }),
    options: OptionsSchema,
  },
  { additionalProperties: false, description: 'Exactly one of policyId (its draft, else its published version), versionId and rules' },
);

export const PreviewSchema = Type.Object({
  results: Type.Array(Type.Object({ travellerIndex: Type.Integer(), optionIndex: Type.Integer(), evaluation: EvaluationSchema })),
});

export const EvaluateBody = Type.Object({ employeeId: Type.Optional(Uuid), options: OptionsSchema }, { additionalProperties: false });
export const EvaluateSchema = Type.Object({ policy: PolicyRef, version: VersionRef, evaluations: Type.Array(EvaluationSchema) });

export const ReasonCodeSchema = Type.Object({
  code: Type.String(),
  labelZh: Type.String(),
  labelEn: Type.String(),
  active: Type.Boolean(),
  sort: Type.Integer(),
});
export const ReasonCodesBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          code: CodeText(40, 'A-Za-z0-9_.-', 'A-Za-z0-9_.-', 'Letters, digits, _ . - (at most 40)'),
          labelZh: TrimmedText(60, '1–60 characters'),
          labelEn: TrimmedText(100, '1–100 characters'),
          active: Type.Optional(Type.Boolean()),
          sort: Type.Optional(Type.Integer({ minimum: -100_000, maximum: 100_000 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
