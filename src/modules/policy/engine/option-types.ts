/**
 * What a rule is checked against: the traveller and one travel option (a flight, hotel stay,
 * train ticket or car ride) with the trip context the caller knows. Money is integer fen;
 * instants are UTC ISO-8601 strings; hotel dates are 'YYYY-MM-DD'.
 */
import type { CarPurpose } from './rule-types.ts';
import type { Cabin, CarServiceLevel, SeatClass } from './scales.ts';

export const CATEGORIES = ['flight', 'hotel', 'train', 'car'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Traveller {
  employeeId: string;
  rankCode: string;
  /** 1 = most junior (the org module's rank level). */
  rankLevel: number;
  departmentId: string;
  /** The traveller's department and its ancestors, nearest first: [the department, its parent, …, the root]. */
  departmentChain: readonly string[];
}

/** Trip-wide facts, computed by the caller; a rule that needs a missing one is not applicable (see each rule). */
export interface TripContext {
  /** The trip's cost per day including this option. */
  tripDailyCostFen?: number;
  matchedApprovedRequest?: boolean;
  /** Overrides the option's own destination (and gives cars one). */
  destinationCity?: string;
  /** ISO 3166-1 alpha-2; cities of the tier table are taken to be in 'CN'. */
  destinationCountry?: string;
}

export interface FlightOption extends TripContext {
  category: 'flight';
  id?: string;
  flightNo?: string;
  cabin: Cabin;
  fareFen: number;
  fullEconomyFareFen: number;
  /** The business fare on the same flight; null when it has no business cabin. */
  businessFareFen: number | null;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  bookingAt: string;
  /** Lowest fare of the same cabin departing within the policy's window (lowest-fare.ts); null when unknown. */
  lowestFareInWindowFen: number | null;
  origin: string;
  destination: string;
}

export interface HotelOption extends TripContext {
  category: 'hotel';
  id?: string;
  hotelName?: string;
  cityCode: string;
  /** Average rate per night. */
  nightlyRateFen: number;
  stars: number;
  checkIn: string;
  checkOut: string;
}

export const TRAIN_TYPES = ['G', 'D', 'C', 'Z', 'T', 'K'] as const;
export type TrainType = (typeof TRAIN_TYPES)[number];

export interface TrainOption extends TripContext {
  category: 'train';
  id?: string;
  trainNo?: string;
  trainType: TrainType;
  seatClass: SeatClass;
  fareFen: number;
  departureAt: string;
  durationMinutes: number;
  /** Travels through the night (夜间列车). */
  overnight: boolean;
  origin: string;
  destination: string;
}

export interface CarOption extends TripContext {
  category: 'car';
  id?: string;
  serviceLevel: CarServiceLevel;
  estimatedFareFen: number;
  pickupAt: string;
  purpose: CarPurpose;
}

export type TravelOption = FlightOption | HotelOption | TrainOption | CarOption;
export type OptionOf<C extends Category> = Extract<TravelOption, { category: C }>;
