/**
 * A travel request (出差申请) as the engine can check it before any booking exists: its legs become
 * stays (one per destination, with the estimated nightly rate), its estimate a cost per day per
 * traveller. Only the rules a request can answer are checked — the daily budget, the destinations
 * and the hotel nightly cap by city tier; cabins, classes and fares wait for the orders.
 */
import { dateOfDayNumber, dayNumberOfDate } from '../../../platform/time/china-time.ts';
import type { HotelOption } from './option-types.ts';
import type { PolicyVersion, Rule } from './rule-types.ts';

export interface RequestLeg {
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate: string | null;
}

export interface RequestFacts {
  travellerCount: number;
  itinerary: readonly RequestLeg[];
  /** Estimated hotel cost of the whole request (every traveller, every night), fen. */
  hotelEstimateFen: number;
  /** Estimated total of the request, fen. */
  totalEstimateFen: number;
}

export interface RequestStay {
  city: string;
  checkIn: string;
  checkOut: string;
  nights: number;
}

export interface RequestTrip {
  /** Calendar days from the first departure to the last return (or departure), both counted. */
  days: number;
  dailyCostFen: number;
  /** The hotel estimate per traveller per night (rounded down); 0 without nights or hotel estimate. */
  nightlyRateFen: number;
  stays: RequestStay[];
}

/** Legs in date order; a leg's stay runs to the next departure, else to its return date. */
export function requestTrip(facts: RequestFacts): RequestTrip {
  const legs = [...facts.itinerary].sort((a, b) => (a.departDate < b.departDate ? -1 : a.departDate > b.departDate ? 1 : 0));
  const stays = legs.map((leg, i): RequestStay => {
    const start = dayNumberOfDate(leg.departDate);
    const next = legs[i + 1];
    const endDate = next?.departDate ?? leg.returnDate ?? leg.departDate;
    const nights = Math.max(0, dayNumberOfDate(endDate) - start);
    return { city: leg.toCity, checkIn: leg.departDate, checkOut: dateOfDayNumber(start + nights), nights };
  });
  const first = legs[0]?.departDate;
  const last = legs.reduce<string | undefined>((max, l) => {
    const end = l.returnDate ?? l.departDate;
    return max === undefined || end > max ? end : max;
  }, undefined);
  const days = first === undefined || last === undefined ? 1 : Math.max(1, dayNumberOfDate(last) - dayNumberOfDate(first) + 1);
  const travellers = Math.max(1, facts.travellerCount);
  const totalNights = stays.reduce((n, s) => n + s.nights, 0);
  return {
    days,
    dailyCostFen: Math.round(facts.totalEstimateFen / travellers / days),
    nightlyRateFen: totalNights > 0 ? Math.floor(facts.hotelEstimateFen / travellers / totalNights) : 0,
    stays,
  };
}

/** The request's checks at one stay: the daily budget at the first, the destinations everywhere, the hotel cap where a night is estimated. */
function rulesAt(rules: readonly Rule[], index: number, priced: boolean): Rule[] {
  const out: Rule[] = [];
  for (const rule of rules) {
    // Trip-wide rules check the request as a whole, whatever categories they narrow orders to.
    if (rule.kind === 'trip_daily_budget' && index === 0) out.push({ ...rule, params: { maxFenPerDay: rule.params.maxFenPerDay } });
    else if (rule.kind === 'trip_destinations') {
      const { mode, cities, countries } = rule.params;
      out.push({ ...rule, params: { mode, ...(cities ? { cities } : {}), ...(countries ? { countries } : {}) } });
    } else if (rule.kind === 'hotel_nightly_cap' && priced) out.push(rule);
  }
  return out;
}

/** For each stay: the policy narrowed to what a request can answer, and the stay as a hotel option. */
export function requestChecks(
  policy: PolicyVersion,
  facts: RequestFacts,
): { stay: RequestStay; policy: PolicyVersion; option: HotelOption }[] {
  const trip = requestTrip(facts);
  return trip.stays.map((stay, i) => ({
    stay,
    policy: { ...policy, rules: rulesAt(policy.rules, i, stay.nights > 0 && trip.nightlyRateFen > 0) },
    option: {
      category: 'hotel',
      cityCode: stay.city,
      nightlyRateFen: trip.nightlyRateFen,
      stars: 0,
      checkIn: stay.checkIn,
      checkOut: stay.checkOut,
      tripDailyCostFen: trip.dailyCostFen,
      destinationCity: stay.city,
    },
  }));
}
