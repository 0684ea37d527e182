import { Type, type TSchema } from '@sinclair/typebox';
import { LocalDate, Timestamp, Uuid } from '../../../platform/http/schemas.ts';
import { CATEGORIES, ExplanationSchema, RULE_ACTION_CHOICES, RULE_ACTIONS, RULE_KINDS } from '../../policy/index.ts';
import { MAX_PAGE } from '../replay/run-what-if.ts';

/** One of the values, as a plain JSON-schema enum. */
const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const Fen = Type.Integer({ description: 'fen' });
const Outcome = enumOf(RULE_ACTIONS);
const Source = enumOf(['order', 'imported'] as const);

export const WhatIfBody = Type.Object(
  {
    from: LocalDate('First day of bookings replayed, YYYY-MM-DD (China time)'),
    to: LocalDate('Last day (inclusive), at most 366 days after from'),
    includeImported: Type.Optional(Type.Boolean({ default: true, description: 'Count the bookings imported from previous providers' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Changed bookings to skip' })),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: MAX_PAGE, description: `Changed bookings listed (default 50, at most ${MAX_PAGE})` }),
    ),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({ allow: Type.Integer(), warn: Type.Integer(), require_approval: Type.Integer(), block: Type.Integer() });
const Side = Type.Object({
  counts: Counts,
  compliant: Type.Integer(),
  complianceRate: nullable(Type.Number({ description: '0–1' })),
  personalPayFen: Fen,
});
const Movement = Type.Object({ count: Type.Integer(), amountFen: Fen });
const stakeFields = {
  bookings: Type.Integer(),
  amountFen: Fen,
  becameNonCompliant: Movement,
  becameBlocked: Movement,
  becameCompliant: Movement,
  compliantBefore: Type.Integer(),
  compliantAfter: Type.Integer(),
};
const FailedRule = Type.Object({
  ruleId: Type.String(),
  kind: enumOf(Object.keys(RULE_KINDS)),
  action: enumOf(RULE_ACTION_CHOICES),
  explanation: ExplanationSchema,
});
const Changed = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  source: Source,
  category: enumOf(CATEGORIES),
  bookedAt: Timestamp,
  amountFen: Fen,
  departmentId: Uuid,
  departmentName: Type.String(),
  employeeId: nullable(Type.String()),
  rankCode: Type.String(),
  before: Type.Object({
    outcome: Outcome,
    compliant: Type.Boolean(),
    policyVersionId: nullable(Type.String()),
    basis: enumOf(['booked_version', 'published', 'no_policy'] as const),
  }),
  after: Type.Object({ outcome: Outcome, compliant: Type.Boolean() }),
  recorded: nullable(Type.Object({ outcome: Outcome, compliant: Type.Boolean(), policyVersionId: nullable(Type.String()) })),
  failedBefore: Type.Array(FailedRule),
  failedAfter: Type.Array(FailedRule),
});

export const WhatIfReportSchema = Type.Object({
  policy: Type.Object({ id: Uuid, name: Type.String() }),
  version: Type.Object({ versionId: Uuid, version: Type.Integer() }),
  from: Type.String(),
  to: Type.String(),
  bookings: Type.Object({
    read: Type.Integer(),
    replayed: Type.Integer(),
    outOfScope: Type.Integer({ description: 'Travellers another policy applies to' }),
    skipped: Type.Integer({ description: 'Travellers whose rank or department is unknown' }),
    bySource: Type.Object({ order: Type.Integer(), imported: Type.Integer() }),
  }),
  before: Side,
  after: Side,
  changedCount: Type.Integer(),
  departments: Type.Array(Type.Object({ departmentId: Uuid, departmentName: Type.String(), ...stakeFields })),
  categories: Type.Array(Type.Object({ category: enumOf(CATEGORIES), ...stakeFields })),
  changed: Type.Object({ total: Type.Integer(), offset: Type.Integer(), limit: Type.Integer(), items: Type.Array(Changed) }),
  skipped: Type.Array(
    Type.Object({ id: Type.String(), reference: Type.String(), source: Source, reason: enumOf(['unknown_traveller'] as const) }),
  ),
  timing: Type.Object({ totalMs: Type.Integer(), replayMs: Type.Integer() }),
});

export const ImportResultSchema = Type.Object({
  batchId: nullable(Uuid),
  imported: Type.Integer(),
  totalFen: Fen,
  dryRun: Type.Boolean(),
});

export const ImportBatchSchema = Type.Object({
  id: Uuid,
  rowCount: Type.Integer(),
  totalFen: Fen,
  firstBookedAt: Timestamp,
  lastBookedAt: Timestamp,
  createdByName: Type.String(),
  createdAt: Timestamp,
});

export const BatchParams = Type.Object({ batchId: Uuid });
