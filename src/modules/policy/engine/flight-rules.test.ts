import { describe, expect, it } from 'vitest';
import type { FlightCabinRule, FlightPriceCapParams, Rule } from './rule-types.ts';
import { bothTexts, checkOf, flight } from './testing/fixtures.ts';

const cabinRule = (params: FlightCabinRule['params']): Rule => ({ id: 'cabin', kind: 'flight_cabin', action: 'require_approval', params });
const priceRule = (params: FlightPriceCapParams): Rule => ({ id: 'price', kind: 'flight_price_cap', action: 'warn', params });

describe('flight_cabin', () => {
  const rule = cabinRule({ maxCabin: 'economy', longFlight: { aboveMinutes: 240, maxCabin: 'business' } });

  it('passes the highest cabin allowed and fails one above, by the number of classes', () => {
    expect(checkOf(rule, flight({ cabin: 'economy' }))).toMatchObject({
      applicable: true,
      passed: true,
      limit: 'economy',
      actual: 'economy',
      difference: 0,
      unit: 'cabin',
    });
    const over = checkOf(rule, flight({ cabin: 'first' }));
    expect(over).toMatchObject({ passed: false, limit: 'economy', actual: 'first', difference: 3 });
    expect(over.explanation['zh-CN']).toBe(
      '所选舱位为头等舱，高于上限经济舱，超出 3 级（飞行时长 180 分钟，未超过长航线放宽条件 240 分钟）',
    );
    expect(over.explanation.en).toBe(
      'First is above the highest cabin allowed (economy) by 3 classes (the flight time of 180 minutes is not over the 240 minutes that raise the limit)',
    );
  });

  it('raises the limit only above the long-flight minutes', () => {
    expect(checkOf(rule, flight({ cabin: 'business', durationMinutes: 240 }))).toMatchObject({ passed: false, limit: 'economy' });
    const long = checkOf(rule, flight({ cabin: 'business', durationMinutes: 241 }));
    expect(long).toMatchObject({ passed: true, limit: 'business', difference: 0 });
    expect(long.explanation['zh-CN']).toContain('飞行时长 241 分钟，超过 240 分钟');
    expect(long.explanation.en).toContain('241 minutes is over 240 minutes');
    expect(checkOf(rule, flight({ cabin: 'first', durationMinutes: 600 }))).toMatchObject({
      passed: false,
      limit: 'business',
      difference: 1,
    });
  });

  it('ignores an exception that would lower the limit', () => {
    const r = cabinRule({ maxCabin: 'business', longFlight: { aboveMinutes: 60, maxCabin: 'economy' } });
    expect(checkOf(r, flight({ cabin: 'business', durationMinutes: 300 }))).toMatchObject({ passed: true, limit: 'business' });
  });

  it('names cabins in Chinese and says how far below the limit a passing cabin is', () => {
    const c = checkOf(cabinRule({ maxCabin: 'business' }), flight({ cabin: 'premium_economy' }));
    expect(c.explanation['zh-CN']).toBe('所选舱位为超级经济舱，符合上限公务舱，低 1 级');
    expect(c.explanation.en).toBe('Premium economy is within the highest cabin allowed (business), 1 class below it');
  });
});

describe('flight_price_cap', () => {
  it('caps at a discount of the full economy fare (7折), the example sentence in both languages', () => {
    const rule = priceRule({ mode: 'discount_of_full_economy', maxDiscount: 0.7 });
    const c = checkOf(rule, flight({ fareFen: 158_000, fullEconomyFareFen: 180_000 }));
    expect(c).toMatchObject({ passed: false, limit: 126_000, actual: 158_000, difference: 32_000, unit: 'fen' });
    expect(c.explanation['zh-CN']).toBe('机票价格 ¥1,580.00 超过全价经济舱 7 折上限 ¥1,260.00，超出 ¥320.00');
    expect(c.explanation.en).toBe('Fare ¥1,580.00 is above the cap of 70% of the full economy fare (¥1,260.00) by ¥320.00');
  });

  it('passes a fare exactly at the cap and fails one fen above', () => {
    const rule = priceRule({ mode: 'discount_of_full_economy', maxDiscount: 0.7 });
    const at = checkOf(rule, flight({ fareFen: 126_000, fullEconomyFareFen: 180_000 }));
    expect(at).toMatchObject({ passed: true, difference: 0 });
    expect(at.explanation['zh-CN']).toContain('与上限持平');
    expect(checkOf(rule, flight({ fareFen: 126_001, fullEconomyFareFen: 180_000 }))).toMatchObject({ passed: false, difference: 1 });
  });

  it('rounds the cap to the nearest fen, halves up (0.75 × ¥123.45 = ¥92.5875 → ¥92.59)', () => {
    const rule = priceRule({ mode: 'discount_of_full_economy', maxDiscount: 0.75 });
    expect(checkOf(rule, flight({ fareFen: 9_259, fullEconomyFareFen: 12_345 }))).toMatchObject({ passed: true, limit: 9_259 });
    expect(checkOf(rule, flight({ fareFen: 9_259, fullEconomyFareFen: 12_345 })).explanation['zh-CN']).toContain('7.5 折');
  });

  it('caps at a share of the same flight’s business fare (不高于公务舱8折)', () => {
    const rule = priceRule({ mode: 'percent_of_business', maxPercent: 0.8 });
    const c = checkOf(rule, flight({ fareFen: 400_000, businessFareFen: 450_000 }));
    expect(c).toMatchObject({ passed: false, limit: 360_000, difference: 40_000 });
    expect(c.explanation['zh-CN']).toBe('机票价格 ¥4,000.00 超过同航班公务舱价格 8 折上限 ¥3,600.00，超出 ¥400.00');
    expect(c.explanation.en).toBe("Fare ¥4,000.00 is above the cap of 80% of this flight's business fare (¥3,600.00) by ¥400.00");
  });

  it('fails closed on a flight without a business fare (missing data)', () => {
    const c = checkOf(priceRule({ mode: 'percent_of_business', maxPercent: 0.8 }), flight({ businessFareFen: null, fareFen: 99_900 }));
    expect(c).toMatchObject({ applicable: true, passed: false, dataMissing: true, limit: null, actual: 99_900, difference: null });
    expect(c.explanation['zh-CN']).toContain('没有公务舱价格');
    expect(c.explanation.en).toContain('no business fare');
  });

  it('caps at a fixed amount', () => {
    const rule = priceRule({ mode: 'absolute', maxFen: 150_000 });
    const pass = checkOf(rule, flight({ fareFen: 123_456 }));
    expect(pass).toMatchObject({ passed: true, difference: -26_544 });
    expect(pass.explanation['zh-CN']).toBe('机票价格 ¥1,234.56 符合上限 ¥1,500.00，低于上限 ¥265.44');
    expect(pass.explanation.en).toBe('Fare ¥1,234.56 is within the cap of ¥1,500.00, ¥265.44 below it');
  });
});

