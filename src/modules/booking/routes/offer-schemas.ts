/** Supplier offers as the search answers them (suppliers/adapter-types.ts), by category. */
import { Type } from '@sinclair/typebox';
import type { Offer } from '../../suppliers/index.ts';
import { CABINS, CAR_SERVICE_LEVELS, ExplanationSchema, SEATS, SLEEPERS, TRAIN_TYPES } from '../../policy/index.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Fen = Type.Integer({ minimum: 0, description: 'Amount in fen' });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ description: 'YYYY-MM-DD (China time)' });

const base = {
  supplierCode: Type.String(),
  offerId: Type.String(),
  priceFen: Fen,
  expiresAt: Instant,
  terms: ExplanationSchema,
  refundFeeRate: Type.Number(),
  changeFeeRate: Type.Number(),
};

export const FlightOfferSchema = Type.Object({
  category: Type.Literal('flight'),
  ...base,
  carrier: Type.String(),
  flightNo: Type.String(),
  originCityId: Type.String(),
  destinationCityId: Type.String(),
  originAirport: Type.String(),
  destinationAirport: Type.String(),
  departureAt: Instant,
  arrivalAt: Instant,
  durationMinutes: Type.Integer(),
  cabin: literals(CABINS),
  bookingClass: Type.String(),
  fullEconomyFareFen: Fen,
  businessFareFen: Type.Union([Fen, Type.Null()]),
  seatsLeft: Type.Integer(),
  aircraft: Type.String(),
});

export const HotelOfferSchema = Type.Object({
  category: Type.Literal('hotel'),
  ...base,
  hotelId: Type.String(),
  hotelName: ExplanationSchema,
  chain: Type.String(),
  brand: Type.String(),
  stars: Type.Integer(),
  cityId: Type.String(),
  address: ExplanationSchema,
  roomType: ExplanationSchema,
  breakfast: Type.Boolean(),
  checkIn: Day,
  checkOut: Day,
  nights: Type.Integer(),
  nightlyRateFen: Fen,
  roomsLeft: Type.Integer(),
});

export const TrainOfferSchema = Type.Object({
  category: Type.Literal('train'),
  ...base,
  trainNo: Type.String(),
  trainType: literals(TRAIN_TYPES),
  originCityId: Type.String(),
  destinationCityId: Type.String(),
  originStation: Type.String(),
  destinationStation: Type.String(),
  departureAt: Instant,
  arrivalAt: Instant,
  durationMinutes: Type.Integer(),
  seatClass: literals([...SEATS, ...SLEEPERS]),
  overnight: Type.Boolean(),
  seatsLeft: Type.Integer(),
});

export const CarOfferSchema = Type.Object({
  category: Type.Literal('car'),
  ...base,
  cityId: Type.String(),
  serviceLevel: literals(CAR_SERVICE_LEVELS),
  vehicle: Type.String(),
  pickupAt: Instant,
  from: Type.String(),
  to: Type.String(),
  etaMinutes: Type.Integer(),
});

const whenCategory = (value: string) => ({ type: 'object', properties: { category: { const: value } }, required: ['category'] });

/**
 * One offer, its category choosing the branch. An if/then/else chain rather than a union: the
 * response serialiser then tests one constant per offer instead of validating every branch (a
 * search answers 200 of them).
 */
export const OfferSchema = Type.Unsafe<Offer>({
  description: 'A flight, hotel, train or car offer; the category decides the fields',
  if: whenCategory('flight'),
  then: FlightOfferSchema,
  else: {
    if: whenCategory('hotel'),
    then: HotelOfferSchema,
    else: { if: whenCategory('train'), then: TrainOfferSchema, else: CarOfferSchema },
  },
});
