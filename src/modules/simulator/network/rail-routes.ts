import type { TrainType } from '../../policy/index.ts';
import { cityById, cityLocation, distanceKm, locatedCityIds, type City } from '../../geo/index.ts';
import { rngOf, unit } from './prng.ts';
import { stationFor } from './rail-stations.ts';
import { isMajor, TIER_WEIGHT } from './tiers.ts';

/**
 * The simulated railway timetable (sold by one 12306 agent, sim-rail): high-speed G and D trains
 * between cities 100–1,600 km apart, conventional Z / T / K trains on longer or secondary lines
 * with overnight sleepers. Built once on first use; the same every day.
 */
export interface TrainRun {
  trainNo: string;
  trainType: TrainType;
  /** D trains with berths only (动卧). */
  sleeper: boolean;
  originCityId: string;
  destinationCityId: string;
  originStation: string;
  destinationStation: string;
  /** Rail distance (营业里程), ~1.22 × the great circle. */
  railKm: number;
  departureMinute: number;
  durationMinutes: number;
}

export interface RailNetwork {
  /** By `${origin}>${destination}` city ids, in departure order. */
  routes: ReadonlyMap<string, readonly TrainRun[]>;
  trains: ReadonlyMap<string, TrainRun>;
}

const RAIL_FACTOR = 1.22;
/** Effective speeds (km/h) and the minutes each stop costs. */
const SPEED: Readonly<Record<TrainType, readonly [number, number]>> = {
  G: [255, 290],
  D: [180, 210],
  C: [180, 210],
  Z: [110, 125],
  T: [95, 110],
  K: [75, 90],
};
const STOP_MINUTES = 6;

interface Plan {
  type: TrainType;
  sleeper: boolean;
  count: number;
}

/** The trains between two cities (a.id < b.id). */
function plansFor(a: City, b: City, km: number): Plan[] {
  const key = `${a.id}-${b.id}`;
  const plans: Plan[] = [];
  const wa = TIER_WEIGHT[a.tier];
  const wb = TIER_WEIGHT[b.tier];
  const majors = isMajor(a.tier) && isMajor(b.tier);
  // 京广 and the other long trunk lines run G trains past 1,600 km between major cities.
  if (km >= 100 && (km <= 1600 || (majors && km <= 2200))) {
    const chance = majors ? 1 : wa + wb >= 5 ? 0.9 : wa + wb >= 4 ? 0.6 : wa + wb === 3 ? 0.25 : 0.1;
    if (unit(`hsr:${key}`) < chance * (km > 1100 ? 0.7 : 1)) {
      plans.push({ type: 'G', sleeper: false, count: Math.max(1, Math.min(12, Math.round((wa * wb) / 1.3 - km / 400))) });
      if (unit(`d:${key}`) < 0.6) plans.push({ type: 'D', sleeper: false, count: 1 + Math.floor(unit(`dn:${key}`) * 3) });
      if (km > 800 && unit(`dw:${key}`) < 0.5) plans.push({ type: 'D', sleeper: true, count: 1 });
    }
  }
  if (km >= 300) {
    const long = km > 1600;
    const chance = majors ? 1 : long ? (wa + wb >= 4 ? 0.7 : 0.2) : plans.length === 0 ? (wa + wb >= 3 ? 0.4 : 0.1) : 0.2;
    if (unit(`conv:${key}`) < chance) {
      const type: TrainType = majors ? 'Z' : unit(`t:${key}`) < 0.4 ? 'T' : 'K';
      plans.push({ type, sleeper: false, count: 1 + Math.floor(unit(`cn:${key}`) * 2) });
    }
  }
  return plans;
}

