import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlightOption, HotelOption } from '../../policy/index.ts';
import { cityKey } from './city-key.ts';
import { intentOfOption, nightsOf, type OrderIntent } from './order-intent.ts';
import { type CoverableRequest, coverageOf } from './request-coverage.ts';

const request: CoverableRequest = {
  status: 'approved',
  travellerIds: ['t1', 't2'],
  itinerary: [
    { fromCity: '上海', toCity: '北京', departDate: '2030-03-10', returnDate: null },
    { fromCity: '北京', toCity: '天津市', departDate: '2030-03-12', returnDate: '2030-03-14' },
  ],
  estimate: { flight: 200_000, hotel: 150_000, train: 20_000, car: 0, other: 10_000 },
};

const flight = (over: Partial<OrderIntent> = {}): OrderIntent => ({
  travellerId: 't1',
  category: 'flight',
  amountFen: 120_000,
  cities: ['SHA', 'BJS'],
  startDate: '2030-03-10',
  endDate: '2030-03-10',
  ...over,
});
const failed = (r: CoverableRequest, i: OrderIntent, spent = 0) =>
  coverageOf(r, i, spent)
    .checks.filter((c) => !c.pass)
    .map((c) => c.check);

describe('city keys', () => {
  it('one key for a city however it is named', () => {
    for (const name of ['上海', '上海市', ' shanghai ', 'Shanghai', 'SHA', 'sha']) expect(cityKey(name)).toBe('shanghai');
    expect(cityKey('天津市')).toBe(cityKey('tianjin'));
    expect(cityKey('昆山市')).toBe('昆山');
    expect(cityKey('XYZ')).toBe('xyz');
  });
});

