import { Type, type TSchema } from '@sinclair/typebox';
import {
  CABINS,
  CAR_PURPOSES,
  CAR_SERVICE_LEVELS,
  SEATS,
  SLEEPERS,
  TRAIN_TYPES,
  type Category,
  type TravelOption,
} from '../engine/index.ts';
import { byKey, enumOf, unsafe } from './rule-schemas.ts';

/**
 * The engine's travel options (engine/option-types.ts) as a request schema, by category, so that
 * an option the engine could not read is refused with 422 and its field paths.
 */

const Fen = Type.Integer({ minimum: 0, maximum: 10_000_000_000, description: 'Amount in fen' });
/**
 * Fen or null, as one schema with a type list: a union with null would let Ajv's type coercion
 * turn 0 into null.
 */
const FenOrNull = (description: string) =>
  unsafe<number | null>({ type: ['integer', 'null'], minimum: 0, maximum: 10_000_000_000, description });
const Minutes = Type.Integer({ minimum: 0, maximum: 60 * 24 * 14 });
const Instant = (description: string) => Type.String({ format: 'date-time', description: `${description}, UTC ISO-8601` });
const Place = (description: string) => Type.String({ minLength: 1, maxLength: 60, description });
const Label = Type.String({ maxLength: 100 });

/** Trip-wide facts the caller knows; rules needing a missing one do not apply. */
const tripContext = {
  tripDailyCostFen: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 10_000_000_000, description: 'The trip’s cost per day including this option' }),
  ),
  matchedApprovedRequest: Type.Optional(Type.Boolean({ description: 'Matches an approved travel request (出差申请)' })),
  destinationCity: Type.Optional(Place('Overrides the option’s destination (city code)')),
  destinationCountry: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
};

const closed = <P extends Record<string, TSchema>>(properties: P) =>
  Type.Object({ ...properties, ...tripContext }, { additionalProperties: false });

export const OPTION_SCHEMAS: Readonly<Record<Category, TSchema>> = {
  flight: closed({
    category: Type.Literal('flight'),
    id: Type.Optional(Label),
    flightNo: Type.Optional(Label),
    cabin: enumOf(CABINS),
    fareFen: Fen,
    fullEconomyFareFen: Fen,
    businessFareFen: FenOrNull('The business fare on the same flight; null when it has no business cabin'),
    departureAt: Instant('Departure'),
    arrivalAt: Instant('Arrival'),
    durationMinutes: Minutes,
    bookingAt: Instant('When it is booked'),
    lowestFareInWindowFen: FenOrNull('Lowest fare of the same cabin within the policy’s window; null when unknown'),
    origin: Place('City code'),
    destination: Place('City code'),
  }),
  hotel: closed({
    category: Type.Literal('hotel'),
    id: Type.Optional(Label),
    hotelName: Type.Optional(Label),
    cityCode: Place('City code (beijing, guangzhou …)'),
    nightlyRateFen: Fen,
    stars: Type.Integer({ minimum: 0, maximum: 7 }),
    checkIn: Type.String({ format: 'date' }),
    checkOut: Type.String({ format: 'date' }),
  }),
  train: closed({
    category: Type.Literal('train'),
    id: Type.Optional(Label),
    trainNo: Type.Optional(Label),
    trainType: enumOf(TRAIN_TYPES),
    seatClass: enumOf([...SEATS, ...SLEEPERS]),
    fareFen: Fen,
    departureAt: Instant('Departure'),
    durationMinutes: Minutes,
    overnight: Type.Boolean({ description: 'Travels through the night' }),
    origin: Place('City code'),
    destination: Place('City code'),
  }),
  car: closed({
    category: Type.Literal('car'),
    id: Type.Optional(Label),
    serviceLevel: enumOf(CAR_SERVICE_LEVELS),
    estimatedFareFen: Fen,
    pickupAt: Instant('Pick-up'),
    purpose: enumOf(CAR_PURPOSES),
  }),
};

/** One option: its category decides its fields. */
export const TravelOptionSchema = byKey<TravelOption>('category', OPTION_SCHEMAS, {
  description: 'A flight, hotel stay, train ticket or car ride; the category decides the fields (see the allOf branches)',
});

export const MAX_OPTIONS = 200;
export const MAX_TRAVELLERS = 20;
export const OptionsSchema = Type.Array(TravelOptionSchema, { minItems: 1, maxItems: MAX_OPTIONS });
