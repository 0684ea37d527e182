import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleArb } from './testing/arbitraries.ts';
import { validatePolicy, validatePolicyVersion } from './validate-policy.ts';

const caps = { tier1: 60_000, new_tier1: 50_000, tier2: 40_000, other: 30_000 };
const paths = (rules: unknown) => validatePolicy(rules).map((p) => p.path);

describe('validatePolicy', () => {
  it('accepts a sound policy', () => {
    expect(
      validatePolicy([
        {
          id: 'cabin',
          kind: 'flight_cabin',
          action: 'require_approval',
          appliesTo: { minRankLevel: 1, maxRankLevel: 6 },
          params: { maxCabin: 'economy', longFlight: { aboveMinutes: 240, maxCabin: 'business' } },
        },
        { id: 'price', kind: 'flight_price_cap', action: 'warn', params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 } },
        {
          id: 'hotel',
          kind: 'hotel_nightly_cap',
          action: 'warn',
          params: {
            bands: [
              { maxRankLevel: 6, tierCapsFen: caps },
              { minRankLevel: 7, tierCapsFen: caps, cityCapsFen: { shenzhen: 80_000 } },
            ],
            peakSeasons: [{ name: '广交会', cityCodes: ['guangzhou'], from: '2025-04-15', to: '2025-04-19', upliftPercent: 20 }],
          },
        },
        {
          id: 'hours',
          kind: 'car_hours',
          action: 'block',
          params: { purposes: [{ purpose: 'overtime', windows: [{ from: '21:00', to: '06:00' }] }] },
        },
        { id: 'req', kind: 'trip_requires_approved_request', action: 'block', params: {} },
      ]),
    ).toEqual([]);
  });

  it('finds discounts out of (0, 1], negative or fractional caps and unknown cabins', () => {
    expect(
      validatePolicy([{ id: 'p', kind: 'flight_price_cap', action: 'warn', params: { mode: 'discount_of_full_economy', maxDiscount: 7 } }]),
    ).toEqual([{ path: 'rules.0.params.maxDiscount', message: 'must be more than 0 and at most 1 (0.7 is 7折 / 70%)' }]);
    expect(paths([{ id: 'p', kind: 'flight_price_cap', action: 'warn', params: { mode: 'percent_of_business', maxPercent: 0 } }])).toEqual([
      'rules.0.params.maxPercent',
    ]);
    expect(validatePolicy([{ id: 'c', kind: 'car_ride_cap', action: 'warn', params: { maxFen: -100 } }])).toEqual([
      { path: 'rules.0.params.maxFen', message: 'must not be negative' },
    ]);
    expect(paths([{ id: 'c', kind: 'trip_daily_budget', action: 'warn', params: { maxFenPerDay: 12.5 } }])).toEqual([
      'rules.0.params.maxFenPerDay',
    ]);
    expect(validatePolicy([{ id: 'c', kind: 'flight_cabin', action: 'warn', params: { maxCabin: 'coach' } }])[0]?.message).toMatch(
      /unknown cabin "coach"/,
    );
    expect(
      paths([
        {
          id: 'c',
          kind: 'flight_cabin',
          action: 'warn',
          params: { maxCabin: 'business', longFlight: { aboveMinutes: 0, maxCabin: 'economy' } },
        },
      ]),
    ).toEqual(['rules.0.params.longFlight.aboveMinutes', 'rules.0.params.longFlight.maxCabin']);
  });

  it('finds overlapping peak seasons in a shared city, overlapping bands and missing tiers', () => {
    const problems = validatePolicy([
      {
        id: 'h',
        kind: 'hotel_nightly_cap',
        action: 'warn',
        params: {
          bands: [
            { maxRankLevel: 5, tierCapsFen: caps },
            { minRankLevel: 5, tierCapsFen: { tier1: 1, new_tier1: 1, tier2: 1 } },
          ],
          peakSeasons: [
            { name: '广交会', cityCodes: ['guangzhou'], from: '2025-04-15', to: '2025-04-19', upliftPercent: 20 },
            { name: '春交会', cityCodes: ['guangzhou', 'shenzhen'], from: '2025-04-19', to: '2025-04-25', upliftPercent: 10 },
            { name: 'Expo', cityCodes: ['shanghai'], from: '2025-04-10', to: '2025-04-30', upliftPercent: 10 },
            { name: 'bad', from: '2025-02-30', to: '2025-03-01', upliftPercent: 0 },
          ],
        },
      },
    ]);
    expect(problems).toEqual([
      { path: 'rules.0.params.bands.1.tierCapsFen.other', message: 'must be an amount in fen' },
      { path: 'rules.0.params.bands.1', message: 'covers rank levels that band 0 already covers (the first matching band wins)' },
      { path: 'rules.0.params.peakSeasons.3.from', message: 'must be a date YYYY-MM-DD' },
      { path: 'rules.0.params.peakSeasons.3.upliftPercent', message: 'must be a percentage above 0 and at most 1000' },
      { path: 'rules.0.params.peakSeasons.1', message: 'overlaps peak season 0 (广交会) in guangzhou' },
    ]);
  });

  it('finds duplicate ids, unknown kinds and actions, and impossible appliesTo', () => {
    expect(
      paths([
        { id: 'a', kind: 'hotel_star', action: 'warn', params: { maxStars: 4 } },
        { id: 'a', kind: 'hotel_star', action: 'hide', params: { maxStars: 6 } },
        { id: 'b', kind: 'visa', action: 'warn', params: {} },
        { id: 'c', kind: 'hotel_star', action: 'warn', appliesTo: { minRankLevel: 5, maxRankLevel: 3 }, params: { maxStars: 3 } },
        'not a rule',
      ]),
    ).toEqual(['rules.1.id', 'rules.1.action', 'rules.1.params.maxStars', 'rules.2.kind', 'rules.3.appliesTo', 'rules.4']);
    expect(paths({ rules: [] })).toEqual(['rules']);
    expect(paths([{ id: 'r', kind: 'trip_requires_approved_request', action: 'block' }])).toEqual(['rules.0.params']);
  });

  it('finds car hours and train exceptions that cannot work, and empty scopes', () => {
    expect(
      paths([
        {
          id: 'h',
          kind: 'car_hours',
          action: 'block',
          params: {
            purposes: [
              {
                purpose: 'overtime',
                windows: [
                  { from: '9:00', to: '25:00' },
                  { from: '10:00', to: '10:00' },
                ],
              },
              { purpose: 'overtime', windows: [] },
            ],
          },
        },
        {
          id: 't',
          kind: 'train_seat',
          action: 'warn',
          params: { maxSeat: 'second', maxSleeper: 'hard_sleeper', exception: { overnight: false } },
        },
        { id: 'd', kind: 'trip_destinations', action: 'block', params: { mode: 'allow', countries: ['china'], categories: [] } },
      ]),
    ).toEqual([
      'rules.0.params.purposes.0.windows.0.from',
      'rules.0.params.purposes.0.windows.0.to',
      'rules.0.params.purposes.0.windows.1',
      'rules.0.params.purposes.1.purpose',
      'rules.0.params.purposes.1.windows',
      'rules.1.params.exception',
      'rules.1.params.exception',
      'rules.2.params.countries.0',
      'rules.2.params.categories',
    ]);
  });

  it('flags lowest-fare rules with different windows', () => {
    const low = (id: string, windowMinutes: number) => ({
      id,
      kind: 'flight_lowest_fare_window',
      action: 'warn',
      params: { windowMinutes, toleranceFen: 0 },
    });
    expect(paths([low('a', 60), low('b', 60)])).toEqual([]);
    expect(paths([low('a', 60), low('b', 120)])).toEqual(['rules.1.params.windowMinutes']);
  });

  it('accepts every rule the generators make, once limits are in range (property)', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        const problems = validatePolicy([{ ...rule, id: 'r' }]).filter(
          (p) =>
            !/must be above maxCabin|raises nothing|never applies|covers rank levels|overlaps peak season|from and to are the same|applies to nobody|minRankLevel is above|is empty: leave it out/.test(
              p.message,
            ),
        );
        expect(problems).toEqual([]);
      }),
    );
  });
});

describe('validatePolicyVersion', () => {
  const warn = [{ id: 'p', kind: 'hotel_star', action: 'warn', params: { maxStars: 4 } }];
  it('asks for reason codes when a rule warns, unique and labelled in both languages', () => {
    expect(validatePolicyVersion({ rules: warn, reasonCodes: [] }).map((p) => p.path)).toEqual(['reasonCodes']);
    const codes = [
      { code: 'NO_CHEAPER', label: { 'zh-CN': '无更低价', en: 'No cheaper option' } },
      { code: 'NO_CHEAPER', label: { 'zh-CN': '', en: 'Client request' }, categories: ['boat'] },
    ];
    expect(validatePolicyVersion({ rules: warn, reasonCodes: codes }).map((p) => p.path)).toEqual([
      'reasonCodes.1.code',
      'reasonCodes.1.label.zh-CN',
      'reasonCodes.1.categories.0',
    ]);
  });
});
