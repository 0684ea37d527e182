/**
 * The order a search's options are shown in. Pure and deterministic: the same options give the
 * same order whatever order the suppliers answered in.
 *
 * 1. Policy first: compliant options, then allowed ones with something to note (超标个人付, a
 *    flagged missing fact), then those asking a reason code (warn), then those needing approval,
 *    then blocked ones (when shown at all).
 * 2. Within a group, by score (0–100, higher first), a weighted mean of what applies to the category:
 *    - price (weight 45): 1 for the cheapest option of the list, 0 for the dearest, linear between;
 *    - departure time fit (15; flights, trains, cars): with a preferred time of day, 1 at it falling
 *      to 0 six hours away; without one, 1 from 07:00 to 22:00 China time and 0.5 outside (red-eyes);
 *    - duration (20; flights and trains; a car's time to arrive): 1 for the shortest, 0 the longest;
 *    - supplier (20): its ranking weight (0–100) / 100, from the registry (scorecards feed it).
 *    The score is rounded to 0.01, so ties are real ties.
 * 3. Then cheaper first, then supplier code and offer id: a total order.
 */
import { chinaMinuteOfDay, parseInstant } from '../../../platform/time/china-time.ts';
import type { Outcome } from '../../policy/index.ts';
import type { Offer } from '../../suppliers/index.ts';

export interface Rankable {
  offer: Offer;
  /** Null when no policy applies to the traveller: every option counts as compliant. */
  outcome: Outcome | null;
  compliant: boolean;
  /** Allowed but with personal pay or a flagged missing fact. */
  noted: boolean;
}

export interface RankingPreferences {
  /** 'HH:MM' China time. */
  preferredDepartureTime?: string;
  /** Supplier code → ranking weight 0–100; unknown suppliers count 50. */
  weights: ReadonlyMap<string, number>;
}

export const SCORE_WEIGHTS = { price: 45, time: 15, duration: 20, supplier: 20 } as const;
const DAY_MINUTES = 24 * 60;
const TIME_FIT_SPAN_MINUTES = 6 * 60;
const OUTCOME_GROUP: Record<Outcome, number> = { allow: 0, warn: 2, require_approval: 3, block: 4 };

/** Policy group: 0 compliant, 1 allowed with a note, 2 warn, 3 require approval, 4 blocked. */
export function policyGroup(r: Pick<Rankable, 'outcome' | 'compliant' | 'noted'>): number {
  if (r.outcome === null) return 0;
  if (r.outcome === 'allow') return r.compliant && !r.noted ? 0 : 1;
  return OUTCOME_GROUP[r.outcome];
}

function departureOf(offer: Offer): string | null {
  switch (offer.category) {
    case 'flight':
    case 'train':
      return offer.departureAt;
    case 'car':
      return offer.pickupAt;
    case 'hotel':
      return null;
  }
}

function durationOf(offer: Offer): number | null {
  switch (offer.category) {
    case 'flight':
    case 'train':
      return offer.durationMinutes;
    case 'car':
      return offer.etaMinutes;
    case 'hotel':
      return null;
  }
}

const parseTime = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function timeFit(departureAt: string, preferred: number | null): number {
  const minute = chinaMinuteOfDay(parseInstant(departureAt));
  if (preferred === null) return minute >= 7 * 60 && minute <= 22 * 60 ? 1 : 0.5;
  const apart = Math.abs(minute - preferred);
  const distance = Math.min(apart, DAY_MINUTES - apart);
  return 1 - Math.min(distance, TIME_FIT_SPAN_MINUTES) / TIME_FIT_SPAN_MINUTES;
}

/** 1 at the low end of [min, max], 0 at the high end; 1 when all are equal. */
const lowIsGood = (value: number, min: number, max: number) => (max === min ? 1 : (max - value) / (max - min));

/** The score (0–100) of each option, in the options' order. */
export function scoreOptions(items: readonly Rankable[], prefs: RankingPreferences): number[] {
  const prices = items.map((i) => i.offer.priceFen);
  const durations = items.map((i) => durationOf(i.offer)).filter((d): d is number => d !== null);
  const [minPrice, maxPrice] = [Math.min(...prices), Math.max(...prices)];
  const [minDuration, maxDuration] = [Math.min(...durations), Math.max(...durations)];
  const preferred = prefs.preferredDepartureTime === undefined ? null : parseTime(prefs.preferredDepartureTime);
  return items.map(({ offer }) => {
    let sum = SCORE_WEIGHTS.price * lowIsGood(offer.priceFen, minPrice, maxPrice);
    let weights: number = SCORE_WEIGHTS.price;
    const departure = departureOf(offer);
    if (departure !== null) {
      sum += SCORE_WEIGHTS.time * timeFit(departure, preferred);
      weights += SCORE_WEIGHTS.time;
    }
    const duration = durationOf(offer);
    if (duration !== null) {
      sum += SCORE_WEIGHTS.duration * lowIsGood(duration, minDuration, maxDuration);
      weights += SCORE_WEIGHTS.duration;
    }
    sum += (SCORE_WEIGHTS.supplier * (prefs.weights.get(offer.supplierCode) ?? 50)) / 100;
    weights += SCORE_WEIGHTS.supplier;
    return Math.round((10_000 * sum) / weights) / 100;
  });
}

/** The options' positions in display order (see the file's comment), and each option's score. */
export function rankOptions(items: readonly Rankable[], prefs: RankingPreferences): { order: number[]; scores: number[] } {
  const scores = scoreOptions(items, prefs);
  const groups = items.map(policyGroup);
  const order = items.map((_, i) => i);
  order.sort((a, b) => {
    const x = items[a];
    const y = items[b];
    if (x === undefined || y === undefined) return 0;
    return (
      (groups[a] ?? 0) - (groups[b] ?? 0) ||
      (scores[b] ?? 0) - (scores[a] ?? 0) ||
      x.offer.priceFen - y.offer.priceFen ||
      (x.offer.supplierCode < y.offer.supplierCode ? -1 : x.offer.supplierCode > y.offer.supplierCode ? 1 : 0) ||
      (x.offer.offerId < y.offer.offerId ? -1 : x.offer.offerId > y.offer.offerId ? 1 : 0)
    );
  });
  return { order, scores };
}
