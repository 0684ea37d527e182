/**
 * The itinerary an order keeps in its offer snapshot (the supplier's offer as booked). The API
 * types it as a plain object, and an order imported or booked through another path may lack
 * fields, so each one is read defensively: a missing field is null and simply not shown.
 */
import type { OrderCategory } from '../../api/types';

type Words = { 'zh-CN': string; en: string };
type Lang = keyof Words;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const words = (v: unknown, lang: Lang): string | null => {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') {
    const w = v as Partial<Record<Lang, unknown>>;
    return str(w[lang]) ?? str(w['zh-CN']) ?? str(w.en);
  }
  return null;
};

export interface FlightLeg {
  category: 'flight';
  flightNo: string | null;
  carrier: string | null;
  originAirport: string | null;
  destinationAirport: string | null;
  departureAt: string | null;
  arrivalAt: string | null;
  durationMinutes: number | null;
  cabin: string | null;
  bookingClass: string | null;
  aircraft: string | null;
}

export interface HotelStay {
  category: 'hotel';
  hotelName: string | null;
  brand: string | null;
  stars: number | null;
  address: string | null;
  roomType: string | null;
  breakfast: boolean | null;
  checkIn: string | null;
  checkOut: string | null;
  nights: number | null;
  nightlyRateFen: number | null;
}

export interface TrainLeg {
  category: 'train';
  trainNo: string | null;
  originStation: string | null;
  destinationStation: string | null;
  departureAt: string | null;
  arrivalAt: string | null;
  durationMinutes: number | null;
  seatClass: string | null;
}

export interface CarRide {
  category: 'car';
  serviceLevel: string | null;
  vehicle: string | null;
  pickupAt: string | null;
  from: string | null;
  to: string | null;
}

export type Itinerary = (FlightLeg | HotelStay | TrainLeg | CarRide) & { terms: string | null };

/** The itinerary of an order of `category` from its offer snapshot, in `lang` where the supplier gave both languages. */
export function itineraryOf(category: OrderCategory, offer: Record<string, unknown>, lang: Lang): Itinerary {
  const o = offer;
  const terms = words(o.terms, lang);
  switch (category) {
    case 'flight':
      return {
        category,
        flightNo: str(o.flightNo),
        carrier: str(o.carrier),
        originAirport: str(o.originAirport),
        destinationAirport: str(o.destinationAirport),
        departureAt: str(o.departureAt),
        arrivalAt: str(o.arrivalAt),
        durationMinutes: num(o.durationMinutes),
        cabin: str(o.cabin),
        bookingClass: str(o.bookingClass),
        aircraft: str(o.aircraft),
        terms,
      };
    case 'hotel':
      return {
        category,
        hotelName: words(o.hotelName, lang),
        brand: str(o.brand),
        stars: num(o.stars),
        address: words(o.address, lang),
        roomType: words(o.roomType, lang),
        breakfast: bool(o.breakfast),
        checkIn: str(o.checkIn),
        checkOut: str(o.checkOut),
        nights: num(o.nights),
        nightlyRateFen: num(o.nightlyRateFen),
        terms,
      };
    case 'train':
      return {
        category,
        trainNo: str(o.trainNo),
        originStation: str(o.originStation),
        destinationStation: str(o.destinationStation),
        departureAt: str(o.departureAt),
        arrivalAt: str(o.arrivalAt),
        durationMinutes: num(o.durationMinutes),
        seatClass: str(o.seatClass),
        terms,
      };
    case 'car':
      return {
        category,
        serviceLevel: str(o.serviceLevel),
        vehicle: str(o.vehicle),
        pickupAt: str(o.pickupAt),
        from: str(o.from),
        to: str(o.to),
        terms,
      };
  }
}

/** 135 → '2h 15m' / '2小时15分'. */
export function durationText(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (lang === 'en') return h > 0 ? `${h}h${m > 0 ? ` ${m}m` : ''}` : `${m}m`;
  return h > 0 ? `${h}小时${m > 0 ? `${m}分` : ''}` : `${m}分钟`;
}
