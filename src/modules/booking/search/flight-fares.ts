/**
 * The fares a flight's policy rules need, read from the search's own results instead of typed by
 * the traveller: the full economy (Y) fare and the business fare of each flight, and the lowest
 * fare of the same cabin departing near it. Pure.
 */
import { chinaDayNumber, parseInstant } from '../../../platform/time/china-time.ts';
import type { FlightOffer } from '../../suppliers/index.ts';

export interface FlightFares {
  fullEconomyFareFen: number;
  businessFareFen: number | null;
  /** Where each figure came from: an offer in the results, or the fare the suppliers published on their offers. */
  fullEconomySource: 'offered_y_fare' | 'published';
  businessSource: 'offered_business_fare' | 'published' | 'none';
}

/** A flight on a day: the fares are the same whichever cabin or supplier sells a seat on it. */
export const flightKey = (o: FlightOffer): string => `${o.flightNo.toUpperCase()}|${chinaDayNumber(parseInstant(o.departureAt))}`;

/**
 * Per flight, from every offer of the search (before merging, so that a fare only one supplier
 * shows still counts):
 * - full economy: the price of a Y-class economy seat on sale on it (the full fare as sold), else
 *   the highest full economy fare the offers state (a supplier that states a lower one is stale);
 * - business: the cheapest business seat on sale on it, else the lowest business fare stated,
 *   else none (no business cabin).
 */
export function flightFares(offers: readonly FlightOffer[]): Map<string, FlightFares> {
  const acc = new Map<string, { yFare: number | null; statedY: number; businessSeat: number | null; statedBusiness: number | null }>();
  for (const o of offers) {
    const key = flightKey(o);
    const a = acc.get(key) ?? { yFare: null, statedY: 0, businessSeat: null, statedBusiness: null };
    if (o.cabin === 'economy' && o.bookingClass.toUpperCase() === 'Y')
      a.yFare = a.yFare === null ? o.priceFen : Math.max(a.yFare, o.priceFen);
    a.statedY = Math.max(a.statedY, o.fullEconomyFareFen);
    if (o.cabin === 'business') a.businessSeat = a.businessSeat === null ? o.priceFen : Math.min(a.businessSeat, o.priceFen);
    if (o.businessFareFen !== null)
      a.statedBusiness = a.statedBusiness === null ? o.businessFareFen : Math.min(a.statedBusiness, o.businessFareFen);
    acc.set(key, a);
  }
  const out = new Map<string, FlightFares>();
  for (const [key, a] of acc) {
    out.set(key, {
      fullEconomyFareFen: a.yFare ?? a.statedY,
      fullEconomySource: a.yFare !== null ? 'offered_y_fare' : 'published',
      businessFareFen: a.businessSeat ?? a.statedBusiness,
      businessSource: a.businessSeat !== null ? 'offered_business_fare' : a.statedBusiness !== null ? 'published' : 'none',
    });
  }
  return out;
}
