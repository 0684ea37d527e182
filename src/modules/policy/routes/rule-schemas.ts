import { Type, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { CITY_TIERS } from '../../geo/index.ts';
import {
  CABINS,
  CAR_PURPOSES,
  CAR_SERVICE_LEVELS,
  CATEGORIES,
  RULE_ACTION_CHOICES,
  SEATS,
  SLEEPERS,
  type Rule,
  type RuleKind,
} from '../engine/index.ts';

/**
 * The engine's rule JSON (engine/rule-types.ts) as a request schema: the shape of every rule kind,
 * so that wrong types and unknown fields are refused at the boundary with their paths
 * ('rules.3.params.maxCabin'), and the ranges of its numbers, times and codes as the engine's
 * validatePolicy checks them. What a schema cannot say is left to validatePolicy, the authority on
 * what a policy may hold: unique rule ids, ordered rank ranges, bands and peak seasons that do not
 * overlap, an exception that raises the limit. Ajv here has no `discriminator`, so the
 * kind picks its params schema with if/then: an error names the fields of that kind only.
 */

/**
 * A hand-written JSON schema typed as T. The route type provider infers request types from JSON
 * keywords and cannot see T: handlers cast bodies that hold such schemas (they were validated).
 */
export const unsafe = <T>(schema: Record<string, unknown>): TUnsafe<T> => Type.Unsafe<T>(schema);

/**
 * An object whose `key` property picks its schema among the branches (if/then per value): errors
 * name the fields of the chosen branch only, where a union would report every branch.
 */
export function byKey<T>(key: string, branches: Readonly<Record<string, TSchema>>, extra: Record<string, unknown> = {}) {
  return unsafe<T>({
    type: 'object',
    properties: { [key]: { type: 'string', enum: Object.keys(branches) } },
    required: [key],
    ...extra,
    allOf: Object.entries(branches).map(([value, then]) => ({
      if: { type: 'object', properties: { [key]: { const: value } }, required: [key] },
      then,
    })),
  });
}

/** One of the values, as a plain JSON-schema enum (one error message, not one per literal). */
export const enumOf = <T extends string>(values: readonly T[], description?: string) =>
  unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

const closed = <P extends Record<string, TSchema>>(properties: P, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });

const Text = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const count = (minimum: number, maximum: number, description?: string) =>
  Type.Integer({ minimum, maximum, ...(description ? { description } : {}) });
const RankLevel = count(1, Number.MAX_SAFE_INTEGER, 'A rank level, 1 or more');
const MINUTES_IN_WEEK = 7 * 24 * 60;
const Fen = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Amount in fen' });
const Fraction = Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'More than 0, at most 1 (0.7 is 7折)' });
const Categories = Type.Array(enumOf(CATEGORIES), {
  minItems: 1,
  maxItems: 4,
  description: 'Categories checked; leave it out to check all',
});
const CityList = Type.Array(Text, { maxItems: 500 });
const TierCaps = closed(
  Object.fromEntries(CITY_TIERS.map((tier) => [tier, Fen])),
  'Nightly cap by city tier (tier1, new_tier1, tier2, other)',
);

const HotelBand = closed({
  minRankLevel: Type.Optional(RankLevel),
  maxRankLevel: Type.Optional(RankLevel),
  tierCapsFen: TierCaps,
  cityCapsFen: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Fen, { description: 'City code → cap, replacing the tier cap' })),
});

const PeakSeason = closed({
  name: Text,
  cityCodes: Type.Optional(CityList),
  from: Type.String({ format: 'date', description: 'First night, YYYY-MM-DD' }),
  to: Type.String({ format: 'date', description: 'Last night, YYYY-MM-DD' }),
  upliftPercent: Type.Number({ exclusiveMinimum: 0, maximum: 1000, description: 'Raise caps by this percentage (above 0, at most 1000)' }),
});

const Cabins = Type.Optional(
  Type.Array(enumOf(CABINS), {
    minItems: 1,
    maxItems: 4,
    uniqueItems: true,
    description: 'Cabins the rule checks (a 7折 cap for economy only); leave it out to check every cabin',
  }),
);

const TimeWindow = closed({
  from: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM China time, 00:00–23:59' }),
  to: Type.String({ pattern: '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$', description: 'HH:MM, 00:00–24:00 (24:00 ends the day)' }),
});

