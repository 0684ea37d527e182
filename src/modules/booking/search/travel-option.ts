/** A supplier's offer as the policy engine reads it (engine/option-types.ts). Pure. */
import type { CarPurpose, TravelOption } from '../../policy/index.ts';
import type { Offer } from '../../suppliers/index.ts';
import { type FlightFares, flightKey } from './flight-fares.ts';

export interface OptionFacts {
  /** When the search runs: the booking time the advance-booking rule counts from. */
  bookingAt: string;
  /** Fares per flight (flightFares). */
  fares: ReadonlyMap<string, FlightFares>;
  /** What a car ride is for (the car-hours rule). */
  carPurpose: CarPurpose;
  /** Covered by an approved travel request (the trip_requires_approved_request rule). */
  matchedApprovedRequest: boolean;
}

/** The engine's option for an offer; the lowest fare in the window is filled in over the whole list afterwards. */
export function travelOptionOf(offer: Offer, facts: OptionFacts): TravelOption {
  const matchedApprovedRequest = facts.matchedApprovedRequest;
  switch (offer.category) {
    case 'flight': {
      const fares = facts.fares.get(flightKey(offer));
      return {
        category: 'flight',
        id: offer.offerId,
        flightNo: offer.flightNo,
        cabin: offer.cabin,
        fareFen: offer.priceFen,
        fullEconomyFareFen: fares?.fullEconomyFareFen ?? offer.fullEconomyFareFen,
        businessFareFen: fares ? fares.businessFareFen : offer.businessFareFen,
        departureAt: offer.departureAt,
        arrivalAt: offer.arrivalAt,
        durationMinutes: offer.durationMinutes,
        bookingAt: facts.bookingAt,
        lowestFareInWindowFen: null,
        origin: offer.originCityId,
        destination: offer.destinationCityId,
        matchedApprovedRequest,
      };
    }
    case 'hotel':
      return {
        category: 'hotel',
        id: offer.offerId,
        hotelName: offer.hotelName['zh-CN'],
        cityCode: offer.cityId,
        nightlyRateFen: offer.nightlyRateFen,
        stars: offer.stars,
        checkIn: offer.checkIn,
        checkOut: offer.checkOut,
        matchedApprovedRequest,
      };
    case 'train':
      return {
        category: 'train',
        id: offer.offerId,
        trainNo: offer.trainNo,
        trainType: offer.trainType,
        seatClass: offer.seatClass,
        fareFen: offer.priceFen,
        departureAt: offer.departureAt,
        durationMinutes: offer.durationMinutes,
        overnight: offer.overnight,
        origin: offer.originCityId,
        destination: offer.destinationCityId,
        matchedApprovedRequest,
      };
    case 'car':
      return {
        category: 'car',
        id: offer.offerId,
        serviceLevel: offer.serviceLevel,
        estimatedFareFen: offer.priceFen,
        pickupAt: offer.pickupAt,
        purpose: facts.carPurpose,
        destinationCity: offer.cityId,
        matchedApprovedRequest,
      };
  }
}
