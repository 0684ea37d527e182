import { Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { Timestamp, Uuid } from '../../../platform/http/schemas.ts';
import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from '../engine/ticket-lifecycle.ts';
import { BODY_MAX, SUBJECT_MAX, TAG_MAX, TAGS_MAX } from '../engine/ticket-input.ts';
import { TICKET_VIEWS } from '../read/list-tickets.ts';

const enumOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
/** Request fields: literal unions, which the route's type provider reads (Unsafe enums read as unknown there). */
const literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  );
const nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

const STATUS_WORDS = 'new, open, pending_customer, pending_supplier, on_hold, solved, closed';
const CATEGORY_WORDS = 'inquiry 咨询, change 改签, refund 退票, complaint 投诉, emergency 紧急, invoice 发票, booking 预订, other';
export const Status = enumOf(TICKET_STATUSES, STATUS_WORDS);
export const Category = enumOf(TICKET_CATEGORIES, CATEGORY_WORDS);
export const Priority = enumOf(TICKET_PRIORITIES);
export const Channel = enumOf(TICKET_CHANNELS);
const StatusIn = literals(TICKET_STATUSES, STATUS_WORDS);
const CategoryIn = literals(TICKET_CATEGORIES, CATEGORY_WORDS);
const PriorityIn = literals(TICKET_PRIORITIES);
const ChannelIn = literals(TICKET_CHANNELS);
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: TAG_MAX }), { maxItems: TAGS_MAX });

export const TicketSummarySchema = Type.Object({
  id: Uuid,
  tenantId: Uuid,
  number: Type.Integer({ description: 'Quoted as #100023' }),
  subject: Type.String(),
  category: Category,
  priority: Priority,
  status: Status,
  channel: Channel,
  language: enumOf(['zh-CN', 'en'] as const),
  requesterEmployeeId: nullable(Uuid),
  requesterName: Type.String(),
  assigneeAccountId: nullable(Uuid),
  teamId: nullable(Uuid),
  tags: Type.Array(Type.String()),
  firstResponseAt: nullable(Timestamp),
  solvedAt: nullable(Timestamp),
  reopenUntil: nullable(Timestamp),
  closedAt: nullable(Timestamp),
  followUpOf: nullable(Uuid),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const TicketMessageSchema = Type.Object({
  id: Uuid,
  kind: enumOf(['public', 'note'] as const, 'public: the requester sees it; note: agents only'),
  authorKind: enumOf(['requester', 'agent', 'system'] as const),
  authorName: Type.String(),
  authorAccountId: nullable(Uuid),
  body: Type.String(),
  channel: Channel,
  createdAt: Timestamp,
});

export const TicketDetailSchema = Type.Intersect([
  TicketSummarySchema,
  Type.Object({
    messages: Type.Array(TicketMessageSchema),
    orders: Type.Array(Type.Object({ orderId: Uuid, trackingCode: Type.String() })),
  }),
]);

export const CreateTicketBody = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: SUBJECT_MAX }),
    body: Type.String({ minLength: 1, maxLength: BODY_MAX, description: 'The first message' }),
    category: CategoryIn,
    priority: Type.Optional(PriorityIn),
    channel: Type.Optional(
      literals(
        ['web', 'phone', 'email', 'api'] as const,
        'Agents logging a call or an email say so; a requester’s own ticket is web, an API key’s api',
      ),
    ),
    requesterEmployeeId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Whom it is for: required from agents and API keys; a requester opens tickets for themself',
      }),
    ),
    orderCodes: Type.Optional(
      Type.Array(Type.String({ minLength: 4, maxLength: 20 }), {
        maxItems: 10,
        description: 'Tracking codes (追踪码) of the orders it is about',
      }),
    ),
    tags: Type.Optional(Tags),
    language: Type.Optional(literals(['zh-CN', 'en'] as const)),
    sourceRef: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Your reference: a second request with the same one returns the first ticket (idempotent)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MessageBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: BODY_MAX }),
    kind: Type.Optional(
      Type.Union([Type.Literal('public'), Type.Literal('note')], { description: 'Default public; notes need ticket.work' }),
    ),
    status: Type.Optional(StatusIn),
  },
  { additionalProperties: false },
);

export const PatchTicketBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you saw (CONCURRENT_UPDATE when someone changed it meanwhile)' }),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: SUBJECT_MAX })),
    status: Type.Optional(StatusIn),
    priority: Type.Optional(PriorityIn),
    category: Type.Optional(CategoryIn),
    assigneeAccountId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    teamId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);

export const TicketListQuery = Type.Object(
  {
    view: Type.Optional(
      literals(TICKET_VIEWS, 'mine, unassigned, pending, all (ticket.work for the first three), requested (mine as requester)'),
    ),
    status: Type.Optional(StatusIn),
    category: Type.Optional(CategoryIn),
    priority: Type.Optional(PriorityIn),
    channel: Type.Optional(ChannelIn),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'A ticket number or words of the subject' })),
    orderId: Type.Optional(Type.String({ format: 'uuid', description: 'Tickets about this order' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const ViewCountsSchema = Type.Object(Object.fromEntries(TICKET_VIEWS.map((v) => [v, Type.Integer()])));
