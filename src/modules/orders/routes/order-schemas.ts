import { type TSchema, Type } from '@sinclair/typebox';
import { LocalDate, Timestamp, Uuid } from '../../../platform/http/schemas.ts';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { ORDER_CATEGORIES, ORDER_STATUSES } from '../lifecycle/index.ts';
import { TRACKING_CODE_INPUT_PATTERN } from '../tracking-code/tracking-code.ts';

/** TypeBox models of the orders API. */

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const strict = { additionalProperties: false } as const;
const Fen = Type.Integer();
const Words = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });
const AnyObject = Type.Record(Type.String(), Type.Unknown());

export const OrderStatusSchema = Type.Union(ORDER_STATUSES.map((s) => Type.Literal(s)));
export const OrderCategorySchema = Type.Union(ORDER_CATEGORIES.map((c) => Type.Literal(c)));
export const TrackingCodeParam = Type.String({
  pattern: TRACKING_CODE_INPUT_PATTERN,
  description: '追踪码, e.g. F7KM-3QX9-K (dashes optional, any case)',
});

export const OrderFilterQuery = {
  scope: Type.Optional(
    Type.Union([Type.Literal('mine'), Type.Literal('all')], { default: 'mine', description: 'all needs order.read_all' }),
  ),
  status: Type.Optional(OrderStatusSchema),
  category: Type.Optional(OrderCategorySchema),
  travellerId: Type.Optional(Uuid),
  departmentId: Type.Optional(Uuid),
  from: Type.Optional(LocalDate('Service starts on or after this China date')),
  to: Type.Optional(LocalDate('Service starts on or before this China date')),
  compliant: Type.Optional(Type.Boolean()),
  code: Type.Optional(TrackingCodeParam),
};

export const OrderListQuery = Type.Object({ ...OrderFilterQuery, ...PageQuery }, strict);
export const OrderExportQuery = Type.Object(OrderFilterQuery, strict);
export const TripsQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) }, strict);

const summaryFields = {
  id: Uuid,
  trackingCode: Type.String(),
  category: OrderCategorySchema,
  categoryWords: Words,
  status: OrderStatusSchema,
  statusWords: Words,
  ticketingDelayed: Type.Boolean({ description: '出票延迟: the supplier said ticketing is late' }),
  travellers: Type.Array(Type.Object({ employeeId: Uuid, name: Type.String() }, strict)),
  bookerEmployeeId: Uuid,
  travelRequestId: nullable(Uuid),
  parentOrderId: nullable(Uuid),
  originalOrderId: nullable(Uuid),
  originCity: nullable(Words),
  destinationCity: Words,
  serviceStartAt: Timestamp,
  serviceEndAt: Timestamp,
  amountFen: Fen,
  refundFen: Fen,
  compliant: Type.Boolean(),
  paymentMode: Type.Union([Type.Literal('company'), Type.Literal('personal')]),
  supplierCode: Type.String(),
  createdAt: Timestamp,
};

export const OrderSummarySchema = Type.Object(summaryFields, strict);

const TimelineEntry = Type.Object(
  {
    seq: Type.Integer(),
    at: Timestamp,
    type: Type.String(),
    words: Words,
    actorName: Type.Optional(Type.String({ description: 'Support and administrators (order.read_all) only' })),
    data: Type.Optional(AnyObject),
  },
  strict,
);

export const OrderDetailSchema = Type.Object(
  {
    ...summaryFields,
    offer: AnyObject,
    policyOutcome: nullable(Type.String()),
    policyVersionId: nullable(Uuid),
    policyVerdict: nullable(AnyObject),
    reasonCode: nullable(Type.String()),
    reasonText: nullable(Type.String()),
    personalPayFen: Fen,
    fareDifferenceFen: Fen,
    changeFeeFen: Fen,
    refundFeeFen: Fen,
    bearer: Type.Object(
      { kind: Type.Union([Type.Literal('department'), Type.Literal('cost_centre'), Type.Literal('project')]), id: Uuid },
      strict,
    ),
    projectId: nullable(Uuid),
    approvalInstanceId: nullable(Uuid),
    supplierBookingRef: nullable(Type.String()),
    parentCode: nullable(Type.String()),
    originalCode: nullable(Type.String()),
    childCodes: Type.Array(Type.String()),
    timeline: Type.Array(TimelineEntry),
  },
  strict,
);

export const TripSchema = Type.Object(
  {
    travelRequestId: nullable(Uuid),
    title: nullable(Type.String()),
    startsAt: Timestamp,
    endsAt: Timestamp,
    upcoming: Type.Boolean(),
    orders: Type.Array(OrderSummarySchema),
  },
  strict,
);

export const TrackedOrderSchema = Type.Object(
  {
    trackingCode: Type.String(),
    category: OrderCategorySchema,
    categoryWords: Words,
    status: OrderStatusSchema,
    statusWords: Words,
    serviceStartAt: Timestamp,
    serviceEndAt: Timestamp,
    originCity: nullable(Words),
    destinationCity: Words,
    travellers: Type.Array(Type.String({ description: 'Masked: the first character only' })),
    timeline: Type.Array(Type.Object({ at: Timestamp, words: Words }, strict)),
  },
  strict,
);
