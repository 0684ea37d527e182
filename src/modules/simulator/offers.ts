import { SupplierError, type CarQuery, type Offer, type SupplierCategory } from '../suppliers/index.ts';
import { airlineBySupplier } from './network/airlines.ts';
import { isSellableDate } from './network/calendar.ts';
import { CAR_SUPPLIER, carOffers } from './network/car-offers.ts';
import { flightFare, quoteFlight } from './network/flight-offers.ts';
import { hotelGroupBySupplier } from './network/hotel-brands.ts';
import { hotelRate, quoteHotel } from './network/hotel-offers.ts';
import { quoteTrain, RAIL_SUPPLIER, trainFare } from './network/rail-offers.ts';
import { idToText, parseOfferId } from './offer-ids.ts';

/**
 * Re-deriving an offer from its id, as the supplier's systems would look a quote up: the network is
 * seeded, so the id is enough. The inventory key names the unit a booking draws on (flight, date
 * and class; train, date and seat class; hotel room and stay), for the sold-out check.
 */
export interface DerivedOffer {
  offer: Offer;
  inventoryKey: string;
  /** How many the supplier had when it quoted. */
  available: number;
}

const expired = () => new SupplierError('OFFER_EXPIRED', 'The offer is no longer valid; search again.', false);

export function deriveOffer(supplierCode: string, category: SupplierCategory, offerId: string, nowMs: number): DerivedOffer {
  const parsed = parseOfferId(offerId);
  const unknown = new SupplierError('REJECTED', `Unknown offer ${offerId.slice(0, 80)}.`, false);
  if (!parsed) throw unknown;
  const { kind, parts, issuedAtMs } = parsed;
  const derived = derive(supplierCode, category, kind, parts, issuedAtMs);
  if (!derived) throw unknown;
  if (nowMs > Date.parse(derived.offer.expiresAt) || issuedAtMs > nowMs + 60_000) throw expired();
  return derived;
}

function derive(supplierCode: string, category: SupplierCategory, kind: string, parts: string[], issuedAtMs: number): DerivedOffer | null {
  if (category === 'flight' && kind === 'f') {
    const airline = airlineBySupplier(supplierCode);
    const [flightNo = '', date = '', letter = ''] = parts;
    const fare = airline && isSellableDate(date) ? flightFare(airline, flightNo, date, letter) : null;
    return fare
      ? { offer: quoteFlight(fare, date, issuedAtMs), inventoryKey: `f:${flightNo}:${date}:${letter}`, available: fare.seatsLeft }
      : null;
  }
  if (category === 'train' && kind === 't' && supplierCode === RAIL_SUPPLIER) {
    const [trainNo = '', date = '', seat = ''] = parts;
    const fare = isSellableDate(date) ? trainFare(trainNo, date, seat) : null;
    return fare
      ? { offer: quoteTrain(fare, date, issuedAtMs), inventoryKey: `t:${trainNo}:${date}:${seat}`, available: fare.seatsLeft }
      : null;
  }
  if (category === 'hotel' && kind === 'h') {
    const group = hotelGroupBySupplier(supplierCode);
    const [hotelId = '', checkIn = '', checkOut = '', roomPlan = ''] = parts;
    const match = /^(\d)([rf])$/.exec(roomPlan);
    const rate = group && match ? hotelRate(group, hotelId, checkIn, checkOut, Number(match[1]), match[2] ?? '') : null;
    return rate
      ? {
          offer: quoteHotel(rate, issuedAtMs),
          inventoryKey: `h:${hotelId}:${checkIn}:${checkOut}:${rate.room}`,
          available: rate.fare.roomsLeft,
        }
      : null;
  }
  if (category === 'car' && kind === 'c' && supplierCode === CAR_SUPPLIER) {
    const [cityId = '', pickup = '', decametres = '', level = '', places = ''] = parts;
    const [from = '', to = ''] = idToText(places).split('\n');
    const query: CarQuery = { cityId, pickupAt: pickup.replace(/~/g, ':'), from, to, distanceKm: Number(decametres) / 10 };
    const offer = carOffers(query, issuedAtMs).find((o) => o.serviceLevel === level);
    // A car platform always has another car: no ride sells out.
    return offer ? { offer, inventoryKey: `c:${offer.offerId}`, available: 999 } : null;
  }
  return null;
}
