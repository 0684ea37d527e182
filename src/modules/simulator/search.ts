import type { CarQuery, FlightQuery, HotelQuery, OfferOf, QueryOf, SupplierCategory, TrainQuery } from '../suppliers/index.ts';
import { airlineBySupplier } from './network/airlines.ts';
import { isSellableDate } from './network/calendar.ts';
import { carOffers } from './network/car-offers.ts';
import { flightFares, quoteFlight } from './network/flight-offers.ts';
import { hotelGroupBySupplier } from './network/hotel-brands.ts';
import { hotelRates, quoteHotel } from './network/hotel-offers.ts';
import { quoteTrain, trainFares } from './network/rail-offers.ts';

/**
 * Search of one simulated supplier: the memoised schedule for the route and date, quoted now.
 * Offers that can no longer be sold (departing too soon) are left out.
 */
const sellable = <T extends { expiresAt: string }>(offers: T[], nowMs: number): T[] =>
  offers.filter((o) => Date.parse(o.expiresAt) > nowMs);

export function searchFlights(supplierCode: string, q: FlightQuery, nowMs: number): OfferOf['flight'][] {
  const airline = airlineBySupplier(supplierCode);
  if (!airline || !isSellableDate(q.date)) return [];
  const fares = flightFares(airline, q.originCityId, q.destinationCityId, q.date);
  return sellable(
    fares.filter((f) => f.seatsLeft > 0).map((f) => quoteFlight(f, q.date, nowMs)),
    nowMs,
  );
}

export function searchTrains(q: TrainQuery, nowMs: number): OfferOf['train'][] {
  if (!isSellableDate(q.date)) return [];
  return sellable(
    trainFares(q.originCityId, q.destinationCityId, q.date).map((f) => quoteTrain(f, q.date, nowMs)),
    nowMs,
  );
}

export function searchHotels(supplierCode: string, q: HotelQuery, nowMs: number): OfferOf['hotel'][] {
  const group = hotelGroupBySupplier(supplierCode);
  if (!group) return [];
  return hotelRates(group, q.cityId, q.checkIn, q.checkOut).map((r) => quoteHotel(r, nowMs));
}

export function searchCars(q: CarQuery, nowMs: number): OfferOf['car'][] {
  return carOffers(q, nowMs);
}

export type Searcher<C extends SupplierCategory> = (supplierCode: string, query: QueryOf[C], nowMs: number) => OfferOf[C][];

export const SEARCHERS: { [C in SupplierCategory]: Searcher<C> } = {
  flight: searchFlights,
  train: (_code, q, now) => searchTrains(q, now),
  hotel: searchHotels,
  car: (_code, q, now) => searchCars(q, now),
};