/** The params of each rule kind. */
export const RULE_PARAMS: Readonly<Record<RuleKind, TSchema>> = {
  flight_cabin: closed({
    maxCabin: enumOf(CABINS),
    longFlight: Type.Optional(closed({ aboveMinutes: count(1, MINUTES_IN_WEEK), maxCabin: enumOf(CABINS) })),
  }),
  flight_price_cap: byKey('mode', {
    discount_of_full_economy: closed({ mode: Type.Literal('discount_of_full_economy'), maxDiscount: Fraction, cabins: Cabins }),
    percent_of_business: closed({ mode: Type.Literal('percent_of_business'), maxPercent: Fraction, cabins: Cabins }),
    absolute: closed({ mode: Type.Literal('absolute'), maxFen: Fen, cabins: Cabins }),
  }),
  flight_lowest_fare_window: closed({ windowMinutes: count(1, 24 * 60), toleranceFen: Fen, cabins: Cabins }),
  flight_advance_booking: closed({ minDays: count(0, 365) }),
  hotel_nightly_cap: closed({
    bands: Type.Array(HotelBand, { minItems: 1, maxItems: 20 }),
    peakSeasons: Type.Optional(Type.Array(PeakSeason, { maxItems: 50 })),
  }),
  hotel_star: closed({ maxStars: count(1, 5) }),
  train_seat: closed({
    maxSeat: enumOf(SEATS),
    maxSleeper: enumOf(SLEEPERS),
    exception: Type.Optional(
      closed({
        overnight: Type.Optional(Type.Boolean()),
        aboveMinutes: Type.Optional(count(1, MINUTES_IN_WEEK)),
        maxSeat: Type.Optional(enumOf(SEATS)),
        maxSleeper: Type.Optional(enumOf(SLEEPERS)),
      }),
    ),
  }),
  car_service_level: closed({ maxLevel: enumOf(CAR_SERVICE_LEVELS) }),
  car_ride_cap: closed({ maxFen: Fen }),
  car_hours: closed({
    purposes: Type.Array(
      closed({ purpose: enumOf(CAR_PURPOSES), windows: Type.Optional(Type.Array(TimeWindow, { minItems: 1, maxItems: 10 })) }),
      {
        minItems: 1,
        maxItems: CAR_PURPOSES.length * 2,
      },
    ),
  }),
  trip_daily_budget: closed({ maxFenPerDay: Fen, categories: Type.Optional(Categories) }),
  trip_requires_approved_request: closed({ categories: Type.Optional(Categories) }),
  trip_destinations: closed({
    mode: enumOf(['allow', 'deny']),
    cities: Type.Optional(CityList),
    countries: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' }), { maxItems: 300 })),
    categories: Type.Optional(Categories),
  }),
};

export const RULE_KIND_LIST = Object.keys(RULE_PARAMS) as RuleKind[];

const AppliesTo = closed(
  {
    ranks: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }), { maxItems: 100 })),
    minRankLevel: Type.Optional(RankLevel),
    maxRankLevel: Type.Optional(RankLevel),
    otherwise: Type.Optional(
      Type.Boolean({ description: 'The default row: applies to travellers no other rule of the same kind applies to (given alone)' }),
    ),
  },
  'Narrows the rule to some travellers; every condition given must hold',
);

const envelope = closed({
  id: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'Stable across versions of the policy' }),
  kind: enumOf(RULE_KIND_LIST),
  params: Type.Object({}, { additionalProperties: true, description: 'By kind; see the allOf branches' }),
  action: enumOf(
    RULE_ACTION_CHOICES,
    'What a failed check does: allow, warn (a reason code is required), require_approval, block, or personal_pay (超标个人付: allowed, the traveller pays the part above the cap; fare and hotel caps only)',
  ),
  appliesTo: Type.Optional(AppliesTo),
});

/** One rule: the common fields, and the params of its kind. */
export const RuleSchema = unsafe<Rule>({
  ...envelope,
  description: 'A policy rule (engine JSON). The kind decides the params.',
  allOf: RULE_KIND_LIST.map((kind) => ({
    if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
    then: { properties: { params: RULE_PARAMS[kind] } },
  })),
});

/** At most this many rules in a policy version. */
export const MAX_RULES = 200;
export const RulesSchema = Type.Array(RuleSchema, { maxItems: MAX_RULES });
