/**
 * The contract between Tripdesk and a supplier (航司 / 酒店集团 / 铁路代理 / 用车平台), one adapter
 * per supplier and category: search, hold (quote), book, issue (出票 / 确认), change (改签),
 * cancel (退票 / 取消) and status. Adapters are called only through the gateway (timeouts,
 * retries, circuit breaker, call log). Money is integer fen; instants are UTC ISO-8601 strings;
 * dates are 'YYYY-MM-DD' (China dates for hotels and departures); cities are geo directory ids.
 */
import type { Cabin, CarServiceLevel, SeatClass, TrainType } from '../policy/index.ts';

export const SUPPLIER_CATEGORIES = ['flight', 'hotel', 'train', 'car'] as const;
export type SupplierCategory = (typeof SUPPLIER_CATEGORIES)[number];

export interface FlightQuery {
  originCityId: string;
  destinationCityId: string;
  /** China date of departure. */
  date: string;
}

export interface HotelQuery {
  cityId: string;
  checkIn: string;
  checkOut: string;
}

export interface TrainQuery {
  originCityId: string;
  destinationCityId: string;
  date: string;
}

export interface CarQuery {
  cityId: string;
  /** UTC instant of pick-up. */
  pickupAt: string;
  from: string;
  to: string;
  /** Estimated ride distance; the supplier prices by it. */
  distanceKm: number;
}

export interface QueryOf {
  flight: FlightQuery;
  hotel: HotelQuery;
  train: TrainQuery;
  car: CarQuery;
}

interface OfferBase {
  /** The supplier's code in the registry ('sim-ca'). */
  supplierCode: string;
  /** The supplier's id of this offer; valid for `hold` until `expiresAt`. */
  offerId: string;
  /** Price of the whole offer (all nights of a stay; one seat; one ride). */
  priceFen: number;
  expiresAt: string;
  /** Change and refund conditions in both languages, as the supplier states them. */
  terms: { 'zh-CN': string; en: string };
  /** Refund fee as a share of the price, 0–1 (the supplier's rule at booking time). */
  refundFeeRate: number;
  changeFeeRate: number;
}

export interface FlightOffer extends OfferBase {
  category: 'flight';
  /** Two-letter IATA code of the operating carrier: 'CA'. */
  carrier: string;
  flightNo: string;
  originCityId: string;
  destinationCityId: string;
  originAirport: string;
  destinationAirport: string;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  cabin: Cabin;
  /** Booking class letter: 'Y', 'B', 'J' … */
  bookingClass: string;
  /** Published full economy (Y) fare on this flight. */
  fullEconomyFareFen: number;
  /** Business fare on this flight, null when it has no business cabin. */
  businessFareFen: number | null;
  seatsLeft: number;
  aircraft: string;
}

export interface HotelOffer extends OfferBase {
  category: 'hotel';
  hotelId: string;
  hotelName: { 'zh-CN': string; en: string };
  /** Group / brand: '锦江' … */
  chain: string;
  brand: string;
  stars: number;
  cityId: string;
  address: { 'zh-CN': string; en: string };
  roomType: { 'zh-CN': string; en: string };
  breakfast: boolean;
  checkIn: string;
  checkOut: string;
  nights: number;
  /** Average per night (priceFen / nights, rounded). */
  nightlyRateFen: number;
  roomsLeft: number;
}

export interface TrainOffer extends OfferBase {
  category: 'train';
  trainNo: string;
  trainType: TrainType;
  originCityId: string;
  destinationCityId: string;
  originStation: string;
  destinationStation: string;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  seatClass: SeatClass;
  overnight: boolean;
  seatsLeft: number;
}

export interface CarOffer extends OfferBase {
  category: 'car';
  cityId: string;
  serviceLevel: CarServiceLevel;
  /** 'Buick GL8', '大众帕萨特' … */
  vehicle: string;
  pickupAt: string;
  from: string;
  to: string;
  /** Minutes the driver needs to reach the pick-up point, as quoted. */
  etaMinutes: number;
}

