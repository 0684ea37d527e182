/**
 * The option a traveller checks before booking (预订前校验): a ready-made one of the category,
 * placed on the first leg of the travel request it is checked against, so that the cities and
 * dates already match the request and only the price, cabin or seat need changing.
 */
import type { Category, ItineraryLeg, TravelOption } from '../../api/types';
import { cityIdOf } from '../../lib/cities';
import { addDays } from '../../lib/dates';
import { localToIso, SAMPLE_OF_CATEGORY, sampleOption } from '../policy/preview/samples';

const minutesLater = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

/** A ready-made option of the category; on the leg's cities and dates when a leg is given. */
export function optionFor(category: Category, leg: ItineraryLeg | null): TravelOption {
  const option = sampleOption(SAMPLE_OF_CATEGORY[category]);
  if (leg === null) return option;
  const from = cityIdOf(leg.fromCity);
  const to = cityIdOf(leg.toCity);
  const day = leg.departDate;
  switch (option.category) {
    case 'flight': {
      const departureAt = localToIso(`${day}T08:00`);
      return {
        ...option,
        origin: from,
        destination: to,
        departureAt,
        arrivalAt: minutesLater(departureAt, option.durationMinutes),
        destinationCity: to,
      };
    }
    case 'hotel': {
      const checkOut = leg.returnDate && leg.returnDate > day ? leg.returnDate : addDays(day, 1);
      // The sample's hotel stands in another city: the checked hotel goes without a name.
      const { hotelName: _sampleHotel, ...hotel } = option;
      return { ...hotel, cityCode: to, checkIn: day, checkOut, destinationCity: to };
    }
    case 'train':
      return { ...option, origin: from, destination: to, departureAt: localToIso(`${day}T09:00`), destinationCity: to };
    case 'car':
      return { ...option, purpose: 'business_trip', pickupAt: localToIso(`${day}T10:00`), destinationCity: to };
  }
}
