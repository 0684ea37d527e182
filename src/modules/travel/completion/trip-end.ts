import { chinaDateOf } from '../../../platform/time/china-time.ts';
import type { ItineraryLeg } from '../schema.ts';

/** The trip's last day: the latest return date, or departure date of a one-way leg. Null for an empty itinerary. */
export function tripEndDate(itinerary: readonly ItineraryLeg[]): string | null {
  let end: string | null = null;
  for (const leg of itinerary) {
    const last = leg.returnDate !== null && leg.returnDate > leg.departDate ? leg.returnDate : leg.departDate;
    if (end === null || last > end) end = last;
  }
  return end;
}

/** The trip is over once its last day has passed in China time (a trip ending today is still on). */
export function tripIsOver(itinerary: readonly ItineraryLeg[], now: Date): boolean {
  const end = tripEndDate(itinerary);
  return end !== null && end < chinaDateOf(now);
}

/** The trip has begun: its first day has come in China time. */
export function tripHasBegun(itinerary: readonly ItineraryLeg[], now: Date): boolean {
  const today = chinaDateOf(now);
  return itinerary.some((leg) => leg.departDate <= today);
}
