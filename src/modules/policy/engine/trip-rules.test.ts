import { describe, expect, it } from 'vitest';
import type { Rule } from './rule-types.ts';
import { car, checkOf, flight, hotel, train } from './testing/fixtures.ts';

describe('trip_daily_budget', () => {
  const rule: Rule = { id: 'budget', kind: 'trip_daily_budget', action: 'require_approval', params: { maxFenPerDay: 100_000 } };

  it('caps the trip’s cost per day for every category', () => {
    expect(checkOf(rule, hotel({ tripDailyCostFen: 100_000 }))).toMatchObject({ passed: true, difference: 0 });
    const c = checkOf(rule, flight({ tripDailyCostFen: 120_000 }));
    expect(c).toMatchObject({ passed: false, difference: 20_000 });
    expect(c.explanation['zh-CN']).toBe('行程日均费用 ¥1,200.00 超过每日预算 ¥1,000.00，超出 ¥200.00');
    expect(c.explanation.en).toBe("The trip's daily cost ¥1,200.00 is above the daily budget of ¥1,000.00 by ¥200.00");
  });

  it('fails closed without the daily cost (missing data), and skips categories it is not for', () => {
    expect(checkOf(rule, car())).toMatchObject({ applicable: true, passed: false, dataMissing: true });
    const scoped: Rule = { id: 'budget', kind: 'trip_daily_budget', action: 'block', params: { maxFenPerDay: 1, categories: ['hotel'] } };
    const c = checkOf(scoped, flight({ tripDailyCostFen: 999_999 }));
    expect(c).toMatchObject({ applicable: false, passed: true });
    expect(c.explanation['zh-CN']).toBe('本规则仅适用于酒店，不适用于机票');
    expect(c.explanation.en).toBe('This rule applies only to hotels, not to flights');
  });
});

describe('trip_requires_approved_request', () => {
  const rule: Rule = { id: 'req', kind: 'trip_requires_approved_request', action: 'block', params: {} };

  it('passes a matched request and fails a missing or unknown one', () => {
    expect(checkOf(rule, flight({ matchedApprovedRequest: true }))).toMatchObject({
      passed: true,
      limit: true,
      actual: true,
      unit: 'boolean',
    });
    expect(checkOf(rule, flight({ matchedApprovedRequest: false }))).toMatchObject({ passed: false });
    const c = checkOf(rule, train());
    expect(c).toMatchObject({ applicable: true, passed: false, actual: false });
    expect(c.explanation['zh-CN']).toContain('未关联审批通过的出差申请');
  });
});

describe('trip_destinations', () => {
  const allow: Rule = {
    id: 'dest',
    kind: 'trip_destinations',
    action: 'block',
    params: { mode: 'allow', countries: ['CN'], cities: ['hongkong'] },
  };
  const deny: Rule = { id: 'dest', kind: 'trip_destinations', action: 'block', params: { mode: 'deny', cities: ['sanya'] } };

  it('takes the destination from the option and cities of the tier table as in China', () => {
    expect(checkOf(allow, flight({ destination: 'shanghai' }))).toMatchObject({ passed: true, actual: 'shanghai', unit: 'city' });
    expect(checkOf(allow, hotel({ cityCode: 'hongkong' }))).toMatchObject({ passed: true });
    const abroad = checkOf(allow, flight({ destination: 'TYO', destinationCountry: 'JP' }));
    expect(abroad).toMatchObject({ passed: false, actual: 'TYO' });
    expect(abroad.explanation['zh-CN']).toBe('目的地 TYO 不在允许的目的地范围内（hongkong、CN）');
  });

  it('denies the listed cities', () => {
    const c = checkOf(deny, flight({ destination: 'sanya' }));
    expect(c).toMatchObject({ passed: false });
    expect(c.explanation.en).toBe('The destination Sanya is one of the barred destinations (Sanya)');
    expect(checkOf(deny, train({ destination: 'hangzhou' })).explanation['zh-CN']).toBe('目的地 杭州 不在禁止前往的目的地之列（三亚）');
  });

  it('uses the trip context for cars and fails closed without any destination (missing data)', () => {
    expect(checkOf(deny, car({ destinationCity: 'sanya' }))).toMatchObject({ passed: false, dataMissing: false });
    expect(checkOf(deny, car())).toMatchObject({ applicable: true, passed: false, dataMissing: true });
  });
});
