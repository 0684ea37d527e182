import { describe, expect, it } from 'vitest';
import { durationText, itineraryOf } from './offerSnapshot';

describe('the itinerary of an offer snapshot', () => {
  it('reads a flight', () => {
    const it = itineraryOf(
      'flight',
      {
        flightNo: 'CA1501',
        carrier: 'CA',
        cabin: 'economy',
        departureAt: '2025-05-01T01:00:00Z',
        terms: { 'zh-CN': '退改收费', en: 'Fees apply' },
      },
      'en',
    );
    expect(it).toMatchObject({ category: 'flight', flightNo: 'CA1501', cabin: 'economy', arrivalAt: null, terms: 'Fees apply' });
  });

  it('reads a hotel in the viewer’s language, falling back to the other', () => {
    const it = itineraryOf('hotel', { hotelName: { 'zh-CN': '锦江之星', en: '' }, nights: 2, breakfast: true }, 'en');
    expect(it).toMatchObject({ category: 'hotel', hotelName: '锦江之星', nights: 2, breakfast: true, roomType: null });
  });

  it('leaves out what is missing or of the wrong type', () => {
    expect(itineraryOf('car', { vehicle: 42, from: '  ' }, 'zh-CN')).toMatchObject({ vehicle: null, from: null, terms: null });
    expect(itineraryOf('train', {}, 'zh-CN')).toMatchObject({ trainNo: null, seatClass: null });
  });

  it('says durations in both languages', () => {
    expect(durationText(135, 'en')).toBe('2h 15m');
    expect(durationText(120, 'zh-CN')).toBe('2小时');
    expect(durationText(45, 'zh-CN')).toBe('45分钟');
  });
});
