import { Type, type TSchema } from '@sinclair/typebox';
import { LocalDate, Timestamp, Uuid } from '../../../platform/http/schemas.ts';
import { MAX_AMOUNT_FEN } from '../budget-input.ts';

/**
 * TypeBox models of the budget API. Bodies state the budget's number rules (budget-input.ts) and
 * the period's first day; the domain checks them again and checks the scope exists and is free.
 */

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const ScopeTypeSchema = Type.Union([
  Type.Literal('department'),
  Type.Literal('project'),
  Type.Literal('cost_centre'),
  Type.Literal('employee'),
]);
export const PeriodTypeSchema = Type.Union([Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year')]);
export const AdjustmentKindSchema = Type.Union([Type.Literal('increase'), Type.Literal('decrease'), Type.Literal('transfer')]);
export const ControlSchema = Type.Union([Type.Literal('allow'), Type.Literal('warn'), Type.Literal('forbid')]);

export const BudgetSchema = Type.Object({
  id: Uuid,
  scopeType: ScopeTypeSchema,
  scopeId: Uuid,
  scopeName: Type.String({ description: 'Department, project or cost centre name, or the employee’s name' }),
  periodType: PeriodTypeSchema,
  periodStart: Type.String({ format: 'date', description: 'First day of the period, YYYY-MM-DD (China time)' }),
  periodLabel: Type.String({ description: '2026年11月 / 2026年第4季度 / 2026年' }),
  periodLabelEn: Type.String({ description: 'Nov 2026 / Q4 2026 / 2026' }),
  amountFen: Type.Integer({ description: 'The effective amount: originalAmountFen + adjustedFen' }),
  originalAmountFen: Type.Integer({ description: 'The amount the budget was set up with; adjustments never change it' }),
  adjustedFen: Type.Integer({ description: 'Applied adjustments, signed (追加 and transfers in +, 调减 and transfers out −)' }),
  occupiedFen: Type.Integer({ description: 'Net occupation by pending and approved requests (预算占用)' }),
  spentFen: Type.Integer(),
  remainingFen: Type.Integer({ description: 'amount − occupied − spent; negative when exceeded' }),
  usedPercent: Type.Number({ description: '已用: (occupied + spent) / amount × 100, one decimal' }),
  remainingPercent: Type.Number({ description: '剩余: 100 − usedPercent, one decimal; negative when exceeded' }),
  percentLabel: Type.Object(
    { 'zh-CN': Type.String(), en: Type.String() },
    { description: 'Both shares labelled: 已用 63.0% / 剩余 37.0%, 63.0% used / 37.0% left' },
  ),
  warnAtPercent: Type.Array(Type.Integer(), { description: 'Warning lines (预警线) in per cent of use; crossing one tells the owner' }),
  control: ControlSchema,
  level: Type.Union([Type.Literal('ok'), Type.Literal('warning'), Type.Literal('exceeded')]),
  ownerEmployeeId: nullable(Uuid),
  ownerId: nullable(Uuid),
  ownerName: nullable(
    Type.String({
      description: 'Who is told about warning lines: the named owner, else the department head, project owner or the employee',
    }),
  ),
  pendingAdjustments: Type.Integer({ description: 'Adjustments of this budget waiting for approval' }),
});

export const BudgetEntrySchema = Type.Object({
  id: Uuid,
  sourceType: Type.Union([Type.Literal('travel_request'), Type.Literal('order'), Type.Literal('adjustment')]),
  sourceId: Uuid,
  sourceCode: nullable(Type.String()),
  kind: Type.Union([Type.Literal('occupied'), Type.Literal('released'), Type.Literal('spent'), Type.Literal('adjusted')]),
  amountFen: Type.Integer({ description: 'Signed: releases and decreases are negative' }),
  cause: nullable(
    Type.Union([
      Type.Literal('settlement', { description: 'The trip completed: occupation released, actual spend recorded' }),
      Type.Literal('order', { description: 'A travel request’s occupation made room for (or took back from) its orders' }),
    ]),
  ),
  adjustment: nullable(
    Type.Object({
      kind: AdjustmentKindSchema,
      reason: Type.String(),
      otherBudgetId: nullable(Uuid),
    }),
  ),
  createdAt: Timestamp,
});

const Outcome = Type.Union([Type.Literal('ok'), Type.Literal('warn'), Type.Literal('forbid')]);
export const BudgetCheckSchema = Type.Object({
  outcome: Outcome,
  lines: Type.Array(
    Type.Object({
      budgetId: Uuid,
      scopeType: ScopeTypeSchema,
      scopeName: Type.String(),
      periodLabel: Type.String({ description: '2026年11月' }),
      periodLabelEn: Type.Optional(Type.String({ description: 'Nov 2026 (absent from checks stored before it was added)' })),
      amountFen: Type.Integer(),
      usedFen: Type.Integer(),
      requestFen: Type.Integer(),
      afterFen: Type.Integer(),
      remainingAfterFen: Type.Integer(),
      percentAfter: Type.Number(),
      control: ControlSchema,
      outcome: Outcome,
      explanation: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
    }),
  ),
});

export const BudgetListQuery = Type.Object(
  {
    scopeType: Type.Optional(ScopeTypeSchema),
    scopeId: Type.Optional(Uuid),
    period: Type.Optional(
      Type.String({
        maxLength: 10,
        pattern: '^([1-9]\\d{3}(-[Qq][1-4]|-(0[1-9]|1[0-2]))?)?$',
        description: "'2026', '2026-Q4' or '2026-11': budgets whose period overlaps it",
      }),
    ),
  },
  { additionalProperties: false },
);

const warnAtPercent = Type.Array(Type.Integer({ minimum: 1, maximum: 1000 }), {
  maxItems: 5,
  uniqueItems: true,
  description: 'Warn at these percentages of use (1–1000, at most 5, no repeats); default [80, 100]',
});
const BudgetAmount = Type.Integer({ minimum: 1, maximum: MAX_AMOUNT_FEN, description: 'Positive, in fen' });

/** The first days of the periods of each type (isPeriodStart), as patterns. */
const FIRST_DAY_OF: Record<'month' | 'quarter' | 'year', string> = {
  month: '^[1-9]\\d{3}-(0[1-9]|1[0-2])-01$',
  quarter: '^[1-9]\\d{3}-(01|04|07|10)-01$',
  year: '^[1-9]\\d{3}-01-01$',
};

export const BudgetCreateBody = Type.Object(
  {
    scopeType: ScopeTypeSchema,
    scopeId: Uuid,
    periodType: PeriodTypeSchema,
    periodStart: LocalDate('The first day of the month, quarter or year, YYYY-MM-DD'),
    amountFen: BudgetAmount,
    warnAtPercent: Type.Optional(warnAtPercent),
    control: ControlSchema,
  },
  {
    additionalProperties: false,
    // periodStart is the first day of a period of periodType.
    allOf: Object.entries(FIRST_DAY_OF).map(([type, pattern]) => ({
      if: { properties: { periodType: { const: type } }, required: ['periodType'] },
      then: { properties: { periodStart: { type: 'string', pattern } } },
    })),
  },
);

export const BudgetUpdateBody = Type.Object(
  {
    amountFen: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_AMOUNT_FEN,
        description: 'Only while nothing is booked against the budget; afterwards ADJUSTMENT_REQUIRED (request an adjustment)',
      }),
    ),
    warnAtPercent: Type.Optional(warnAtPercent),
    control: Type.Optional(ControlSchema),
    ownerEmployeeId: Type.Optional(nullable(Uuid)),
  },
  { additionalProperties: false, description: 'Fields left out stay as they are; scope and period cannot change' },
);

export const BudgetCheckBody = Type.Object(
  {
    employeeId: Type.Optional(Uuid),
    departmentId: Type.Optional(Uuid),
    projectId: Type.Optional(nullable(Uuid)),
    amountFen: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'The requested amount in fen' }),
    date: LocalDate('The (first) travel date, YYYY-MM-DD, China time: picks the month, quarter and year'),
  },
  { additionalProperties: false },
);
