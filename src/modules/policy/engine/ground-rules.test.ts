import { describe, expect, it } from 'vitest';
import type { CarHoursRule, Rule, TrainSeatRule } from './rule-types.ts';
import { car, checkOf, train } from './testing/fixtures.ts';

const seatRule = (params: TrainSeatRule['params']): Rule => ({ id: 'seat', kind: 'train_seat', action: 'warn', params });
const hoursRule = (purposes: CarHoursRule['params']['purposes']): Rule => ({
  id: 'hours',
  kind: 'car_hours',
  action: 'block',
  params: { purposes },
});

describe('train_seat', () => {
  const rule = seatRule({
    maxSeat: 'second',
    maxSleeper: 'hard_sleeper',
    exception: { overnight: true, aboveMinutes: 360, maxSeat: 'first', maxSleeper: 'soft_sleeper' },
  });

  it('compares seats with the highest seat and berths with the highest berth', () => {
    expect(checkOf(rule, train({ seatClass: 'second' }))).toMatchObject({ passed: true, limit: 'second', unit: 'seat_class' });
    const c = checkOf(rule, train({ seatClass: 'business' }));
    expect(c).toMatchObject({ passed: false, limit: 'second', actual: 'business', difference: 2 });
    expect(c.explanation['zh-CN']).toBe('所选席别为商务座，高于上限二等座，超出 2 级');
    expect(c.explanation.en).toBe('Business class is above the highest seat allowed (second class) by 2 classes');
    expect(checkOf(rule, train({ seatClass: 'hard_seat', trainType: 'K' }))).toMatchObject({ passed: true, difference: -1 });
    expect(checkOf(rule, train({ trainType: 'Z', seatClass: 'soft_sleeper', durationMinutes: 300 }))).toMatchObject({
      passed: false,
      limit: 'hard_sleeper',
    });
  });

  it('raises both limits on overnight trains and journeys over the minutes', () => {
    const night = checkOf(rule, train({ trainType: 'Z', seatClass: 'soft_sleeper', overnight: true }));
    expect(night).toMatchObject({ passed: true, limit: 'soft_sleeper' });
    expect(night.explanation['zh-CN']).toBe('所选铺位为软卧，符合上限软卧，与上限相同（夜间列车，适用放宽后的上限）');
    expect(checkOf(rule, train({ seatClass: 'first', durationMinutes: 360 }))).toMatchObject({ passed: false, limit: 'second' });
    const long = checkOf(rule, train({ seatClass: 'first', durationMinutes: 361 }));
    expect(long).toMatchObject({ passed: true, limit: 'first' });
    expect(long.explanation.en).toContain('361 minutes is over 360 minutes');
    expect(checkOf(rule, train({ seatClass: 'deluxe_soft_sleeper', overnight: true }))).toMatchObject({ passed: false, difference: 1 });
  });
});

describe('car_service_level and car_ride_cap', () => {
  it('compares service levels', () => {
    const rule: Rule = { id: 'lvl', kind: 'car_service_level', action: 'warn', params: { maxLevel: 'comfort' } };
    expect(checkOf(rule, car({ serviceLevel: 'comfort' }))).toMatchObject({ passed: true, unit: 'service_level' });
    const c = checkOf(rule, car({ serviceLevel: 'business' }));
    expect(c).toMatchObject({ passed: false, difference: 1 });
    expect(c.explanation['zh-CN']).toBe('所选车型为商务型，高于上限舒适型，超出 1 级');
  });

  it('caps the estimated fare of a ride', () => {
    const rule: Rule = { id: 'cap', kind: 'car_ride_cap', action: 'warn', params: { maxFen: 15_000 } };
    expect(checkOf(rule, car({ estimatedFareFen: 15_000 }))).toMatchObject({ passed: true, difference: 0 });
    const c = checkOf(rule, car({ estimatedFareFen: 18_000 }));
    expect(c).toMatchObject({ passed: false, difference: 3_000 });
    expect(c.explanation['zh-CN']).toBe('用车预估费用 ¥180.00 超过单次上限 ¥150.00，超出 ¥30.00');
    expect(c.explanation.en).toBe('Estimated fare ¥180.00 is above the per-ride cap of ¥150.00 by ¥30.00');
  });
});

describe('car_hours', () => {
  const rule = hoursRule([{ purpose: 'overtime', windows: [{ from: '21:00', to: '06:00' }] }, { purpose: 'airport_transfer' }]);
  // China time is UTC+8: 13:00Z is 21:00 in Beijing.
  const at = (utc: string) => `2025-04-10T${utc}:00Z`;

  it('allows overtime rides from 21:00 up to (not including) 06:00 China time', () => {
    expect(checkOf(rule, car({ pickupAt: at('13:00') }))).toMatchObject({
      passed: true,
      limit: '21:00–06:00',
      actual: '21:00',
      unit: 'hour',
    });
    expect(checkOf(rule, car({ pickupAt: at('21:59') }))).toMatchObject({ passed: true, actual: '05:59' });
    expect(checkOf(rule, car({ pickupAt: at('22:00') }))).toMatchObject({ passed: false, actual: '06:00' });
    const early = checkOf(rule, car({ pickupAt: at('12:15') }));
    expect(early).toMatchObject({ passed: false, actual: '20:15' });
    expect(early.explanation['zh-CN']).toBe('加班用车的上车时间 20:15（北京时间）不在允许时段 21:00–06:00 内');
    expect(early.explanation.en).toBe("The overtime ride's pick-up at 20:15 China time is outside the allowed hours 21:00–06:00");
  });

  it('allows a purpose without windows at any time and refuses unlisted purposes', () => {
    expect(checkOf(rule, car({ purpose: 'airport_transfer', pickupAt: at('04:00') }))).toMatchObject({
      passed: true,
      limit: '00:00–24:00',
    });
    const c = checkOf(rule, car({ purpose: 'client_visit' }));
    expect(c).toMatchObject({ passed: false, limit: null });
    expect(c.explanation['zh-CN']).toBe('用车事由“拜访客户”不在允许范围内（允许：加班、接送机）');
    expect(c.explanation.en).toBe('The purpose "client visit" is not allowed for car rides (allowed: overtime, airport transfer)');
  });

  it('accepts any of several windows, including one ending at 24:00', () => {
    const r = hoursRule([
      {
        purpose: 'client_visit',
        windows: [
          { from: '09:00', to: '12:00' },
          { from: '18:00', to: '24:00' },
        ],
      },
    ]);
    expect(checkOf(r, car({ purpose: 'client_visit', pickupAt: at('15:59') }))).toMatchObject({
      passed: true,
      actual: '23:59',
      limit: '09:00–12:00, 18:00–24:00',
    });
    expect(checkOf(r, car({ purpose: 'client_visit', pickupAt: at('05:00') }))).toMatchObject({ passed: false, actual: '13:00' });
  });
});
