import type { FlightOffer } from '../../suppliers/index.ts';
import type { Cabin } from '../../policy/index.ts';
import { encodeOfferId, OFFER_VALIDITY_MS } from '../offer-ids.ts';
import type { Airline } from './airlines.ts';
import { chinaInstant } from './calendar.ts';
import {
  businessFareFen,
  firstFareFen,
  flightFeeRates,
  fullEconomyFareFen,
  openEconomyClass,
  seatsLeft,
  shareOfClass,
} from './flight-fares.ts';
import { networkOf, type FlightRoute, type FlightSlot } from './flight-routes.ts';
import { memoOf } from './memo.ts';

/** An offer as generated for a date, before it is quoted (offer id and expiry come with the quote). */
export type FlightFare = Omit<FlightOffer, 'offerId' | 'expiresAt'>;

function termsOf(letter: string, refund: number, change: number): FlightFare['terms'] {
  const pct = (r: number) => `${Math.round(r * 100)}%`;
  return {
    'zh-CN': `${letter}舱：退票收取票价${pct(refund)}的手续费，改期收取${pct(change)}的手续费（另补差价）。`,
    en: `Class ${letter}: refunds cost ${pct(refund)} of the fare, changes ${pct(change)} (plus any fare difference).`,
  };
}

function faresOf(airline: Airline, route: FlightRoute, slot: FlightSlot, date: string): FlightFare[] {
  const departure = chinaInstant(date, slot.departureMinute);
  const arrival = new Date(departure.getTime() + route.blockMinutes * 60_000);
  const y = fullEconomyFareFen(route.distanceKm);
  const business = businessFareFen(route, slot);
  const common = {
    category: 'flight' as const,
    supplierCode: airline.supplierCode,
    carrier: airline.carrier,
    flightNo: slot.flightNo,
    originCityId: route.originCityId,
    destinationCityId: route.destinationCityId,
    originAirport: route.originAirport,
    destinationAirport: route.destinationAirport,
    departureAt: departure.toISOString(),
    arrivalAt: arrival.toISOString(),
    durationMinutes: route.blockMinutes,
    fullEconomyFareFen: y,
    businessFareFen: business,
    aircraft: slot.aircraft,
  };
  const fare = (cabin: Cabin, letter: string, priceFen: number, seats: number, share: number): FlightFare => {
    const { refundFeeRate, changeFeeRate } = flightFeeRates(letter, share);
    return {
      ...common,
      cabin,
      bookingClass: letter,
      priceFen,
      seatsLeft: seats,
      refundFeeRate,
      changeFeeRate,
      terms: termsOf(letter, refundFeeRate, changeFeeRate),
    };
  };
  const out: FlightFare[] = [];
  const open = openEconomyClass(route, slot, date);
  if (open.letter !== 'Y') out.push(fare('economy', open.letter, open.fareFen, open.seats, shareOfClass(open.letter)));
  out.push(fare('economy', 'Y', y, seatsLeft(slot, date, 'Y'), 1));
  const jSeats = seatsLeft(slot, date, 'J');
  if (business !== null && jSeats > 0) out.push(fare('business', 'J', business, jSeats, 1));
  const first = firstFareFen(route, slot);
  const fSeats = seatsLeft(slot, date, 'F');
  if (first !== null && fSeats > 0) out.push(fare('first', 'F', first, fSeats, 1));
  return out;
}

const schedules = memoOf<FlightFare[]>(20_000);

/** Every fare an airline sells between two cities on a date (memoised per route and date). */
export function flightFares(airline: Airline, originCityId: string, destinationCityId: string, date: string): FlightFare[] {
  return schedules(`${airline.carrier}|${originCityId}>${destinationCityId}|${date}`, () => {
    const route = networkOf(airline).routes.get(`${originCityId}>${destinationCityId}`);
    return route ? route.slots.flatMap((slot) => faresOf(airline, route, slot, date)) : [];
  });
}

/** The fare of one flight, date and class (re-deriving an offer from its id), or null. */
export function flightFare(airline: Airline, flightNo: string, date: string, bookingClass: string): FlightFare | null {
  const found = networkOf(airline).flights.get(flightNo);
  if (!found) return null;
  return (
    flightFares(airline, found.route.originCityId, found.route.destinationCityId, date).find(
      (f) => f.flightNo === flightNo && f.bookingClass === bookingClass,
    ) ?? null
  );
}

export function quoteFlight(fare: FlightFare, date: string, nowMs: number): FlightOffer {
  const expires = Math.min(nowMs + OFFER_VALIDITY_MS, Date.parse(fare.departureAt) - 45 * 60_000);
  return {
    ...fare,
    offerId: encodeOfferId('f', [fare.flightNo, date, fare.bookingClass], nowMs),
    expiresAt: new Date(expires).toISOString(),
  };
}
