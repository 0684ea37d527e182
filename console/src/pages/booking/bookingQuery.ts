/**
 * What the 预订 page's query form holds, and the search it sends: one set of fields for every
 * category (switching tabs keeps the cities and dates), filled from a travel request's leg or from
 * an order being changed (改签), checked before it is sent.
 */
import type { BookingCategory, SearchBody } from '../../api/booking';
import type { Offer } from '../../api/bookingOffers';

export interface QueryFields {
  /** Flight and train: city ids of the geo directory. */
  originCityId: string;
  destinationCityId: string;
  /** Flight and train: the departure date, YYYY-MM-DD (China time). */
  date: string;
  /** Hotel and car: the city. */
  cityId: string;
  checkIn: string;
  checkOut: string;
  /** Car: China time, 'YYYY-MM-DDTHH:mm' (a datetime-local input's value). */
  pickupAt: string;
  from: string;
  to: string;
  /** Car: kilometres as typed. */
  distanceKm: string;
}

export interface RequestLeg {
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate?: string | null;
}

/** The date `days` after a 'YYYY-MM-DD' date (calendar arithmetic in UTC: no zone can shift it). */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An instant as China's calendar date. */
export function chinaDateOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A China-time 'YYYY-MM-DDTHH:mm' as a UTC ISO instant ('' when it is not one). */
export function chinaLocalToIso(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return '';
  const d = new Date(`${local}:00+08:00`);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** Nothing chosen yet but the dates: tomorrow for one night. */
export function emptyQuery(today: string): QueryFields {
  const day = plusDays(today, 1);
  return {
    originCityId: '',
    destinationCityId: '',
    date: day,
    cityId: '',
    checkIn: day,
    checkOut: plusDays(day, 1),
    pickupAt: `${day}T09:00`,
    from: '',
    to: '',
    distanceKm: '20',
  };
}

/** The fields for a leg of a travel request: its cities (names resolved to ids) and dates; hotel and car at the destination. */
export function queryFromLeg(leg: RequestLeg, cityIdOf: (name: string) => string): QueryFields {
  const from = cityIdOf(leg.fromCity);
  const to = cityIdOf(leg.toCity);
  const back = leg.returnDate && leg.returnDate > leg.departDate ? leg.returnDate : plusDays(leg.departDate, 1);
  return {
    ...emptyQuery(leg.departDate),
    originCityId: from,
    destinationCityId: to,
    date: leg.departDate,
    cityId: to,
    checkIn: leg.departDate,
    checkOut: back,
    pickupAt: `${leg.departDate}T09:00`,
  };
}

/** The fields of the booked offer (改签 starts from what was booked), for the categories that can be changed. */
export function queryFromOffer(offer: Partial<Offer> & { category: BookingCategory }, today: string): QueryFields {
  const base = emptyQuery(today);
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  const o = offer as Record<string, unknown>;
  switch (offer.category) {
    case 'flight':
    case 'train': {
      const date = chinaDateOf(s(o.departureAt)) || base.date;
      return { ...base, originCityId: s(o.originCityId), destinationCityId: s(o.destinationCityId), date, cityId: s(o.destinationCityId) };
    }
    case 'hotel':
      return { ...base, cityId: s(o.cityId), checkIn: s(o.checkIn) || base.checkIn, checkOut: s(o.checkOut) || base.checkOut };
    case 'car':
      return { ...base, cityId: s(o.cityId), from: s(o.from), to: s(o.to) };
  }
}

export interface SearchExtras {
  travellerEmployeeId?: string;
  travelRequestId?: string;
  showBlocked?: boolean;
}

export type QueryCheck = { body: SearchBody; missing?: never } | { body?: never; missing: (keyof QueryFields)[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The search for a category, or the fields still missing or wrong (by name). */
export function searchBodyOf(category: BookingCategory, q: QueryFields, extras: SearchExtras = {}): QueryCheck {
  const missing: (keyof QueryFields)[] = [];
  const need = (field: keyof QueryFields, ok: boolean) => {
    if (!ok) missing.push(field);
  };
  const common = {
    ...(extras.travellerEmployeeId ? { travellerEmployeeId: extras.travellerEmployeeId } : {}),
    ...(extras.travelRequestId ? { travelRequestId: extras.travelRequestId } : {}),
    ...(extras.showBlocked ? { showBlocked: true } : {}),
  };
  switch (category) {
    case 'flight':
    case 'train': {
      need('originCityId', q.originCityId !== '');
      need('destinationCityId', q.destinationCityId !== '' && q.destinationCityId !== q.originCityId);
      need('date', DATE.test(q.date));
      if (missing.length > 0) return { missing };
      const query = { originCityId: q.originCityId, destinationCityId: q.destinationCityId, date: q.date };
      return { body: category === 'flight' ? { category, query, ...common } : { category, query, ...common } };
    }
    case 'hotel':
      need('cityId', q.cityId !== '');
      need('checkIn', DATE.test(q.checkIn));
      need('checkOut', DATE.test(q.checkOut) && q.checkOut > q.checkIn);
      if (missing.length > 0) return { missing };
      return { body: { category, query: { cityId: q.cityId, checkIn: q.checkIn, checkOut: q.checkOut }, ...common } };
    case 'car': {
      const pickupAt = chinaLocalToIso(q.pickupAt);
      const km = Number(q.distanceKm);
      need('cityId', q.cityId !== '');
      need('pickupAt', pickupAt !== '');
      need('from', q.from.trim() !== '');
      need('to', q.to.trim() !== '');
      need('distanceKm', q.distanceKm.trim() !== '' && Number.isFinite(km) && km > 0 && km <= 1000);
      if (missing.length > 0) return { missing };
      return {
        body: { category, query: { cityId: q.cityId, pickupAt, from: q.from.trim(), to: q.to.trim(), distanceKm: km }, ...common },
      };
    }
  }
}

/** The same service as the booked one (the same flight and fare class, room and nights, train and seat): no change at all. */
export function isSameService(offer: Offer, booked: Record<string, unknown>): boolean {
  const same = (...keys: string[]) =>
    keys.every((k) => JSON.stringify((offer as unknown as Record<string, unknown>)[k]) === JSON.stringify(booked[k]));
  switch (offer.category) {
    case 'flight':
      return same('flightNo', 'departureAt', 'cabin', 'bookingClass');
    case 'hotel':
      return same('hotelId', 'roomType', 'checkIn', 'checkOut', 'breakfast');
    case 'train':
      return same('trainNo', 'departureAt', 'seatClass');
    case 'car':
      return same('serviceLevel', 'pickupAt', 'from', 'to');
  }
}
