import { Type, type TSchema } from '@sinclair/typebox';
import { TrimmedText, Timestamp, Uuid } from '../../../platform/http/schemas.ts';
import { MAX_AMOUNT_FEN } from '../budget-input.ts';
import { MAX_REASON_LENGTH } from '../adjustments/request-adjustment.ts';
import { AdjustmentKindSchema } from './budget-schemas.ts';
import { ApprovalViewSchema } from '../../approval/index.ts';

const nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) => Type.Union([Type.Null(), schema], options);

export const AdjustmentStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('returned'),
  Type.Literal('applied'),
  Type.Literal('rejected'),
  Type.Literal('withdrawn'),
  Type.Literal('cancelled'),
]);

export const AdjustmentSchema = Type.Object({
  id: Uuid,
  code: Type.String({ description: 'TZ + date + sequence, e.g. TZ2026120700001' }),
  kind: AdjustmentKindSchema,
  budgetId: Uuid,
  budgetName: Type.String({ description: '研发中心 2026年12月' }),
  budgetNameEn: Type.String({ description: '研发中心 Dec 2026' }),
  targetBudgetId: nullable(Uuid),
  targetBudgetName: nullable(Type.String()),
  targetBudgetNameEn: nullable(Type.String()),
  amountFen: Type.Integer({ description: 'Positive fen' }),
  reason: Type.String(),
  status: AdjustmentStatusSchema,
  requesterId: Uuid,
  requesterName: Type.String(),
  approvalInstanceId: nullable(Uuid),
  createdAt: Timestamp,
  decidedAt: nullable(Timestamp),
});

export const AdjustmentDetailSchema = Type.Object({
  ...AdjustmentSchema.properties,
  approval: nullable(ApprovalViewSchema, { description: 'The approval as the caller sees it' }),
});

export const AdjustmentBody = Type.Object(
  {
    kind: AdjustmentKindSchema,
    amountFen: Type.Integer({ minimum: 1, maximum: MAX_AMOUNT_FEN, description: 'Positive, in fen' }),
    reason: TrimmedText(MAX_REASON_LENGTH, 'Why the budget changes (required)'),
    targetBudgetId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    description: 'A transfer (调剂) names the budget the amount goes to; an increase or decrease does not',
  },
);

export const WithdrawAdjustmentBody = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
