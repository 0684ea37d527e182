/**
 * The parameter checks of each rule kind, for validatePolicy.
 */
import { parseTimeOfDay } from '../../../platform/time/china-time.ts';
import { CATEGORIES } from './option-types.ts';
import { CAR_PURPOSES } from './rule-types.ts';
import { CABINS, CAR_SERVICE_LEVELS, SEATS, SLEEPERS } from './scales.ts';
import { isObj, type Obj, type Problems } from './validate-fields.ts';
import { validateHotelCap } from './validate-hotel.ts';

const MINUTES_IN_WEEK = 7 * 24 * 60;

function flightCabin(p: Obj, at: string, out: Problems): void {
  const base = out.oneOf(p.maxCabin, `${at}.maxCabin`, CABINS, 'cabin');
  if (p.longFlight === undefined || !out.obj(p.longFlight, `${at}.longFlight`)) return;
  const long = p.longFlight;
  out.int(long.aboveMinutes, `${at}.longFlight.aboveMinutes`, 1, MINUTES_IN_WEEK);
  const raised = out.oneOf(long.maxCabin, `${at}.longFlight.maxCabin`, CABINS, 'cabin');
  const order: readonly unknown[] = CABINS;
  if (base && raised && order.indexOf(long.maxCabin) <= order.indexOf(p.maxCabin)) {
    out.add(`${at}.longFlight.maxCabin`, 'must be above maxCabin, or the exception changes nothing');
  }
}

/** A fare rule's cabin scope: absent (every cabin) or a non-empty list of distinct cabins. */
function cabins(p: Obj, at: string, out: Problems): void {
  if (Array.isArray(p.cabins) && p.cabins.length === 0)
    out.add(`${at}.cabins`, 'is empty, so the rule checks nothing; leave it out to check every cabin');
  const seen = new Set<unknown>();
  out.listOf(p.cabins, `${at}.cabins`, true, (c, path) => {
    if (out.oneOf(c, path, CABINS, 'cabin') && seen.has(c)) out.add(path, `${String(c)} is listed twice`);
    seen.add(c);
  });
}

function flightPriceCap(p: Obj, at: string, out: Problems): void {
  cabins(p, at, out);
  if (!out.oneOf(p.mode, `${at}.mode`, ['discount_of_full_economy', 'percent_of_business', 'absolute'], 'mode')) return;
  if (p.mode === 'discount_of_full_economy') out.fraction(p.maxDiscount, `${at}.maxDiscount`);
  else if (p.mode === 'percent_of_business') out.fraction(p.maxPercent, `${at}.maxPercent`);
  else out.fen(p.maxFen, `${at}.maxFen`);
}

function trainSeat(p: Obj, at: string, out: Problems): void {
  out.oneOf(p.maxSeat, `${at}.maxSeat`, SEATS, 'seat');
  out.oneOf(p.maxSleeper, `${at}.maxSleeper`, SLEEPERS, 'sleeper');
  if (p.exception === undefined || !out.obj(p.exception, `${at}.exception`)) return;
  const e = p.exception;
  if (e.overnight !== undefined && typeof e.overnight !== 'boolean') out.add(`${at}.exception.overnight`, 'must be true or false');
  if (e.aboveMinutes !== undefined) out.int(e.aboveMinutes, `${at}.exception.aboveMinutes`, 1, MINUTES_IN_WEEK);
  if (e.maxSeat !== undefined) out.oneOf(e.maxSeat, `${at}.exception.maxSeat`, SEATS, 'seat');
  if (e.maxSleeper !== undefined) out.oneOf(e.maxSleeper, `${at}.exception.maxSleeper`, SLEEPERS, 'sleeper');
  if (e.overnight !== true && e.aboveMinutes === undefined)
    out.add(`${at}.exception`, 'needs overnight: true or aboveMinutes, or it never applies');
  if (e.maxSeat === undefined && e.maxSleeper === undefined)
    out.add(`${at}.exception`, 'needs maxSeat or maxSleeper, or it raises nothing');
}

