import { cityKey } from './coverage/city-key.ts';
import type { ChangedContent, ChangeReason, CostEstimate, ItineraryLeg } from './schema.ts';

/**
 * Whether a change (变更) of an approved request stays within what was approved. Pure. Within:
 * every date inside the approved span (first departure to last return), no city that the approved
 * itinerary does not name (any spelling of a city is the same city, through the geo directory),
 * and a total not higher. Anything else needs approval, for the reasons listed (in this order).
 */
export function changeReasons(approved: ChangedContent, next: ChangedContent): ChangeReason[] {
  const reasons: ChangeReason[] = [];
  const from = spanOf(approved.itinerary);
  const to = spanOf(next.itinerary);
  if (from !== null && to !== null && (to.start < from.start || to.end > from.end)) reasons.push('dates_outside');
  const cities = citiesOf(approved.itinerary);
  if ([...citiesOf(next.itinerary)].some((c) => !cities.has(c))) reasons.push('new_city');
  if (next.estimatedTotalFen > approved.estimatedTotalFen) reasons.push('amount_higher');
  return reasons;
}

/** First departure to last day away (a leg without a return date ends the day it departs). */
export function spanOf(itinerary: readonly ItineraryLeg[]): { start: string; end: string } | null {
  if (itinerary.length === 0) return null;
  let start = itinerary[0]?.departDate ?? '';
  let end = start;
  for (const leg of itinerary) {
    if (leg.departDate < start) start = leg.departDate;
    const last = leg.returnDate ?? leg.departDate;
    if (last > end) end = last;
    if (leg.departDate > end) end = leg.departDate;
  }
  return { start, end };
}

const citiesOf = (itinerary: readonly ItineraryLeg[]) => new Set(itinerary.flatMap((leg) => [cityKey(leg.fromCity), cityKey(leg.toCity)]));

const totalOf = (e: CostEstimate) => e.flight + e.hotel + e.train + e.car + e.other;

/** The content as compared: itinerary, estimate and total. */
export const contentOf = (row: { itinerary: ItineraryLeg[]; estimate: CostEstimate }): ChangedContent => ({
  itinerary: row.itinerary,
  estimate: row.estimate,
  estimatedTotalFen: totalOf(row.estimate),
});

const legText = (l: ItineraryLeg) => [l.fromCity, l.toCity, l.departDate, l.returnDate ?? ''].join('|');
const estimateText = (e: CostEstimate) => [e.flight, e.hotel, e.train, e.car, e.other].join('|');

/**
 * Whether two contents are the same, field by field (stored JSON does not keep key order); cities
 * are compared as written: a new spelling is still a change of text.
 */
export const sameContent = (a: ChangedContent, b: ChangedContent): boolean =>
  a.itinerary.map(legText).join('\n') === b.itinerary.map(legText).join('\n') && estimateText(a.estimate) === estimateText(b.estimate);
