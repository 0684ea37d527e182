import { describe, expect, it } from 'vitest';
import type { Offer } from '../../api/bookingOffers';
import {
  chinaDateOf,
  chinaLocalToIso,
  emptyQuery,
  isSameService,
  plusDays,
  queryFromLeg,
  queryFromOffer,
  searchBodyOf,
} from './bookingQuery';

const ids: Record<string, string> = { 上海: 'shanghai', 广州: 'guangzhou' };
const cityIdOf = (name: string) => ids[name] ?? name;

describe('the booking query', () => {
  it('counts days across month ends and reads China dates and times whatever the browser zone', () => {
    expect(plusDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(chinaDateOf('2025-03-09T17:30:00.000Z')).toBe('2025-03-10');
    expect(chinaLocalToIso('2025-03-10T09:00')).toBe('2025-03-10T01:00:00.000Z');
    expect(chinaLocalToIso('tomorrow')).toBe('');
  });

  it('takes a travel request leg’s cities and dates; the hotel stays at the destination until the return', () => {
    const q = queryFromLeg({ fromCity: '上海', toCity: '广州', departDate: '2025-05-06', returnDate: '2025-05-08' }, cityIdOf);
    expect(q).toMatchObject({ originCityId: 'shanghai', destinationCityId: 'guangzhou', date: '2025-05-06', cityId: 'guangzhou' });
    expect([q.checkIn, q.checkOut]).toEqual(['2025-05-06', '2025-05-08']);
    // A one-way leg: one night.
    expect(queryFromLeg({ fromCity: '上海', toCity: '广州', departDate: '2025-05-06', returnDate: null }, cityIdOf).checkOut).toBe(
      '2025-05-07',
    );
  });

  it('sends the category’s fields only, with the request and traveller when given', () => {
    const q = queryFromLeg({ fromCity: '上海', toCity: '广州', departDate: '2025-05-06' }, cityIdOf);
    expect(searchBodyOf('flight', q, { travelRequestId: 'r1' }).body).toEqual({
      category: 'flight',
      query: { originCityId: 'shanghai', destinationCityId: 'guangzhou', date: '2025-05-06' },
      travelRequestId: 'r1',
    });
    expect(searchBodyOf('hotel', q, { travellerEmployeeId: 'e1', showBlocked: true }).body).toEqual({
      category: 'hotel',
      query: { cityId: 'guangzhou', checkIn: '2025-05-06', checkOut: '2025-05-07' },
      travellerEmployeeId: 'e1',
      showBlocked: true,
    });
  });

  it('names what is missing or wrong', () => {
    const q = emptyQuery('2025-05-01');
    expect(searchBodyOf('flight', q).missing).toEqual(['originCityId', 'destinationCityId']);
    expect(searchBodyOf('hotel', { ...q, cityId: 'beijing', checkOut: q.checkIn }).missing).toEqual(['checkOut']);
    expect(searchBodyOf('car', { ...q, cityId: 'beijing', from: 'A', to: 'B', distanceKm: '0' }).missing).toEqual(['distanceKm']);
    expect(searchBodyOf('car', { ...q, cityId: 'beijing', from: ' A ', to: 'B' }).body?.query).toMatchObject({ from: 'A', distanceKm: 20 });
  });

  it('starts a change from the booked offer', () => {
    expect(
      queryFromOffer(
        { category: 'flight', originCityId: 'shanghai', destinationCityId: 'guangzhou', departureAt: '2025-05-06T00:30:00Z' },
        '2025-05-01',
      ),
    ).toMatchObject({ originCityId: 'shanghai', destinationCityId: 'guangzhou', date: '2025-05-06' });
    expect(
      queryFromOffer({ category: 'hotel', cityId: 'guangzhou', checkIn: '2025-05-06', checkOut: '2025-05-08' }, '2025-05-01'),
    ).toMatchObject({
      cityId: 'guangzhou',
      checkIn: '2025-05-06',
      checkOut: '2025-05-08',
    });
  });
});

describe('a change', () => {
  it('leaves out the very service that is booked', () => {
    const flight = {
      category: 'flight',
      flightNo: 'CZ1034',
      departureAt: '2027-01-06T04:40:00Z',
      cabin: 'economy',
      bookingClass: 'U',
    } as const;
    const offer = { ...flight, supplierCode: 'sim-cz', offerId: 'x2' } as unknown as Offer;
    expect(isSameService(offer, { ...flight, offerId: 'x1' })).toBe(true);
    expect(isSameService(offer, { ...flight, bookingClass: 'S' })).toBe(false);
  });
});
