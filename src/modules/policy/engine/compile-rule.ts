/**
 * Turns one rule into a runner for the option category it checks (trip-wide rules: every category).
 */
import type { CarOption, FlightOption, HotelOption, TrainOption, TravelOption, Traveller } from './option-types.ts';
import type { Rule } from './rule-types.ts';
import { flightAdvanceBookingRunner, flightCabinRunner, flightLowestFareRunner, flightPriceCapRunner } from './runners/flight-runners.ts';
import { carHoursRunner, carRideCapRunner, carServiceLevelRunner, trainSeatRunner } from './runners/ground-runners.ts';
import { hotelNightlyCapRunner, hotelStarRunner } from './runners/hotel-runners.ts';
import type { Runner } from './runners/slot.ts';
import { tripApprovedRequestRunner, tripDailyBudgetRunner, tripDestinationsRunner } from './runners/trip-runners.ts';

export type CompiledRule =
  | { category: 'flight'; run: Runner<FlightOption> }
  | { category: 'hotel'; run: Runner<HotelOption> }
  | { category: 'train'; run: Runner<TrainOption> }
  | { category: 'car'; run: Runner<CarOption> }
  | { category: null; run: Runner<TravelOption> };

export function compileRule(rule: Rule, traveller: Traveller): CompiledRule {
  switch (rule.kind) {
    case 'flight_cabin':
      return { category: 'flight', run: flightCabinRunner(rule) };
    case 'flight_price_cap':
      return { category: 'flight', run: flightPriceCapRunner(rule) };
    case 'flight_lowest_fare_window':
      return { category: 'flight', run: flightLowestFareRunner(rule) };
    case 'flight_advance_booking':
      return { category: 'flight', run: flightAdvanceBookingRunner(rule) };
    case 'hotel_nightly_cap':
      return { category: 'hotel', run: hotelNightlyCapRunner(rule, traveller) };
    case 'hotel_star':
      return { category: 'hotel', run: hotelStarRunner(rule) };
    case 'train_seat':
      return { category: 'train', run: trainSeatRunner(rule) };
    case 'car_service_level':
      return { category: 'car', run: carServiceLevelRunner(rule) };
    case 'car_ride_cap':
      return { category: 'car', run: carRideCapRunner(rule) };
    case 'car_hours':
      return { category: 'car', run: carHoursRunner(rule) };
    case 'trip_daily_budget':
      return { category: null, run: tripDailyBudgetRunner(rule) };
    case 'trip_requires_approved_request':
      return { category: null, run: tripApprovedRequestRunner(rule) };
    case 'trip_destinations':
      return { category: null, run: tripDestinationsRunner(rule) };
    default:
      // Only reachable with data the types do not describe (a policy read back from JSON).
      throw new Error(`unknown rule kind ${JSON.stringify((rule satisfies never as { kind?: unknown }).kind)}`);
  }
}
