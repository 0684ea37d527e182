import { chinaDayNumber, parseInstant } from '../../../../platform/time/china-time.ts';
import type { FlightOption } from '../option-types.ts';
import type { FlightAdvanceBookingRule, FlightCabinRule, FlightLowestFareWindowRule, FlightPriceCapRule } from '../rule-types.ts';
import { type Cabin, CABIN_RANK } from '../scales.ts';
import { atLeast, atMost, classAtMost, dataMissing, notApplicable, type Runner } from './slot.ts';

/** Basis points (1/10,000) of a fraction such as 0.7, so that caps are computed in integers. */
export function basisPoints(fraction: number): number {
  return Math.round(fraction * 10_000);
}

/** fen × basis points / 10,000, rounded to the nearest fen (halves up): exact for every fare. */
export function shareOfFen(fen: number, bp: number): number {
  return Math.round((fen * bp) / 10_000);
}

/** Whether the long-flight exception raises the cabin limit for a flight of this duration. */
export function longFlightApplies(rule: FlightCabinRule, durationMinutes: number): boolean {
  const long = rule.params.longFlight;
  return long !== undefined && durationMinutes > long.aboveMinutes && CABIN_RANK[long.maxCabin] > CABIN_RANK[rule.params.maxCabin];
}

export function flightCabinRunner(rule: FlightCabinRule): Runner<FlightOption> {
  const { maxCabin, longFlight } = rule.params;
  const baseRank = CABIN_RANK[maxCabin];
  const raised = longFlight !== undefined && CABIN_RANK[longFlight.maxCabin] > baseRank ? longFlight : null;
  if (raised === null) return (o, s) => classAtMost(s, maxCabin, baseRank, o.cabin, CABIN_RANK[o.cabin]);
  const raisedRank = CABIN_RANK[raised.maxCabin];
  const aboveMinutes = raised.aboveMinutes;
  return (o, s) =>
    o.durationMinutes > aboveMinutes
      ? classAtMost(s, raised.maxCabin, raisedRank, o.cabin, CABIN_RANK[o.cabin])
      : classAtMost(s, maxCabin, baseRank, o.cabin, CABIN_RANK[o.cabin]);
}

/** Whether a fare rule's cabin scope holds the cabin (no scope: every cabin). */
export function cabinInScope(cabins: readonly Cabin[] | undefined, cabin: Cabin): boolean {
  return cabins === undefined || cabins.length === 0 || cabins.includes(cabin);
}

/** A fare runner limited to the rule's cabins: other cabins are not applicable. */
function scoped(cabins: readonly Cabin[] | undefined, run: Runner<FlightOption>): Runner<FlightOption> {
  if (cabins === undefined || cabins.length === 0) return run;
  return (o, s) => (cabins.includes(o.cabin) ? run(o, s) : notApplicable(s, o.cabin));
}

function priceCap(p: FlightPriceCapRule['params']): Runner<FlightOption> {
  switch (p.mode) {
    case 'discount_of_full_economy': {
      const bp = basisPoints(p.maxDiscount);
      return (o, s) => atMost(s, shareOfFen(o.fullEconomyFareFen, bp), o.fareFen);
    }
    case 'percent_of_business': {
      const bp = basisPoints(p.maxPercent);
      return (o, s) => (o.businessFareFen === null ? dataMissing(s, o.fareFen) : atMost(s, shareOfFen(o.businessFareFen, bp), o.fareFen));
    }
    case 'absolute': {
      const maxFen = p.maxFen;
      return (o, s) => atMost(s, maxFen, o.fareFen);
    }
  }
}

export function flightPriceCapRunner(rule: FlightPriceCapRule): Runner<FlightOption> {
  return scoped(rule.params.cabins, priceCap(rule.params));
}

export function flightLowestFareRunner(rule: FlightLowestFareWindowRule): Runner<FlightOption> {
  const tolerance = rule.params.toleranceFen;
  return scoped(rule.params.cabins, (o, s) =>
    o.lowestFareInWindowFen === null ? dataMissing(s, o.fareFen) : atMost(s, o.lowestFareInWindowFen + tolerance, o.fareFen),
  );
}

/** China-time calendar days from booking to departure (booked on the 3rd, departing on the 6th: 3). */
export function daysInAdvance(o: Pick<FlightOption, 'bookingAt' | 'departureAt'>): number {
  return chinaDayNumber(parseInstant(o.departureAt)) - chinaDayNumber(parseInstant(o.bookingAt));
}

/**
 * The China-time day of an instant, remembering the last instant read: the options of a result
 * list share their booking time (and fares of one flight their departure), so most reads are a
 * string comparison. Results are the same as without the memo.
 */
function chinaDayReader(): (iso: string) => number {
  let lastIso = '';
  let lastDay = Number.NaN;
  return (iso) => {
    if (iso !== lastIso) {
      lastDay = chinaDayNumber(parseInstant(iso));
      lastIso = iso;
    }
    return lastDay;
  };
}

export function flightAdvanceBookingRunner(rule: FlightAdvanceBookingRule): Runner<FlightOption> {
  const minDays = rule.params.minDays;
  const bookingDay = chinaDayReader();
  const departureDay = chinaDayReader();
  return (o, s) => atLeast(s, minDays, departureDay(o.departureAt) - bookingDay(o.bookingAt));
}
