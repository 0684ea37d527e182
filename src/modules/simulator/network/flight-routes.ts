import { airportLocation, cityById, distanceKm, locatedCityIds, type City } from '../../geo/index.ts';
import type { Airline } from './airlines.ts';
import { AIRLINES } from './airlines.ts';
import { rngOf, unit } from './prng.ts';
import { isMajor, TIER_WEIGHT } from './tiers.ts';

/**
 * The simulated route network: which airline flies between which cities, how often, when, with
 * what aircraft and under which flight numbers. Built once per airline on first use (a few
 * milliseconds) and the same every day: the schedule of a route does not depend on the date, as
 * a real season's timetable; fares and seats do (flight-fares.ts).
 */
export interface FlightSlot {
  flightNo: string;
  /** Minutes after China midnight, 07:00–22:30 in steps of 5. */
  departureMinute: number;
  aircraft: string;
}

export interface FlightRoute {
  carrier: string;
  originCityId: string;
  destinationCityId: string;
  originAirport: string;
  destinationAirport: string;
  /** Great-circle distance between the two airports. */
  distanceKm: number;
  blockMinutes: number;
  trunk: boolean;
  slots: readonly FlightSlot[];
}

export interface AirlineNetwork {
  airline: Airline;
  /** By `${origin}>${destination}` city ids. */
  routes: ReadonlyMap<string, FlightRoute>;
  /** flightNo → its route and slot. */
  flights: ReadonlyMap<string, { route: FlightRoute; slot: FlightSlot }>;
}

/** No airline flies shorter than this: 北京–天津 and 上海–杭州 go by train. */
const MIN_FLIGHT_KM = 350;
const FIRST_DEPARTURE = 7 * 60;
const LAST_DEPARTURE = 22 * 60 + 30;
const MAX_PER_DAY = 12;

/** ~800 km/h over an airway ~15% longer than the great circle, plus ~40 minutes of taxi, climb and approach; to 5 minutes. */
export function blockMinutesOf(km: number): number {
  return Math.round((((km * 1.15) / 800) * 60 + 40) / 5) * 5;
}

/** The airports a city's flights use: its main ones (both of 北京, 上海, 成都), else its first. */
function airportsOf(city: City): string[] {
  const main = city.airports.filter((a) => a.main).map((a) => a.iata);
  const first = city.airports[0]?.iata;
  return main.length > 0 ? main : first ? [first] : [];
}

function airportFor(airline: Airline, city: City, salt: string): string | null {
  const airports = airportsOf(city);
  const base = airline.bases[city.id];
  if (base && airports.includes(base)) return base;
  if (airports.length === 0) return null;
  return airports[Math.floor(unit(`${airline.carrier}:${city.id}:${salt}`) * airports.length)] ?? null;
}

/** Whether an airline serves a city pair (a.id < b.id; at least one end one of its hubs), by tier and hub rank. */
function serves(airline: Airline, a: City, b: City): boolean {
  const rankA = airline.hubs.indexOf(a.id);
  const rankB = airline.hubs.indexOf(b.id);
  if (rankA < 0 && rankB < 0) return false;
  if (rankA >= 0 && rankB >= 0) return true;
  const hubRank = rankA >= 0 ? rankA : rankB;
  const other = rankA >= 0 ? b : a;
  const chance =
    hubRank === 0 ? { tier1: 1, new_tier1: 1, tier2: 0.95, other: 0.55 } : { tier1: 0.9, new_tier1: 0.8, tier2: 0.6, other: 0.2 };
  return unit(`serves:${airline.carrier}:${a.id}-${b.id}`) < chance[other.tier];
}

function perDayOf(airline: Airline, a: City, b: City): number {
  const main = (c: City) => airline.hubs[0] === c.id;
  const hubFactor = main(a) || main(b) ? 1.5 : 1;
  return Math.max(1, Math.min(MAX_PER_DAY, Math.round(((TIER_WEIGHT[a.tier] * TIER_WEIGHT[b.tier]) / 2) * hubFactor)));
}

function aircraftFor(airline: Airline, trunk: boolean, km: number, key: string): string {
  const rng = rngOf(key);
  const roll = rng.next();
  if (trunk && km > 900 && roll < 0.4) return rng.pick(airline.wideBody);
  if (!trunk && km < 1200 && airline.regional.length > 0 && roll < 0.35) return rng.pick(airline.regional);
  return rng.pick(airline.narrowBody);
}