function runsOf(plan: Plan, railKm: number, key: string): { departureMinute: number; durationMinutes: number }[] {
  return Array.from({ length: plan.count }, (_, i) => {
    const rng = rngOf(`${key}:${plan.type}${plan.sleeper ? 'W' : ''}:${i}`);
    const [lo, hi] = SPEED[plan.type];
    const speed = rng.between(lo, hi);
    const stops = rng.int(1, Math.max(1, Math.round(railKm / 220)));
    const durationMinutes = Math.round((railKm / (plan.sleeper ? speed * 0.7 : speed)) * 60 + stops * STOP_MINUTES);
    // Long journeys leave in the evening and run overnight; day trains between 06:00 and 20:00.
    const overnight = plan.sleeper || (durationMinutes > 9 * 60 && (plan.type === 'Z' || plan.type === 'T' || plan.type === 'K'));
    const [from, to] = overnight ? [17 * 60, 22 * 60 + 30] : [6 * 60, 20 * 60];
    const span = (to - from) / plan.count;
    const departureMinute = Math.round((from + (i + 0.1 + 0.8 * rng.next()) * span) / 5) * 5;
    return { departureMinute, durationMinutes };
  });
}

const FIRST_NUMBER: Readonly<Record<TrainType, number>> = { G: 1, D: 1, C: 1001, Z: 1, T: 1, K: 101 };
const LAST_NUMBER: Readonly<Record<TrainType, number>> = { G: 9998, D: 9998, C: 9998, Z: 398, T: 398, K: 9998 };

function buildRail(): RailNetwork {
  const cities = locatedCityIds()
    .map((id) => cityById(id))
    .filter((c): c is City => c !== null && c.stations.length > 0)
    .sort((x, y) => x.id.localeCompare(y.id));
  const pairs: { a: City; b: City; km: number; plans: Plan[] }[] = [];
  for (let i = 0; i < cities.length; i++) {
    for (let j = i + 1; j < cities.length; j++) {
      const a = cities[i];
      const b = cities[j];
      const pa = a && cityLocation(a.id);
      const pb = b && cityLocation(b.id);
      if (!a || !b || !pa || !pb) continue;
      const km = distanceKm(pa, pb);
      const plans = plansFor(a, b, km);
      if (plans.length > 0) pairs.push({ a, b, km, plans });
    }
  }
  // The busiest lines get the lowest numbers (G1 北京南–上海虹桥).
  const weight = (p: (typeof pairs)[number]) => TIER_WEIGHT[p.a.tier] * TIER_WEIGHT[p.b.tier];
  pairs.sort((x, y) => weight(y) - weight(x) || x.km - y.km || x.a.id.localeCompare(y.a.id));
  const next: Record<TrainType, number> = { ...FIRST_NUMBER };
  const routes = new Map<string, TrainRun[]>();
  const trains = new Map<string, TrainRun>();
  for (const { a, b, km, plans } of pairs) {
    const railKm = Math.round(km * RAIL_FACTOR);
    for (const plan of plans) {
      const numbers = Array.from({ length: plan.count }, () => {
        const span = LAST_NUMBER[plan.type] - FIRST_NUMBER[plan.type];
        const n = FIRST_NUMBER[plan.type] + ((next[plan.type] - FIRST_NUMBER[plan.type]) % span);
        next[plan.type] += 2;
        return n;
      });
      for (const [origin, destination, back] of [
        [a, b, 0],
        [b, a, 1],
      ] as const) {
        const toward = cityLocation(destination.id);
        const from = cityLocation(origin.id);
        const originStation = toward && stationFor(origin, toward, plan.type !== 'Z' && plan.type !== 'T' && plan.type !== 'K');
        const destinationStation = from && stationFor(destination, from, plan.type !== 'Z' && plan.type !== 'T' && plan.type !== 'K');
        if (!originStation || !destinationStation) continue;
        runsOf(plan, railKm, `${origin.id}>${destination.id}`).forEach((run, i) => {
          const trainNo = `${plan.type}${(numbers[i] ?? 1) + back}`;
          if (trains.has(trainNo)) return;
          const train: TrainRun = {
            trainNo,
            trainType: plan.type,
            sleeper: plan.sleeper,
            originCityId: origin.id,
            destinationCityId: destination.id,
            originStation,
            destinationStation,
            railKm,
            ...run,
          };
          trains.set(trainNo, train);
          const key = `${origin.id}>${destination.id}`;
          const list = routes.get(key);
          if (list) list.push(train);
          else routes.set(key, [train]);
        });
      }
    }
  }
  for (const list of routes.values()) list.sort((x, y) => x.departureMinute - y.departureMinute);
  return { routes, trains };
}

let rail: RailNetwork | null = null;

export function railNetwork(): RailNetwork {
  rail ??= buildRail();
  return rail;
}