export interface OfferOf {
  flight: FlightOffer;
  hotel: HotelOffer;
  train: TrainOffer;
  car: CarOffer;
}
export type Offer = OfferOf[SupplierCategory];

/** A person the booking is for, as the supplier needs them (the name as on the ID). */
export interface Passenger {
  name: string;
  phone: string | null;
}

export interface HoldRequest {
  offerId: string;
  passengers: Passenger[];
  /** Our order's tracking code: the supplier echoes it in every event. */
  orderRef: string;
  /** Same key, same answer: a retried call never holds twice. */
  idempotencyKey: string;
}

export interface Hold {
  holdId: string;
  priceFen: number;
  expiresAt: string;
}

export interface BookRequest {
  holdId: string;
  orderRef: string;
  idempotencyKey: string;
}

/**
 * The supplier's booking. Ticketing (flights, trains) and confirmation (hotels, cars) are
 * asynchronous: `status` is usually 'pending' here and the result arrives as a supplier event
 * (order.ticketed, order.confirmed, order.failed …) through ingestion.
 */
export interface Booking {
  bookingRef: string;
  status: SupplierBookingStatus;
  priceFen: number;
}

export type SupplierBookingStatus = 'held' | 'pending' | 'issued' | 'failed' | 'cancelled' | 'changed' | 'completed';

export interface ChangeRequest {
  bookingRef: string;
  /** The new offer (from a fresh search) the booking moves to. */
  newOfferId: string;
  orderRef: string;
  idempotencyKey: string;
}

export interface ChangeResult {
  /** The supplier's booking for the new itinerary (a new ref; the old one becomes 'changed'). */
  bookingRef: string;
  status: SupplierBookingStatus;
  /** New price − old price (may be negative: the supplier refunds the difference). */
  fareDifferenceFen: number;
  changeFeeFen: number;
}

export interface CancelRequest {
  bookingRef: string;
  orderRef: string;
  idempotencyKey: string;
}

export interface CancelResult {
  status: 'cancelled';
  refundFen: number;
  feeFen: number;
}

export interface BookingStatus {
  bookingRef: string;
  status: SupplierBookingStatus;
  /** Ticket numbers (flights, trains) or the hotel's / car's confirmation number. */
  confirmation: string | null;
}

/** What is passed with every call: the deadline the gateway set, and a signal to give up. */
export interface CallContext {
  signal: AbortSignal;
}

/** One supplier's adapter for one category. Every method may throw SupplierError. */
export interface SupplierAdapter<C extends SupplierCategory = SupplierCategory> {
  readonly supplierCode: string;
  readonly category: C;
  search(query: QueryOf[C], ctx: CallContext): Promise<OfferOf[C][]>;
  hold(request: HoldRequest, ctx: CallContext): Promise<Hold>;
  /** Gives a hold back (compensation of `hold`); idempotent. */
  release(holdId: string, ctx: CallContext): Promise<void>;
  book(request: BookRequest, ctx: CallContext): Promise<Booking>;
  change(request: ChangeRequest, ctx: CallContext): Promise<ChangeResult>;
  cancel(request: CancelRequest, ctx: CallContext): Promise<CancelResult>;
  status(bookingRef: string, ctx: CallContext): Promise<BookingStatus>;
}

export type SupplierOperation = 'search' | 'hold' | 'release' | 'book' | 'change' | 'cancel' | 'status';

/**
 * A supplier's refusal or failure. `retryable` says whether the gateway may try again (a timeout,
 * a 5xx); a business refusal (sold out, offer expired, not changeable) is not.
 */
export type SupplierErrorCode =
  'SOLD_OUT' | 'OFFER_EXPIRED' | 'NOT_CHANGEABLE' | 'NOT_REFUNDABLE' | 'UNKNOWN_BOOKING' | 'UNAVAILABLE' | 'REJECTED';

export class SupplierError extends Error {
  readonly code: SupplierErrorCode;
  readonly retryable: boolean;
  constructor(code: SupplierErrorCode, message: string, retryable: boolean) {
    super(message);
    this.name = 'SupplierError';
    this.code = code;
    this.retryable = retryable;
  }
}
