import { chinaDayNumber, dateOfDayNumber } from '../../policy/engine/china-time.ts';
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

/** Today's date in China (UTC+8), 'YYYY-MM-DD'. */
export const chinaToday = (now: Date): string => dateOfDayNumber(chinaDayNumber(now.getTime()));

/** The trip is over once its last day has passed in China time (a trip ending today is still on). */
export function tripIsOver(itinerary: readonly ItineraryLeg[], now: Date): boolean {
  const end = tripEndDate(itinerary);
  return end !== null && end < chinaToday(now);
}

/** The trip has begun: its first day has come in China time. */
export function tripHasBegun(itinerary: readonly ItineraryLeg[], now: Date): boolean {
  const today = chinaToday(now);
  return itinerary.some((leg) => leg.departDate <= today);
}

/** The next China midnight after now, as a UTC instant (when the daily sweep runs next). */
export function nextChinaMidnight(now: Date): Date {
  const day = chinaDayNumber(now.getTime()) + 1;
  return new Date(day * 86_400_000 - 8 * 3_600_000);
}
