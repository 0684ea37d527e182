/**
 * Small in-process flight and hotel adapters with realistic offers, for tests and the search
 * benchmark until the simulator network lands: scheduled flights of real carriers between two
 * cities (times from distance, booking classes Y/B/M/H/K/L as discounts of the full economy fare,
 * business J), hotels of real chains. Deterministic: the same arguments give the same offers.
 */
import { cityById } from '../../geo/index.ts';
import type { Cabin } from '../../policy/index.ts';
import type { FlightOffer, FlightQuery, SupplierAdapter } from '../../suppliers/index.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Economy booking classes and their share of the full economy fare (Y = 全价). */
export const ECONOMY_CLASSES: readonly (readonly [string, number])[] = [
  ['Y', 1],
  ['B', 0.85],
  ['M', 0.75],
  ['H', 0.65],
  ['K', 0.55],
  ['L', 0.45],
];

export interface ScheduledFlight {
  carrier: string;
  flightNo: string;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  fullEconomyFareFen: number;
  businessFareFen: number | null;
  aircraft: string;
}

/** mulberry32. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const seedOf = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 17);
const yuan = (n: number) => Math.round(n / 10) * 1000;

/**
 * A carrier's flights on a route and day: `count` departures from 06:30 to 21:30 China time, block
 * time from distance (≈ 12 km a minute plus 35 minutes), the full economy fare ≈ ¥0.95 per km
 * (published fares on trunk routes), business ≈ 2.6 × Y on all but narrowbody red-eyes.
 */
export function schedule(carrier: string, query: FlightQuery, distanceKm: number, count: number): ScheduledFlight[] {
  const rnd = random(seedOf(`${carrier}|${query.originCityId}|${query.destinationCityId}`));
  const [y, m, d] = query.date.split('-').map(Number);
  const dayStart = Date.UTC(y ?? 2025, (m ?? 1) - 1, d ?? 1) - CHINA_OFFSET_MS;
  const fullEconomy = yuan(distanceKm * 0.95 + 150);
  const base = Math.round(distanceKm / 12 + 35);
  const out: ScheduledFlight[] = [];
  for (let i = 0; i < count; i++) {
    const minute = 390 + Math.floor(((i + rnd() * 0.8) * 900) / count);
    const departure = dayStart + minute * 60_000;
    const durationMinutes = base + Math.floor(rnd() * 20);
    const widebody = rnd() < 0.3;
    out.push({
      carrier,
      flightNo: `${carrier}${1001 + (((seedOf(carrier) & 0xff) * 10 + i * 7) % 8000)}`,
      departureAt: new Date(departure).toISOString(),
      arrivalAt: new Date(departure + durationMinutes * 60_000).toISOString(),
      durationMinutes,
      fullEconomyFareFen: fullEconomy,
      businessFareFen: minute > 21 * 60 && !widebody ? null : yuan((fullEconomy / 100) * 2.6),
      aircraft: widebody ? 'A330-300' : rnd() < 0.5 ? 'A320neo' : 'B737-800',
    });
  }
  return out;
}

export interface FlightAdapterOptions {
  supplierCode: string;
  /** Carriers whose flights it sells, and how many flights each has on the route a day. */
  carriers: readonly string[];
  flightsPerCarrier: number;
  /** Route distance (the test knows it; the simulator will take it from the geo directory). */
  distanceKm: number;
  /** Economy classes on sale (of ECONOMY_CLASSES) per flight, from the cheapest up; all by default. */
  economyClasses?: number;
  /** An agent's mark-up (1.02) or discount (0.98) on the airline's price, in fen rounded to ¥10. */
  priceFactor?: number;
  /** Throws on search (a supplier that is down). */
  failing?: boolean;
}

const notUsed = () => Promise.reject(new Error('not used by search tests'));

export function flightAdapter(opts: FlightAdapterOptions): SupplierAdapter<'flight'> {
  const airport = (cityId: string) => cityById(cityId)?.airports[0]?.iata ?? 'XXX';
  return {
    supplierCode: opts.supplierCode,
    category: 'flight',
    async search(query) {
      if (opts.failing) throw new Error(`${opts.supplierCode}: 502 Bad Gateway`);
      const classes = ECONOMY_CLASSES.slice(ECONOMY_CLASSES.length - (opts.economyClasses ?? ECONOMY_CLASSES.length));
      const factor = opts.priceFactor ?? 1;
      const offers: FlightOffer[] = [];
      for (const carrier of opts.carriers) {
        for (const f of schedule(carrier, query, opts.distanceKm, opts.flightsPerCarrier)) {
          const seats: [Cabin, string, number][] = classes.map(([cls, share]) => [
            'economy',
            cls,
            yuan((f.fullEconomyFareFen / 100) * share * factor),
          ]);
          if (f.businessFareFen !== null) seats.push(['business', 'J', yuan((f.businessFareFen / 100) * factor)]);
          for (const [cabin, bookingClass, priceFen] of seats) {
            offers.push({
              category: 'flight',
              supplierCode: opts.supplierCode,
              offerId: `${opts.supplierCode}-${f.flightNo}-${query.date}-${bookingClass}`,
              priceFen,
              expiresAt: new Date(Date.parse(f.departureAt) - 2 * 3_600_000).toISOString(),
              terms: {
                'zh-CN': '起飞前2小时外改期收取5%手续费，退票收取10%',
                en: 'Changes 5% more than 2 h before departure; refunds 10%',
              },
              refundFeeRate: 0.1,
              changeFeeRate: 0.05,
              carrier: f.carrier,
              flightNo: f.flightNo,
              originCityId: query.originCityId,
              destinationCityId: query.destinationCityId,
              originAirport: airport(query.originCityId),
              destinationAirport: airport(query.destinationCityId),
              departureAt: f.departureAt,
              arrivalAt: f.arrivalAt,
              durationMinutes: f.durationMinutes,
              cabin,
              bookingClass,
              fullEconomyFareFen: f.fullEconomyFareFen,
              businessFareFen: f.businessFareFen,
              seatsLeft: 9,
              aircraft: f.aircraft,
            });
          }
        }
      }
      return offers;
    },
    hold: notUsed,
    release: notUsed,
    book: notUsed,
    change: notUsed,
    cancel: notUsed,
    status: notUsed,
  };
}