function carHours(p: Obj, at: string, out: Problems): void {
  const seen = new Set<unknown>();
  if (Array.isArray(p.purposes) && p.purposes.length === 0) out.add(`${at}.purposes`, 'must allow at least one purpose');
  out.listOf(p.purposes, `${at}.purposes`, false, (item, path) => {
    if (!out.obj(item, path)) return;
    if (out.oneOf(item.purpose, `${path}.purpose`, CAR_PURPOSES, 'purpose') && seen.has(item.purpose)) {
      out.add(`${path}.purpose`, `${String(item.purpose)} is listed twice`);
    }
    seen.add(item.purpose);
    if (Array.isArray(item.windows) && item.windows.length === 0)
      out.add(`${path}.windows`, 'is empty: leave it out to allow the purpose at any time');
    out.listOf(item.windows, `${path}.windows`, true, (w, wPath) => {
      if (!out.obj(w, wPath)) return;
      const from = typeof w.from === 'string' ? parseTimeOfDay(w.from) : Number.NaN;
      const to = typeof w.to === 'string' ? parseTimeOfDay(w.to) : Number.NaN;
      if (Number.isNaN(from) || from === 1440) out.add(`${wPath}.from`, 'must be a time of day HH:MM (00:00–23:59)');
      if (Number.isNaN(to)) out.add(`${wPath}.to`, 'must be a time of day HH:MM (00:00–24:00)');
      if (from === to) out.add(wPath, 'from and to are the same: write 00:00–24:00 for the whole day');
    });
  });
}

function categories(p: Obj, at: string, out: Problems): void {
  if (Array.isArray(p.categories) && p.categories.length === 0)
    out.add(`${at}.categories`, 'is empty, so the rule checks nothing; leave it out to check every category');
  out.listOf(p.categories, `${at}.categories`, true, (c, path) => out.oneOf(c, path, CATEGORIES, 'category'));
}

function destinations(p: Obj, at: string, out: Problems): void {
  out.oneOf(p.mode, `${at}.mode`, ['allow', 'deny'], 'mode');
  out.listOf(p.cities, `${at}.cities`, true, (c, path) => out.text(c, path));
  out.listOf(p.countries, `${at}.countries`, true, (c, path) => {
    if (typeof c !== 'string' || !/^[A-Z]{2}$/.test(c)) out.add(path, 'must be an ISO 3166-1 alpha-2 country code such as CN');
  });
  const count = (Array.isArray(p.cities) ? p.cities.length : 0) + (Array.isArray(p.countries) ? p.countries.length : 0);
  if (count === 0) out.add(at, 'lists no city and no country');
}

/** Problems with a rule's params, by kind (the kind is known to be valid). */
export function validateParams(kind: string, params: unknown, at: string, out: Problems): void {
  if (!isObj(params)) {
    out.add(at, 'must be an object');
    return;
  }
  const p = params;
  switch (kind) {
    case 'flight_cabin':
      return flightCabin(p, at, out);
    case 'flight_price_cap':
      return flightPriceCap(p, at, out);
    case 'flight_lowest_fare_window':
      cabins(p, at, out);
      out.int(p.windowMinutes, `${at}.windowMinutes`, 1, 24 * 60);
      out.fen(p.toleranceFen, `${at}.toleranceFen`);
      return;
    case 'flight_advance_booking':
      out.int(p.minDays, `${at}.minDays`, 0, 365);
      return;
    case 'hotel_nightly_cap':
      return validateHotelCap(p, at, out);
    case 'hotel_star':
      out.int(p.maxStars, `${at}.maxStars`, 1, 5);
      return;
    case 'train_seat':
      return trainSeat(p, at, out);
    case 'car_service_level':
      out.oneOf(p.maxLevel, `${at}.maxLevel`, CAR_SERVICE_LEVELS, 'service level');
      return;
    case 'car_ride_cap':
      out.fen(p.maxFen, `${at}.maxFen`);
      return;
    case 'car_hours':
      return carHours(p, at, out);
    case 'trip_daily_budget':
      out.fen(p.maxFenPerDay, `${at}.maxFenPerDay`);
      return categories(p, at, out);
    case 'trip_requires_approved_request':
      return categories(p, at, out);
    case 'trip_destinations':
      destinations(p, at, out);
      return categories(p, at, out);
  }
}
