import { describe, expect, it } from 'vitest';
import { searchFlights, searchHotels, searchTrains } from '../search.ts';
import { airlineByCarrier } from './airlines.ts';
import { hotelGroupBySupplier } from './hotel-brands.ts';
import { groupHotels, nightlyYuan } from './hotel-offers.ts';

const NOW = Date.parse('2026-03-02T00:00:00Z');
const hours = (minutes: number) => minutes / 60;

describe('the simulated network', () => {
  it('is deterministic: the same query gives the same offers', () => {
    const q = { originCityId: 'beijing', destinationCityId: 'shanghai', date: '2026-03-10' };
    expect(searchFlights('sim-ca', q, NOW)).toEqual(searchFlights('sim-ca', { ...q }, NOW));
    expect(searchTrains(q, NOW)).toEqual(searchTrains({ ...q }, NOW));
    const h = { cityId: 'hangzhou', checkIn: '2026-03-10', checkOut: '2026-03-12' };
    expect(searchHotels('sim-huazhu', h, NOW)).toEqual(searchHotels('sim-huazhu', { ...h }, NOW));
  });

  it('flies 北京–上海 as the airlines do: ~2 h 15, Y ~1,250 元, business 2.5–3× Y, 07:00–22:30', () => {
    const offers = ['sim-ca', 'sim-mu', 'sim-cz', 'sim-hu', 'sim-mf'].flatMap((code) =>
      searchFlights(code, { originCityId: 'beijing', destinationCityId: 'shanghai', date: '2026-03-10' }, NOW),
    );
    expect(new Set(offers.map((o) => o.flightNo)).size).toBeGreaterThan(20);
    for (const o of offers) {
      expect(['PEK', 'PKX']).toContain(o.originAirport);
      expect(['PVG', 'SHA']).toContain(o.destinationAirport);
      expect(hours(o.durationMinutes)).toBeGreaterThanOrEqual(2);
      expect(hours(o.durationMinutes)).toBeLessThanOrEqual(2.5);
      expect(o.fullEconomyFareFen).toBeGreaterThanOrEqual(115_000);
      expect(o.fullEconomyFareFen).toBeLessThanOrEqual(135_000);
      expect(o.fullEconomyFareFen % 1000).toBe(0);
      if (o.businessFareFen !== null) {
        expect(o.businessFareFen / o.fullEconomyFareFen).toBeGreaterThanOrEqual(2.45);
        expect(o.businessFareFen / o.fullEconomyFareFen).toBeLessThanOrEqual(3.05);
      }
      const chinaMinute = (Date.parse(o.departureAt) / 60_000 + 8 * 60) % 1440;
      expect(chinaMinute).toBeGreaterThanOrEqual(7 * 60);
      expect(chinaMinute).toBeLessThanOrEqual(22 * 60 + 30);
      expect(chinaMinute % 5).toBe(0);
    }
    expect(offers.some((o) => o.cabin === 'business')).toBe(true);
    expect(offers.some((o) => o.cabin === 'economy' && o.priceFen < o.fullEconomyFareFen)).toBe(true);
  });

  it('prices 北京–广州 ~1,700 元 and 上海–成都 ~1,600 元 full economy', () => {
    const [bjCan] = searchFlights('sim-cz', { originCityId: 'guangzhou', destinationCityId: 'beijing', date: '2026-03-10' }, NOW);
    const [shCtu] = searchFlights('sim-mu', { originCityId: 'shanghai', destinationCityId: 'chengdu', date: '2026-03-10' }, NOW);
    expect(bjCan?.fullEconomyFareFen).toBeGreaterThan(160_000);
    expect(bjCan?.fullEconomyFareFen).toBeLessThan(180_000);
    expect(shCtu?.fullEconomyFareFen).toBeGreaterThan(150_000);
    expect(shCtu?.fullEconomyFareFen).toBeLessThan(170_000);
    expect(airlineByCarrier('CA')?.hubs[0]).toBe('beijing');
  });

  it('runs G trains 北京南→上海虹桥 in 4.5–6 h at 12306 fares', () => {
    const offers = searchTrains({ originCityId: 'beijing', destinationCityId: 'shanghai', date: '2026-03-10' }, NOW);
    const g = offers.filter((o) => o.trainType === 'G');
    expect(g.length).toBeGreaterThan(10);
    for (const o of g) {
      expect(o.originStation).toBe('北京南');
      expect(o.destinationStation).toBe('上海虹桥');
      expect(hours(o.durationMinutes)).toBeGreaterThanOrEqual(4.5);
      expect(hours(o.durationMinutes)).toBeLessThanOrEqual(6);
      if (o.seatClass === 'second') expect(o.priceFen / 100).toBeGreaterThan(550);
      if (o.seatClass === 'second') expect(o.priceFen / 100).toBeLessThan(700);
      expect(/^G\d{1,4}$/.test(o.trainNo)).toBe(true);
    }
    const second = g.find((o) => o.seatClass === 'second' && o.trainNo === 'G1');
    const first = g.find((o) => o.seatClass === 'first' && o.trainNo === 'G1');
    if (second && first) expect(first.priceFen / second.priceFen).toBeCloseTo(1.6, 1);
  });

  it('prices hotels by brand, city tier and season', () => {
    const group = hotelGroupBySupplier('sim-huazhu');
    if (!group) throw new Error('no 华住');
    const ji = (city: string) => groupHotels(group, city).find((h) => h.brand.key === 'ji');
    const [bj, other] = [ji('beijing'), ji('xuzhou')];
    if (!bj || !other) throw new Error('no 全季');
    const weekday = '2026-03-10';
    expect(nightlyYuan(bj, weekday) / bj.locationFactor).toBeGreaterThan(nightlyYuan(other, weekday) / other.locationFactor);
    // A Saturday night, a summer night and 国庆 cost more than a Tuesday in March.
    expect(nightlyYuan(bj, '2026-03-14')).toBeGreaterThan(nightlyYuan(bj, weekday) * 1.05);
    expect(nightlyYuan(bj, '2026-07-14')).toBeGreaterThan(nightlyYuan(bj, weekday) * 1.03);
    expect(nightlyYuan(bj, '2025-10-02')).toBeGreaterThan(nightlyYuan(bj, weekday) * 1.3);
    expect(groupHotels(group, 'beijing').length).toBeGreaterThan(groupHotels(group, 'xuzhou').length);
    expect(bj.name['zh-CN']).toMatch(/^全季酒店\(北京.+店\)$/);
    const hanting = groupHotels(group, 'beijing').find((h) => h.brand.key === 'hanting');
    expect(hanting?.brand.stars).toBeLessThan(bj.brand.stars);
  });
});
