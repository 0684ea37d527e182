/**
 * The offers a booking search answers, by category — typed by hand, the one exception to
 * ./types: the server's schema (src/modules/booking/routes/offer-schemas.ts) is an if/then chain
 * that the client generator reads as `unknown`. Keep the two in step.
 */
type Words = { 'zh-CN': string; en: string };

interface OfferBase {
  supplierCode: string;
  offerId: string;
  priceFen: number;
  expiresAt: string;
  terms: Words;
  refundFeeRate: number;
  changeFeeRate: number;
}

export type Cabin = 'economy' | 'premium_economy' | 'business' | 'first';
export type SeatClass = 'hard_seat' | 'second' | 'first' | 'business' | 'hard_sleeper' | 'soft_sleeper' | 'deluxe_soft_sleeper';
export type CarLevel = 'economy' | 'comfort' | 'business';

export interface FlightOffer extends OfferBase {
  category: 'flight';
  carrier: string;
  flightNo: string;
  originCityId: string;
  destinationCityId: string;
  originAirport: string;
  destinationAirport: string;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  cabin: Cabin;
  bookingClass: string;
  fullEconomyFareFen: number;
  businessFareFen: number | null;
  seatsLeft: number;
  aircraft: string;
}

export interface HotelOffer extends OfferBase {
  category: 'hotel';
  hotelId: string;
  hotelName: Words;
  chain: string;
  brand: string;
  stars: number;
  cityId: string;
  address: Words;
  roomType: Words;
  breakfast: boolean;
  checkIn: string;
  checkOut: string;
  nights: number;
  nightlyRateFen: number;
  roomsLeft: number;
}

export interface TrainOffer extends OfferBase {
  category: 'train';
  trainNo: string;
  trainType: 'G' | 'D' | 'C' | 'Z' | 'T' | 'K';
  originCityId: string;
  destinationCityId: string;
  originStation: string;
  destinationStation: string;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  seatClass: SeatClass;
  overnight: boolean;
  seatsLeft: number;
}

export interface CarOffer extends OfferBase {
  category: 'car';
  cityId: string;
  serviceLevel: CarLevel;
  vehicle: string;
  pickupAt: string;
  from: string;
  to: string;
  etaMinutes: number;
}

export type Offer = FlightOffer | HotelOffer | TrainOffer | CarOffer;
