import { Type, type TSchema } from '@sinclair/typebox';
import { Timestamp, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import { CATEGORIES, MISSING_DATA_MODES } from '../engine/index.ts';
import { enumOf, RuleSchema, RulesSchema } from './rule-schemas.ts';

/** TypeBox models of the policy API (policies, versions, assignments). Bodies check shapes; the domain and the engine check the rules. */

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const PolicyStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('archived')]);
export const VersionStatusSchema = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('superseded')]);

export const AssignmentSchema = Type.Object({
  id: Uuid,
  departmentId: nullable(Uuid),
  departmentName: nullable(Type.String()),
  rankCodes: Type.Array(Type.String(), { description: 'Empty: any rank, unless a level range is given' }),
  minRankLevel: nullable(Type.Integer()),
  maxRankLevel: nullable(Type.Integer()),
  priority: Type.Integer(),
});

export const PolicySummarySchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  status: PolicyStatusSchema,
  published: nullable(Type.Object({ versionId: Uuid, version: Type.Integer(), publishedAt: Timestamp })),
  draft: nullable(Type.Object({ versionId: Uuid, version: Type.Integer() })),
  assignments: Type.Array(AssignmentSchema),
});

const versionFields = {
  versionId: Uuid,
  version: Type.Integer(),
  status: VersionStatusSchema,
  note: Type.String(),
  createdAt: Timestamp,
  publishedAt: nullable(Timestamp),
};

export const PolicyDetailSchema = Type.Object({
  ...PolicySummarySchema.properties,
  versions: Type.Array(Type.Object(versionFields), { description: 'Newest first' }),
});

export const MissingDataSchema = Type.Union(
  MISSING_DATA_MODES.map((m) => Type.Literal(m)),
  {
    description:
      "What a rule lacking its data does: 'fail' (fail closed: it fails with its action) or 'pass_flagged' (it passes, flagged 数据缺失，按设置放行)",
  },
);

export const VersionSchema = Type.Object({ ...versionFields, missingData: MissingDataSchema, rules: Type.Array(RuleSchema) });

const CoverageGapSchema = Type.Object({
  rankCode: Type.String(),
  rankName: Type.String(),
  rankLevel: Type.Integer(),
  category: enumOf(CATEGORIES),
  reason: enumOf(
    ['no_rule', 'no_hotel_band'] as const,
    'no_rule: no rule of the category applies; no_hotel_band: no nightly-cap band holds the level',
  ),
  message: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
});

export const CoverageSchema = Type.Object({
  versionId: Uuid,
  version: Type.Integer(),
  warnings: Type.Array(CoverageGapSchema, {
    description: 'Ranks the policy reaches (by its assignments) and categories it leaves uncovered',
  }),
});

export const PublishedSchema = Type.Object({
  ...versionFields,
  missingData: MissingDataSchema,
  rules: Type.Array(RuleSchema),
  warnings: Type.Array(CoverageGapSchema, { description: 'The coverage warnings of the version just published' }),
});

export const VersionParams = Type.Object({ id: Uuid, versionId: Uuid });

/** checkPolicyText: trimmed, 1–100 and at most 2000 characters. */
const PolicyName = TrimmedText(100, '1–100 characters');
const PolicyDescription = Type.String({ maxLength: 2000 });

export const PolicyCreateBody = Type.Object(
  {
    name: PolicyName,
    description: Type.Optional(PolicyDescription),
    copyFromPolicyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const PolicyUpdateBody = Type.Object(
  { name: Type.Optional(PolicyName), description: Type.Optional(PolicyDescription), status: Type.Optional(PolicyStatusSchema) },
  { additionalProperties: false, description: 'Fields left out stay as they are' },
);

const Note = Type.String({ maxLength: 500, description: 'At most 500 characters' });

export const DraftBody = Type.Object(
  {
    rules: RulesSchema,
    note: Type.Optional(Note),
    missingData: Type.Optional(MissingDataSchema),
  },
  { additionalProperties: false },
);
export const PublishBody = Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false });

/** Conditions left out do not apply (null is not accepted: Ajv's type coercion would read 0 as null). */
const AssignmentInputSchema = Type.Object(
  {
    departmentId: Type.Optional(Uuid),
    rankCodes: Type.Optional(Type.Array(TrimmedText(40, 'A rank code'), { maxItems: 100, uniqueItems: true })),
    minRankLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    maxRankLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    priority: Type.Optional(
      Type.Integer({ minimum: -1000, maximum: 1000, description: 'Higher wins among equally specific matches; default 0' }),
    ),
  },
  { additionalProperties: false },
);

export const AssignmentsBody = Type.Object(
  { assignments: Type.Array(AssignmentInputSchema, { maxItems: 200, description: 'Neither department nor rank: the tenant’s default' }) },
  { additionalProperties: false },
);
