import { Type, type Static } from '@sinclair/typebox';
import { Timestamp, TrimmedText, Uuid } from '../../platform/http/schemas.ts';
import { SUPPLIER_CATEGORIES, type SupplierCategory } from './adapter-types.ts';
import { supplierAdapters, supplierStatuses, type SupplierAdapterKind, type SupplierStatus } from './schema.ts';

const L = Type.Literal;

export const SupplierCategorySchema = Type.Union([L('flight'), L('hotel'), L('train'), L('car')], {
  description: 'flight 机票, hotel 酒店, train 火车, car 用车',
});
export const SupplierStatusSchema = Type.Union([L('active'), L('probation'), L('suspended')], {
  description: 'active 正常; probation 观察期 (still asked); suspended 暂停 (never called)',
});
export const SupplierAdapterSchema = Type.Union([L('simulator'), L('http')], { description: 'simulator (built-in) or http' });
// The schemas name every value of the contract's and the table's lists, and no other.
const listsMatch: [
  [SupplierCategory[], Static<typeof SupplierCategorySchema>[]],
  [SupplierStatus[], Static<typeof SupplierStatusSchema>[]],
  [SupplierAdapterKind[], Static<typeof SupplierAdapterSchema>[]],
] = [
  [[...SUPPLIER_CATEGORIES], [...SUPPLIER_CATEGORIES]],
  [[...supplierStatuses], [...supplierStatuses]],
  [[...supplierAdapters], [...supplierAdapters]],
];
void listsMatch;

export const SupplierCode = Type.String({
  pattern: '^[a-z0-9-]{2,40}$',
  description: 'Stable identifier, lower case letters, digits and hyphens: sim-ca',
});

const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

export const ContactSchema = Type.Object(
  {
    name: TrimmedText(60, 'Contact person'),
    role: Type.Optional(NullableText(60)),
    phone: Type.Optional(Type.Union([Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{2,29}$' }), Type.Null()])),
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type ContactInput = Static<typeof ContactSchema>;

const ContactView = Type.Object({
  name: Type.String(),
  role: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
});

const Categories = Type.Array(SupplierCategorySchema, { minItems: 1, maxItems: 4, uniqueItems: true });

/** What a supplier's particulars are in a request (create takes them with a code). */
export const supplierFieldSchemas = {
  nameZh: TrimmedText(100, '中文名称'),
  nameEn: TrimmedText(100, 'English name'),
  categories: Categories,
  adapter: SupplierAdapterSchema,
  rankingWeight: Type.Integer({ minimum: 0, maximum: 100, description: 'Search ranking weight, 0–100' }),
  credentials: Type.Union([Type.String({ minLength: 4, maxLength: 2000, pattern: '^\\S+$' }), Type.Null()], {
    description: 'The supplier’s API credential (stored encrypted, never returned); null removes it',
  }),
  contacts: Type.Array(ContactSchema, { maxItems: 20 }),
};

export const CreateSupplierBody = Type.Object(
  {
    code: SupplierCode,
    nameZh: supplierFieldSchemas.nameZh,
    nameEn: supplierFieldSchemas.nameEn,
    categories: supplierFieldSchemas.categories,
    adapter: supplierFieldSchemas.adapter,
    rankingWeight: Type.Optional(supplierFieldSchemas.rankingWeight),
    credentials: Type.Optional(supplierFieldSchemas.credentials),
    contacts: Type.Optional(supplierFieldSchemas.contacts),
  },
  { additionalProperties: false },
);
export type CreateSupplierInput = Static<typeof CreateSupplierBody>;

export const UpdateSupplierBody = Type.Partial(Type.Object(supplierFieldSchemas), { additionalProperties: false, minProperties: 1 });
export type UpdateSupplierInput = Static<typeof UpdateSupplierBody>;

export const StatusBody = Type.Object(
  { status: SupplierStatusSchema, reason: TrimmedText(500, 'Why (kept in the audit log)') },
  { additionalProperties: false },
);

export const SupplierSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  categories: Type.Array(SupplierCategorySchema),
  adapter: SupplierAdapterSchema,
  status: SupplierStatusSchema,
  statusReason: Type.Union([Type.String(), Type.Null()]),
  statusChangedAt: Timestamp,
  rankingWeight: Type.Integer(),
  credentials: Type.Object(
    { set: Type.Boolean(), hint: Type.Union([Type.String(), Type.Null()], { description: '****abcd: the last characters only' }) },
    { description: 'Whether credentials are stored; the credentials themselves are never returned' },
  ),
  contacts: Type.Array(ContactView),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SupplierView = Static<typeof SupplierSchema>;

const LatencyFigures = {
  count: Type.Integer(),
  errors: Type.Integer({ description: 'Calls that did not end ok (errors, timeouts, refused by an open circuit)' }),
  errorRate: Type.Number({ description: 'errors / count, 0–1 (0 when there were no calls)' }),
  timeouts: Type.Integer(),
  circuitOpen: Type.Integer(),
  p50Ms: Type.Union([Type.Number(), Type.Null()]),
  p95Ms: Type.Union([Type.Number(), Type.Null()]),
  p99Ms: Type.Union([Type.Number(), Type.Null()]),
};
export const CallFiguresSchema = Type.Object(LatencyFigures);
export type CallFigures = Static<typeof CallFiguresSchema>;

export const CallSummarySchema = Type.Object({
  supplierId: Uuid,
  from: Timestamp,
  to: Timestamp,
  total: CallFiguresSchema,
  byOperation: Type.Array(Type.Object({ operation: Type.String(), ...LatencyFigures })),
});
export type CallSummary = Static<typeof CallSummarySchema>;

export const SupplierListItemSchema = Type.Object({
  ...SupplierSchema.properties,
  calls24h: Type.Object(LatencyFigures, { description: 'Calls of the last 24 hours' }),
});
export type SupplierListItem = Static<typeof SupplierListItemSchema>;

export const KeyStateSchema = Type.Union([L('current'), L('retiring'), L('retired'), L('revoked')], {
  description: 'current: in force; retiring: in force until retiresAt (rotation overlap); retired / revoked: refused',
});
export const SupplierKeySchema = Type.Object({
  id: Uuid,
  keyId: Type.String(),
  state: KeyStateSchema,
  createdAt: Timestamp,
  retiresAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});
export type SupplierKeyView = Static<typeof SupplierKeySchema>;

export const RotateBody = Type.Object(
  {
    overlapHours: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 168, description: 'How long the previous key stays in force (default 24; 0 retires it now)' }),
    ),
  },
  { additionalProperties: false },
);

export const RotatedSchema = Type.Object({
  key: SupplierKeySchema,
  secret: Type.String({ description: 'The new signing secret. Shown this once: give it to the supplier now.' }),
  retiring: Type.Array(SupplierKeySchema, { description: 'The keys the rotation retires, in force until their retiresAt' }),
});

export const ListQuery = Type.Object(
  { category: Type.Optional(SupplierCategorySchema), status: Type.Optional(SupplierStatusSchema) },
  { additionalProperties: false },
);

export const SummaryQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date-time', maxLength: 40, description: 'Default: 24 hours before `to`' })),
    to: Type.Optional(Type.String({ format: 'date-time', maxLength: 40, description: 'Default: now' })),
  },
  { additionalProperties: false },
);

export const KeyParams = Type.Object({ id: Uuid, keyId: Uuid });
