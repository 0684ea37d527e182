/**
 * The lowest fare in a departure window, computed by the caller from a search's result list and
 * put on each flight option (`lowestFareInWindowFen`) so that evaluating a rule stays a pure
 * function of one option. Flights are compared with those of the same route and cabin.
 */
import { applyingRules } from './applies-to.ts';
import { parseInstant } from '../../../platform/time/china-time.ts';
import type { FlightOption, TravelOption, Traveller } from './option-types.ts';
import type { PolicyVersion } from './rule-types.ts';

function sameGroup(a: FlightOption, b: FlightOption): boolean {
  return a.cabin === b.cabin && a.origin === b.origin && a.destination === b.destination;
}

/**
 * The lowest fare among the options of the chosen flight's route and cabin departing within
 * ±`minutes` of it (bounds included), the chosen flight's own fare included.
 */
export function lowestFareInWindow(options: readonly TravelOption[], chosen: FlightOption, minutes: number): number {
  const at = parseInstant(chosen.departureAt);
  const span = minutes * 60_000;
  let lowest = chosen.fareFen;
  for (const o of options) {
    if (o.category !== 'flight' || !sameGroup(o, chosen) || o.fareFen >= lowest) continue;
    if (Math.abs(parseInstant(o.departureAt) - at) <= span) lowest = o.fareFen;
  }
  return lowest;
}

/**
 * Every flight of a result list with `lowestFareInWindowFen` set (other options unchanged, order
 * kept): O(n log n), a sliding window over each route and cabin sorted by departure.
 */
export function withLowestFaresInWindow<O extends TravelOption>(options: readonly O[], minutes: number): O[] {
  const span = minutes * 60_000;
  const groups = new Map<string, { index: number; at: number; fare: number }[]>();
  options.forEach((o, index) => {
    if (o.category !== 'flight') return;
    const key = `${o.origin}\u0000${o.destination}\u0000${o.cabin}`;
    const group = groups.get(key) ?? [];
    group.push({ index, at: parseInstant(o.departureAt), fare: o.fareFen });
    groups.set(key, group);
  });
  const lowest = new Map<number, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.at - b.at);
    const at = (i: number | undefined) => (i === undefined ? Number.NaN : (group[i]?.at ?? Number.NaN));
    const fare = (i: number | undefined) => (i === undefined ? Number.NaN : (group[i]?.fare ?? Number.NaN));
    // Positions in `group` that entered the window and may still be its minimum: fares increase from head to tail.
    const deque: number[] = [];
    let head = 0;
    let next = 0;
    for (const item of group) {
      for (; next < group.length && at(next) <= item.at + span; next++) {
        while (deque.length > head && fare(deque.at(-1)) >= fare(next)) deque.pop();
        deque.push(next);
      }
      while (at(deque[head]) < item.at - span) head++;
      lowest.set(item.index, fare(deque[head]));
    }
  }
  return options.map((o, i) => (o.category === 'flight' ? { ...o, lowestFareInWindowFen: lowest.get(i) ?? o.fareFen } : o));
}

/**
 * The window of the policy's lowest-fare rule that applies to the traveller (the first one), or
 * null: what to pass to withLowestFaresInWindow before evaluating a result list.
 */
export function fareWindowMinutes(policy: PolicyVersion, traveller: Traveller): number | null {
  const applying = applyingRules(policy.rules, traveller);
  for (const rule of policy.rules) {
    if (rule.kind === 'flight_lowest_fare_window' && applying.has(rule)) return rule.params.windowMinutes;
  }
  return null;
}
