import { chinaDayNumber, dateOfDayNumber, dayNumberOfDate, parseInstant } from '../../../platform/time/china-time.ts';
import type { Category, TravelOption } from '../../policy/index.ts';

/** What an order would be, as far as matching it to a travel request needs. Money in fen; dates China dates. */
export interface OrderIntent {
  travellerId: string;
  category: Category;
  amountFen: number;
  /** Flights and trains: origin and destination; a hotel: its city; a car: its city when known. */
  cities: string[];
  startDate: string;
  /** The hotel's check-out date; the start date otherwise. */
  endDate: string;
}

const chinaDate = (iso: string): string => dateOfDayNumber(chinaDayNumber(parseInstant(iso)));

/** Nights between check-in and check-out (at least one). */
export function nightsOf(checkIn: string, checkOut: string): number {
  const nights = dayNumberOfDate(checkOut) - dayNumberOfDate(checkIn);
  return Number.isFinite(nights) && nights > 0 ? nights : 1;
}

/** The order a travel option would make, for one traveller. */
export function intentOfOption(option: TravelOption, travellerId: string): OrderIntent {
  switch (option.category) {
    case 'flight':
    case 'train': {
      const date = chinaDate(option.departureAt);
      return {
        travellerId,
        category: option.category,
        amountFen: option.fareFen,
        cities: [option.origin, option.destination],
        startDate: date,
        endDate: date,
      };
    }
    case 'hotel':
      return {
        travellerId,
        category: 'hotel',
        amountFen: option.nightlyRateFen * nightsOf(option.checkIn, option.checkOut),
        cities: [option.destinationCity ?? option.cityCode],
        startDate: option.checkIn,
        endDate: option.checkOut,
      };
    case 'car': {
      const date = chinaDate(option.pickupAt);
      return {
        travellerId,
        category: 'car',
        amountFen: option.estimatedFareFen,
        cities: option.destinationCity ? [option.destinationCity] : [],
        startDate: date,
        endDate: date,
      };
    }
  }
}