describe('coverage of an order by an approved travel request', () => {
  it('covers an order inside every bound, each check explained in both languages', () => {
    const c = coverageOf(request, flight());
    expect(c.covered).toBe(true);
    expect(c.checks.map((x) => x.check)).toEqual(['status', 'traveller', 'dates', 'cities', 'amount']);
    expect(c.checks.find((x) => x.check === 'amount')?.explanation).toEqual({
      'zh-CN': '机票 ¥1,200.00 未超过申请预估 ¥2,000.00',
      en: 'flights ¥1,200.00 within the request’s estimate of ¥2,000.00',
    });
  });

  it('names each bound an order leaves', () => {
    expect(failed({ ...request, status: 'approving' }, flight())).toEqual(['status']);
    expect(failed({ ...request, status: 'completed' }, flight())).toEqual(['status']);
    expect(failed(request, flight({ travellerId: 'stranger' }))).toEqual(['traveller']);
    expect(failed(request, flight({ startDate: '2030-03-09', endDate: '2030-03-09' }))).toEqual(['dates']);
    expect(failed(request, flight({ startDate: '2030-03-15', endDate: '2030-03-15' }))).toEqual(['dates']);
    expect(failed(request, flight({ cities: ['SHA', 'CAN'] }))).toEqual(['cities']);
    expect(failed(request, flight({ amountFen: 200_001 }))).toEqual(['amount']);
  });

  it('names the cities as a reader knows them, whatever form the option and the request use', () => {
    const cities = (intent: OrderIntent) => coverageOf(request, intent).checks.find((x) => x.check === 'cities')?.explanation;
    // IATA codes on the option, '天津市' on the request: each city once, by its name.
    expect(cities(flight())).toEqual({
      'zh-CN': '上海、北京 在申请行程（上海、北京、天津）中',
      en: 'Shanghai, Beijing are on the itinerary (Shanghai, Beijing, Tianjin)',
    });
    expect(cities(flight({ cities: ['SHA', 'CAN'] }))).toEqual({
      'zh-CN': '广州 不在申请行程（上海、北京、天津）中',
      en: 'Guangzhou is not on the itinerary (Shanghai, Beijing, Tianjin)',
    });
    expect(cities(flight({ cities: ['SHA', '拉萨'] }))).toEqual({
      'zh-CN': '拉萨 不在申请行程（上海、北京、天津）中',
      en: 'Lhasa is not on the itinerary (Shanghai, Beijing, Tianjin)',
    });
    expect(cities(flight({ cities: ['SHA', '阿尔卑斯'] }))?.en).toBe('阿尔卑斯 is not on the itinerary (Shanghai, Beijing, Tianjin)');
  });

  it('counts what the request’s orders already spent in the category', () => {
    expect(coverageOf(request, flight({ amountFen: 80_000 }), 120_000).covered).toBe(true);
    const over = coverageOf(request, flight({ amountFen: 80_001 }), 120_000);
    expect(over.covered).toBe(false);
    expect(over.checks.find((x) => x.check === 'amount')?.explanation['zh-CN']).toBe(
      '机票 ¥2,000.01（含已预订 ¥1,200.00）超出申请预估 ¥2,000.00，超出 ¥0.01',
    );
  });

  it('a hotel must be in a destination, its stay within the trip; a category without estimate covers nothing', () => {
    const hotel = (over: Partial<OrderIntent>): OrderIntent => ({
      travellerId: 't2',
      category: 'hotel',
      amountFen: 60_000,
      cities: ['beijing'],
      startDate: '2030-03-10',
      endDate: '2030-03-12',
      ...over,
    });
    expect(coverageOf(request, hotel({})).covered).toBe(true);
    expect(coverageOf(request, hotel({ cities: ['tianjin'], startDate: '2030-03-12', endDate: '2030-03-14' })).covered).toBe(true);
    expect(failed(request, hotel({ cities: ['上海'] }))).toEqual(['cities']);
    expect(failed(request, hotel({ endDate: '2030-03-15' }))).toEqual(['dates']);
    expect(failed(request, { ...hotel({}), category: 'car', cities: [] })).toEqual(['amount']);
  });

  it('property: raising the estimate never uncovers an order, lowering what was spent never uncovers it', () => {
    fc.assert(
      fc.property(fc.nat(500_000), fc.nat(500_000), fc.nat(500_000), fc.nat(500_000), (amount, estimate, extra, spent) => {
        const base = { ...request, estimate: { ...request.estimate, flight: estimate } };
        const richer = { ...request, estimate: { ...request.estimate, flight: estimate + extra } };
        const intent = flight({ amountFen: amount });
        if (coverageOf(base, intent, spent).covered) {
          expect(coverageOf(richer, intent, spent).covered).toBe(true);
          expect(coverageOf(base, intent, Math.max(0, spent - extra)).covered).toBe(true);
        }
      }),
    );
  });
});

describe('the order an option would make', () => {
  it('a flight: its China departure date, cities and fare', () => {
    const option: FlightOption = {
      category: 'flight',
      cabin: 'economy',
      fareFen: 98_000,
      fullEconomyFareFen: 150_000,
      businessFareFen: null,
      departureAt: '2030-03-09T17:30:00Z',
      arrivalAt: '2030-03-09T19:45:00Z',
      durationMinutes: 135,
      bookingAt: '2030-03-01T02:00:00Z',
      lowestFareInWindowFen: null,
      origin: 'SHA',
      destination: 'BJS',
    };
    expect(intentOfOption(option, 't1')).toEqual({
      travellerId: 't1',
      category: 'flight',
      amountFen: 98_000,
      cities: ['SHA', 'BJS'],
      startDate: '2030-03-10',
      endDate: '2030-03-10',
    });
  });
  it('a hotel: the stay’s nights times the rate', () => {
    const option: HotelOption = {
      category: 'hotel',
      cityCode: 'beijing',
      nightlyRateFen: 45_000,
      stars: 4,
      checkIn: '2030-03-10',
      checkOut: '2030-03-12',
    };
    expect(intentOfOption(option, 't1')).toMatchObject({
      amountFen: 90_000,
      cities: ['beijing'],
      startDate: '2030-03-10',
      endDate: '2030-03-12',
    });
    expect(nightsOf('2030-03-10', '2030-03-10')).toBe(1);
  });
});
