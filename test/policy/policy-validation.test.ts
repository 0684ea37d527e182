import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDetail, VersionView } from '../../src/modules/policy/policy-types.ts';
import { newPolicy, ok, pathsOf, policyKit, refused, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
let policy: PolicyDetail;
beforeAll(async () => {
  k = await policyKit();
  policy = await newPolicy(k, '校验测试政策');
});
afterAll(async () => {
  await k?.close();
});

const good = [
  {
    id: 'cabin',
    kind: 'flight_cabin',
    params: { maxCabin: 'economy', longFlight: { aboveMinutes: 360, maxCabin: 'business' } },
    action: 'require_approval',
  },
  {
    id: 'price',
    kind: 'flight_price_cap',
    params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 },
    action: 'warn',
    appliesTo: { maxRankLevel: 5 },
  },
  {
    id: 'hours',
    kind: 'car_hours',
    params: { purposes: [{ purpose: 'overtime', windows: [{ from: '21:00', to: '06:00' }] }] },
    action: 'block',
  },
  {
    id: 'hotel',
    kind: 'hotel_nightly_cap',
    params: {
      bands: [{ tierCapsFen: { tier1: 60000, new_tier1: 50000, tier2: 40000, other: 35000 }, cityCapsFen: { shenzhen: 70000 } }],
      peakSeasons: [{ name: '广交会', cityCodes: ['guangzhou'], from: '2026-04-14', to: '2026-05-05', upliftPercent: 50 }],
    },
    action: 'warn',
  },
  {
    id: 'business-cap',
    kind: 'flight_price_cap',
    params: { mode: 'percent_of_business', maxPercent: 0.8 },
    action: 'warn',
    appliesTo: { ranks: ['M1', 'M2'] },
  },
  { id: 'daily', kind: 'trip_daily_budget', params: { maxFenPerDay: 150000, categories: ['hotel', 'car'] }, action: 'require_approval' },
  { id: 'where', kind: 'trip_destinations', params: { mode: 'deny', countries: ['KP'] }, action: 'block' },
];
const withRule = (i: number, over: Record<string, unknown>) => good.map((r, j) => (j === i ? { ...r, ...over } : r));
const save = (rules: unknown) => k.admin.put(`/api/v1/policies/${policy.id}/draft`, { rules });
const invalid = async (rules: unknown) => pathsOf(refused(await save(rules), 422, 'VALIDATION_FAILED'));

