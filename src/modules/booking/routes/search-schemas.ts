/** POST /api/v1/booking/search: the body per category and the answer. */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { LocalDate, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import { CAR_PURPOSES, ExplanationSchema, RULE_ACTION_CHOICES, RULE_ACTIONS, RULE_KINDS } from '../../policy/index.ts';
import { SUPPLIER_CATEGORIES } from '../../suppliers/index.ts';
import type { SearchRequest } from '../search/search-types.ts';
import { OfferSchema } from './offer-schemas.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const enumOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const closed = <P extends Record<string, TSchema>>(properties: P) => Type.Object(properties, { additionalProperties: false });

const CityId = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$', description: 'A city of the geo directory by id (beijing, shanghai …)' });

const common = {
  travellerEmployeeId: Type.Optional(Uuid),
  travelRequestId: Type.Optional(Uuid),
  preferredDepartureTime: Type.Optional(
    Type.String({ pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, China time: ranks departures near it first' }),
  ),
  showBlocked: Type.Optional(Type.Boolean({ description: 'Also list options the policy blocks, with bookable: false' })),
};

const Route = closed({ originCityId: CityId, destinationCityId: CityId, date: LocalDate('Departure date, YYYY-MM-DD (China time)') });

const BRANCHES: Record<string, TSchema> = {
  flight: closed({ category: Type.Literal('flight'), query: Route, ...common }),
  train: closed({ category: Type.Literal('train'), query: Route, ...common }),
  hotel: closed({
    category: Type.Literal('hotel'),
    query: closed({ cityId: CityId, checkIn: LocalDate('Check-in date'), checkOut: LocalDate('Check-out date') }),
    ...common,
  }),
  car: closed({
    category: Type.Literal('car'),
    query: closed({
      cityId: CityId,
      pickupAt: Type.String({ format: 'date-time', description: 'Pick-up, UTC ISO-8601' }),
      from: TrimmedText(200, 'Pick-up address'),
      to: TrimmedText(200, 'Drop-off address'),
      distanceKm: Type.Number({ exclusiveMinimum: 0, maximum: 1000, description: 'Estimated ride distance' }),
    }),
    carPurpose: Type.Optional(enumOf(CAR_PURPOSES, 'What the ride is for (the car-hours rule); business_trip by default')),
    ...common,
  }),
};

/** The body: `category` picks the branch (if/then per value), so errors name the chosen branch's fields only. */
export const SearchBody = Type.Unsafe<SearchRequest>({
  type: 'object',
  properties: { category: { type: 'string', enum: [...SUPPLIER_CATEGORIES] } },
  required: ['category', 'query'],
  description: 'A search: the category decides the query’s fields (see the allOf branches)',
  allOf: Object.entries(BRANCHES).map(([value, then]) => ({
    if: { type: 'object', properties: { category: { const: value } }, required: ['category'] },
    then,
  })),
});

const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});

const CoverageSchema = Type.Object({
  covered: Type.Boolean({ description: 'Inside an approved request: no second approval needed unless a rule says so' }),
  requestId: Nullable(Uuid),
  coverage: Nullable(
    Type.Object({
      covered: Type.Boolean(),
      checks: Type.Array(
        Type.Object({
          check: literals(['status', 'traveller', 'dates', 'cities', 'amount']),
          pass: Type.Boolean(),
          explanation: ExplanationSchema,
        }),
      ),
    }),
  ),
});

const PolicyMarksSchema = Type.Object({
  outcome: literals(RULE_ACTIONS),
  compliant: Type.Boolean(),
  requiresReasonCode: Type.Boolean({ description: 'A 超标原因 must be given to book it' }),
  personalPayFen: Type.Integer({ description: '超标个人付: what the traveller pays personally' }),
  dataMissing: Type.Boolean(),
  failedChecks: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      kind: literals(Object.keys(RULE_KINDS) as (keyof typeof RULE_KINDS)[]),
      action: literals(RULE_ACTION_CHOICES),
      dataMissing: Type.Boolean(),
      personalPayFen: Nullable(Type.Integer()),
      explanation: ExplanationSchema,
    }),
  ),
});

const FaresSchema = Type.Object({
  fullEconomyFareFen: Type.Integer(),
  businessFareFen: Nullable(Type.Integer()),
  fullEconomySource: literals(['offered_y_fare', 'published']),
  businessSource: literals(['offered_business_fare', 'published', 'none']),
  lowestFareInWindowFen: Nullable(Type.Integer()),
});

const SearchOptionSchema = Type.Object({
  rank: Type.Integer({ minimum: 1 }),
  score: Type.Number({ description: 'Ranking score 0–100 (price, departure time, duration, supplier weight), after policy compliance' }),
  offer: OfferSchema,
  alsoOfferedBy: Type.Array(Type.Object({ supplierCode: Type.String(), offerId: Type.String(), priceFen: Type.Integer() })),
  fares: Nullable(FaresSchema),
  policy: Nullable(PolicyMarksSchema),
  bookable: Type.Boolean(),
  coverage: CoverageSchema,
});

export const SearchAnswerSchema = Type.Object({
  category: literals(SUPPLIER_CATEGORIES),
  traveller: Type.Object({ employeeId: Uuid, bookedBy: literals(['self', 'other']) }),
  request: Nullable(
    Type.Object({
      id: Uuid,
      code: Type.String(),
      purpose: Type.String(),
      status: Type.String(),
      itinerary: Type.Array(
        Type.Object({ fromCity: Type.String(), toCity: Type.String(), departDate: Type.String(), returnDate: Nullable(Type.String()) }),
      ),
      startDate: Nullable(Type.String()),
      endDate: Nullable(Type.String()),
    }),
  ),
  policy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  version: Nullable(Type.Object({ versionId: Uuid, version: Type.Integer() }), 'The policy version the options were checked against'),
  options: Type.Array(SearchOptionSchema),
  hiddenCount: Type.Integer({ description: 'Options the policy blocks, left out' }),
  fareWindowMinutes: Nullable(Type.Integer()),
  failures: Type.Array(
    Type.Object({ supplierCode: Type.String(), reason: literals(['TIMEOUT', 'CIRCUIT_OPEN', 'ERROR']), message: Type.String() }),
  ),
  suppliers: Type.Array(Type.Object({ supplierCode: Type.String(), rankingWeight: Type.Number(), latencyMs: Type.Number() })),
});
export type SearchAnswerBody = Static<typeof SearchAnswerSchema>;