function slotsOf(
  airline: Airline,
  perDay: number,
  trunk: boolean,
  km: number,
  key: string,
): { departureMinute: number; aircraft: string }[] {
  const span = (LAST_DEPARTURE - FIRST_DEPARTURE) / perDay;
  return Array.from({ length: perDay }, (_, i) => {
    const at = FIRST_DEPARTURE + (i + 0.1 + 0.8 * unit(`${key}:${i}`)) * span;
    return {
      departureMinute: Math.min(LAST_DEPARTURE, Math.round(at / 5) * 5),
      aircraft: aircraftFor(airline, trunk, km, `${key}:${i}:aircraft`),
    };
  });
}

function buildNetwork(airline: Airline): AirlineNetwork {
  const cities = locatedCityIds()
    .map((id) => cityById(id))
    .filter((c): c is City => c !== null && airportsOf(c).length > 0)
    .sort((x, y) => x.id.localeCompare(y.id));
  const pairs: { a: City; b: City; perDay: number }[] = [];
  const seen = new Set<string>();
  // Every route has a hub at one end at least: pair the hubs with every city.
  for (const hub of airline.hubs) {
    const h = cities.find((c) => c.id === hub);
    if (!h) continue;
    for (const c of cities) {
      const [a, b] = h.id < c.id ? [h, c] : [c, h];
      const key = `${a.id}-${b.id}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      if (serves(airline, a, b)) pairs.push({ a, b, perDay: perDayOf(airline, a, b) });
    }
  }
  // The busiest routes get the lowest numbers, as carriers number them (国航 CA1501 北京–上海).
  pairs.sort((x, y) => y.perDay - x.perDay || `${x.a.id}-${x.b.id}`.localeCompare(`${y.a.id}-${y.b.id}`));
  const routes = new Map<string, FlightRoute>();
  const flights = new Map<string, { route: FlightRoute; slot: FlightSlot }>();
  let next = 1001;
  for (const { a, b, perDay } of pairs) {
    const from = airportFor(airline, a, b.id);
    const to = airportFor(airline, b, a.id);
    const pa = from ? airportLocation(from) : null;
    const pb = to ? airportLocation(to) : null;
    if (!from || !to || !pa || !pb) continue;
    const km = Math.round(distanceKm(pa, pb));
    if (km < MIN_FLIGHT_KM) continue;
    const trunk = isMajor(a.tier) && isMajor(b.tier);
    const numbers = Array.from({ length: perDay }, () => {
      // Outbound odd, return even, as Chinese carriers number a pair of flights; past 9999 wrap.
      const n = next > 9998 ? 1001 + ((next - 1001) % 8998) : next;
      next += 2;
      return n;
    });
    for (const [origin, destination, oa, da, back] of [
      [a, b, from, to, 0],
      [b, a, to, from, 1],
    ] as const) {
      const key = `${airline.carrier}:${origin.id}>${destination.id}`;
      const slots = slotsOf(airline, perDay, trunk, km, key)
        .sort((x, y) => x.departureMinute - y.departureMinute)
        .map((s, i) => ({ ...s, flightNo: `${airline.carrier}${(numbers[i] ?? 1001) + back}` }));
      const route: FlightRoute = {
        carrier: airline.carrier,
        originCityId: origin.id,
        destinationCityId: destination.id,
        originAirport: oa,
        destinationAirport: da,
        distanceKm: km,
        blockMinutes: blockMinutesOf(km),
        trunk,
        slots,
      };
      routes.set(`${origin.id}>${destination.id}`, route);
      for (const slot of slots) flights.set(slot.flightNo, { route, slot });
    }
  }
  return { airline, routes, flights };
}

const networks = new Map<string, AirlineNetwork>();

export function networkOf(airline: Airline): AirlineNetwork {
  let network = networks.get(airline.carrier);
  if (!network) {
    network = buildNetwork(airline);
    networks.set(airline.carrier, network);
  }
  return network;
}

/** Every airline's network (for tests and the operator's overview). */
export const allNetworks = (): AirlineNetwork[] => AIRLINES.map(networkOf);