describe('rules are validated before they are stored', () => {
  it('the engine’s validator names the problem: ranges, ids, consistency', async () => {
    expect(await invalid(withRule(1, { params: { mode: 'discount_of_full_economy', maxDiscount: 1.5 } }))).toEqual([
      'rules.1.params.maxDiscount',
    ]);
    expect(await invalid(withRule(2, { id: 'cabin' }))).toEqual(['rules.2.id']);
    expect(
      await invalid(withRule(0, { params: { maxCabin: 'business', longFlight: { aboveMinutes: 360, maxCabin: 'economy' } } })),
    ).toEqual(['rules.0.params.longFlight.maxCabin']);
    expect(await invalid(withRule(1, { appliesTo: { minRankLevel: 7, maxRankLevel: 3 } }))).toEqual(['rules.1.appliesTo']);
    expect(
      await invalid(withRule(2, { params: { purposes: [{ purpose: 'overtime', windows: [{ from: '25:00', to: '06:00' }] }] } })),
    ).toEqual(['rules.2.params.purposes.0.windows.0.from']);
    const bands = [
      { maxRankLevel: 5, tierCapsFen: { tier1: 60000, new_tier1: 50000, tier2: 40000, other: 35000 } },
      { minRankLevel: 5, tierCapsFen: { tier1: 80000, new_tier1: 65000, tier2: 55000, other: -1 } },
    ];
    // A negative cap is refused by the request schema; the overlap of the bands is the engine's, once the forms pass.
    expect(await invalid([{ id: 'hotel', kind: 'hotel_nightly_cap', params: { bands }, action: 'warn' }])).toEqual([
      'rules.0.params.bands.1.tierCapsFen.other',
    ]);
    const overlapping = [bands[0], { ...bands[1], tierCapsFen: { ...bands[1]?.tierCapsFen, other: 35000 } }];
    expect(await invalid([{ id: 'hotel', kind: 'hotel_nightly_cap', params: { bands: overlapping }, action: 'warn' }])).toEqual([
      'rules.0.params.bands.1',
    ]);
    const seasons = [
      { name: 'A', cityCodes: ['guangzhou'], from: '2026-04-14', to: '2026-05-05', upliftPercent: 50 },
      { name: 'B', from: '2026-05-01', to: '2026-05-10', upliftPercent: 20 },
    ];
    expect(
      await invalid([
        { id: 'hotel', kind: 'hotel_nightly_cap', params: { bands: bands.slice(0, 1), peakSeasons: seasons }, action: 'warn' },
      ]),
    ).toEqual(['rules.0.params.peakSeasons.1']);
    // A fraction out of range is refused by the request schema (its description explains 7折; the engine's own
    // message for it is checked in engine/validate-policy.test.ts).
    expect(await invalid(withRule(1, { params: { mode: 'discount_of_full_economy', maxDiscount: 0 } }))).toEqual([
      'rules.1.params.maxDiscount',
    ]);
  });

  it('the schema refuses wrong shapes with their paths', async () => {
    expect(await invalid(withRule(0, { kind: 'flight_teleport' }))).toContain('rules.0.kind');
    expect(await invalid(withRule(0, { params: { maxCabin: 'rocket' } }))).toContain('rules.0.params.maxCabin');
    expect(await invalid(withRule(0, { params: { maxCabin: 'economy', maxCabinn: 'business' } }))).toContain('rules.0.params');
    expect(await invalid(withRule(2, { action: 'shrug' }))).toContain('rules.2.action');
    expect(await invalid(withRule(2, { extra: true }))).toContain('rules.2');
    expect(
      await invalid(withRule(1, { params: { mode: 'discount_of_full_economy', maxDiscount: 'cheap' } })).then((p) =>
        p.some((x) => x.startsWith('rules.1.params')),
      ),
    ).toBe(true);
  });

  it('garbage never reaches the database and never fails with 500', async () => {
    const garbage: unknown[] = [
      'rules',
      null,
      {},
      [null],
      [[]],
      [{}],
      [{ id: '', kind: 'hotel_star', params: { maxStars: 4 }, action: 'warn' }],
      [{ id: 'x', kind: 'hotel_star', params: null, action: 'warn' }],
      [{ id: 'x', kind: 'hotel_star', params: [], action: 'warn' }],
      [{ id: 'x', kind: 'hotel_star', params: { maxStars: 1e308 }, action: 'warn' }],
      [{ id: 'x', kind: 'hotel_nightly_cap', params: { bands: [{ tierCapsFen: {} }] }, action: 'warn' }],
      [{ id: 'x', kind: 'trip_destinations', params: { mode: 'allow' }, action: 'block' }],
      [{ id: 'x', kind: '__proto__', params: {}, action: 'warn' }],
      Array.from({ length: 201 }, (_, i) => ({ id: `r${i}`, kind: 'hotel_star', params: { maxStars: 4 }, action: 'warn' })),
    ];
    for (const rules of garbage) {
      const res = await save(rules);
      expect(res.statusCode, `${JSON.stringify(rules).slice(0, 100)} → ${res.body.slice(0, 300)}`).toBe(422);
    }
    const draft = ok<VersionView>(await k.admin.get(`/api/v1/policies/${policy.id}/versions/${policy.versions[0]?.versionId}`));
    expect(draft.rules).toEqual([]);
  });

  it('valid rules are stored as given', async () => {
    expect(ok<VersionView>(await save(good)).rules).toEqual(good);
  });
});
