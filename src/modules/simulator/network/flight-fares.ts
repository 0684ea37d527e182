import { isHoliday, isPeakMonth, weekdayOf } from './calendar.ts';
import { rngOf, roundTo, unit } from './prng.ts';
import type { FlightRoute, FlightSlot } from './flight-routes.ts';
import { hasFirstCabin } from './airlines.ts';

/**
 * Fares of a simulated flight, in fen. The published full economy fare (公布运价 Y) follows distance
 * the way China's do since the 2016–2020 reforms (北京–上海 ~1,250 元, 北京–广州 ~1,700 元, 上海–成都
 * ~1,600 元), rounded to 10 元; the open discount class varies by flight and day (peak hours,
 * weekends, holidays and summer are dearer); business is 2.5–3× Y on trunk routes, 1.5–2× elsewhere,
 * absent on regional jets; wide-bodies on trunk routes sell a first cabin.
 */

/** Economy booking classes and their share of Y (the usual 国内 subclass ladder). */
const ECONOMY_CLASSES: readonly (readonly [letter: string, share: number])[] = [
  ['B', 0.9],
  ['M', 0.85],
  ['H', 0.8],
  ['K', 0.75],
  ['L', 0.7],
  ['Q', 0.65],
  ['G', 0.6],
  ['S', 0.55],
  ['V', 0.5],
  ['T', 0.45],
  ['E', 0.4],
  ['U', 0.35],
];

const YUAN = 100;
const REGIONAL = /^(ARJ21|E190|CRJ)/;

export function fullEconomyFareFen(distanceKm: number): number {
  return roundTo((630 + 0.5625 * distanceKm) * YUAN, 10 * YUAN);
}

export function businessFareFen(route: FlightRoute, slot: FlightSlot): number | null {
  if (REGIONAL.test(slot.aircraft)) return null;
  const u = unit(`J:${route.carrier}:${route.originCityId}>${route.destinationCityId}`);
  const factor = route.trunk ? 2.5 + 0.5 * u : 1.5 + 0.5 * u;
  return roundTo(fullEconomyFareFen(route.distanceKm) * factor, 10 * YUAN);
}

export function firstFareFen(route: FlightRoute, slot: FlightSlot): number | null {
  const business = businessFareFen(route, slot);
  if (business === null || !route.trunk || !hasFirstCabin(slot.aircraft)) return null;
  return roundTo(business * 1.4, 10 * YUAN);
}

/** The lowest economy class open on this flight on this date, and its fare. */
export function openEconomyClass(route: FlightRoute, slot: FlightSlot, date: string): { letter: string; fareFen: number; seats: number } {
  const rng = rngOf(`eco:${slot.flightNo}:${date}`);
  const hour = Math.floor(slot.departureMinute / 60);
  const peakHour = (hour >= 7 && hour < 10) || (hour >= 17 && hour < 20);
  const weekday = weekdayOf(date);
  let share = rng.between(0.35, 0.85);
  if (peakHour) share += 0.08;
  if (weekday === 5 || weekday === 0) share += 0.07;
  if (isPeakMonth(date)) share += 0.05;
  if (isHoliday(date)) share += 0.15;
  const [letter, classShare] = ECONOMY_CLASSES.find(([, s]) => s <= share + 1e-9) ?? ['Y', 1];
  const y = fullEconomyFareFen(route.distanceKm);
  return { letter, fareFen: share >= 0.95 ? y : roundTo(y * classShare, 10 * YUAN), seats: rng.int(1, 9) };
}

/** Seats left in a cabin on a date; 0 means sold out (the offer is not shown). */
export function seatsLeft(slot: FlightSlot, date: string, cabin: string): number {
  const rng = rngOf(`seats:${slot.flightNo}:${date}:${cabin}`);
  if (cabin === 'F') return rng.int(0, 4);
  if (cabin === 'J') return rng.int(0, 8);
  return rng.int(3, 9);
}

/** Refund and change fees as shares of the fare: full fares are flexible, deep discounts are not. */
export function flightFeeRates(letter: string, share: number): { refundFeeRate: number; changeFeeRate: number } {
  if (letter === 'F' || letter === 'J' || letter === 'Y') return { refundFeeRate: 0.05, changeFeeRate: 0 };
  if (share >= 0.7) return { refundFeeRate: 0.1, changeFeeRate: 0.05 };
  if (share >= 0.5) return { refundFeeRate: 0.2, changeFeeRate: 0.1 };
  return { refundFeeRate: 0.4, changeFeeRate: 0.2 };
}

export const shareOfClass = (letter: string): number => ECONOMY_CLASSES.find(([l]) => l === letter)?.[1] ?? 1;