describe('flight_lowest_fare_window', () => {
  const rule: Rule = { id: 'low', kind: 'flight_lowest_fare_window', action: 'warn', params: { windowMinutes: 60, toleranceFen: 10_000 } };

  it('allows the lowest fare in the window plus the tolerance', () => {
    expect(checkOf(rule, flight({ fareFen: 120_000, lowestFareInWindowFen: 110_000 }))).toMatchObject({
      passed: true,
      limit: 120_000,
      difference: 0,
    });
    const over = checkOf(rule, flight({ fareFen: 158_000, lowestFareInWindowFen: 120_000 }));
    expect(over).toMatchObject({ passed: false, limit: 130_000, difference: 28_000 });
    expect(over.explanation['zh-CN']).toBe(
      '机票价格 ¥1,580.00 超过前后 60 分钟内最低价 ¥1,200.00 加 ¥100.00 的上限 ¥1,300.00，超出 ¥280.00',
    );
    expect(over.explanation.en).toBe(
      'Fare ¥1,580.00 is above the cap of ¥1,300.00 (the lowest fare within 60 minutes either side, ¥1,200.00, plus ¥100.00) by ¥280.00',
    );
  });

  it('fails closed when the caller did not compute the lowest fare (missing data)', () => {
    const c = checkOf(rule, flight({ lowestFareInWindowFen: null }));
    expect(c).toMatchObject({ applicable: true, passed: false, dataMissing: true });
    expect(bothTexts(c).every((t) => t.includes('60'))).toBe(true);
  });
});

describe('flight_advance_booking', () => {
  const rule: Rule = { id: 'adv', kind: 'flight_advance_booking', action: 'warn', params: { minDays: 3 } };

  it('counts China-time calendar days from booking to departure', () => {
    // Booked 2025-04-12 23:30 China time (15:30Z), departing 2025-04-15 08:30 China time: 3 days.
    const c = checkOf(rule, flight({ bookingAt: '2025-04-12T15:30:00Z', departureAt: '2025-04-15T00:30:00Z' }));
    expect(c).toMatchObject({ passed: true, limit: 3, actual: 3, difference: 0, unit: 'days' });
    // Half an hour later it is already the 13th in China: 2 days.
    const late = checkOf(rule, flight({ bookingAt: '2025-04-12T16:00:00Z', departureAt: '2025-04-15T00:30:00Z' }));
    expect(late).toMatchObject({ passed: false, actual: 2, difference: -1 });
    expect(late.explanation['zh-CN']).toBe('提前 2 天预订，少于至少提前 3 天的要求，差 1 天');
    expect(late.explanation.en).toBe('Booked 2 days before departure, 1 day short of the required 3');
  });

  it('reads instants without a zone as UTC, whatever the machine’s zone', () => {
    const c = checkOf(rule, flight({ bookingAt: '2025-04-12T15:30:00', departureAt: '2025-04-15T00:30:00' }));
    expect(c).toMatchObject({ actual: 3 });
  });

  it('fails an unreadable time rather than passing it', () => {
    expect(checkOf(rule, flight({ bookingAt: 'yesterday' }))).toMatchObject({ applicable: true, passed: false });
  });

  it('explains a comfortable booking', () => {
    const c = checkOf(rule, flight({ bookingAt: '2025-04-01T02:00:00Z', departureAt: '2025-04-16T00:30:00Z' }));
    expect(c.explanation['zh-CN']).toBe('提前 15 天预订，满足至少提前 3 天的要求，多 12 天');
    expect(c.explanation.en).toBe('Booked 15 days before departure, meeting the required 3 with 12 days to spare');
  });
});
