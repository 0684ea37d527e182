import { describe, expect, it } from 'vitest';
import type { HotelNightlyCapRule, Rule } from './rule-types.ts';
import { bothTexts, checkOf, hotel, traveller } from './testing/fixtures.ts';

const caps = { tier1: 60_000, new_tier1: 50_000, tier2: 40_000, other: 30_000 };
const capRule = (params: Partial<HotelNightlyCapRule['params']> = {}): Rule => ({
  id: 'hotel',
  kind: 'hotel_nightly_cap',
  action: 'warn',
  params: {
    bands: [
      { maxRankLevel: 6, tierCapsFen: caps, cityCapsFen: { shenzhen: 65_000 } },
      { minRankLevel: 7, tierCapsFen: { tier1: 100_000, new_tier1: 80_000, tier2: 70_000, other: 50_000 } },
    ],
    ...params,
  },
});

describe('hotel_nightly_cap', () => {
  it('caps by the city’s tier for the traveller’s rank band', () => {
    expect(checkOf(capRule(), hotel({ cityCode: 'chengdu', nightlyRateFen: 50_000 }))).toMatchObject({
      passed: true,
      limit: 50_000,
      difference: 0,
    });
    expect(checkOf(capRule(), hotel({ cityCode: 'xuzhou', nightlyRateFen: 45_000 }))).toMatchObject({ passed: false, limit: 40_000 });
    expect(checkOf(capRule(), hotel({ cityCode: 'lasa', nightlyRateFen: 30_001 }))).toMatchObject({
      passed: false,
      limit: 30_000,
      difference: 1,
    });
    expect(checkOf(capRule(), hotel({ nightlyRateFen: 90_000 }), traveller({ rankLevel: 8 }))).toMatchObject({
      passed: true,
      limit: 100_000,
    });
  });

  it('reads the city however it is written: 北京, 北京市, Beijing, BJS, PEK, PKX and 110000 all get the tier-1 cap', () => {
    for (const cityCode of ['北京', '北京市', 'Beijing', 'beijing', 'BJS', 'PEK', 'PKX', '110000']) {
      expect(checkOf(capRule(), hotel({ cityCode, nightlyRateFen: 61_000 })), cityCode).toMatchObject({
        passed: false,
        limit: 60_000,
        difference: 1_000,
      });
    }
    // Per-city caps and peak seasons are keyed the same way, whichever spelling the rule used.
    expect(checkOf(capRule(), hotel({ cityCode: 'SZX', nightlyRateFen: 64_000 }))).toMatchObject({ passed: true, limit: 65_000 });
    const seasons = capRule({
      peakSeasons: [{ name: '广交会', cityCodes: ['广州'], from: '2025-04-15', to: '2025-04-19', upliftPercent: 20 }],
    });
    expect(
      checkOf(seasons, hotel({ cityCode: 'CAN', checkIn: '2025-04-15', checkOut: '2025-04-16', nightlyRateFen: 72_000 })),
    ).toMatchObject({ passed: true, limit: 72_000 });
  });

  it('explains with the city, its tier and the amounts', () => {
    const c = checkOf(capRule(), hotel({ cityCode: 'guangzhou', nightlyRateFen: 65_000 }));
    expect(c.explanation['zh-CN']).toBe('酒店每晚价格 ¥650.00 超过广州（一线城市）每晚上限 ¥600.00，超出 ¥50.00');
    expect(c.explanation.en).toBe('Nightly rate ¥650.00 is above the cap for Guangzhou (tier-1 city) of ¥600.00 per night by ¥50.00');
  });

  it('uses a per-city cap in place of the tier’s', () => {
    const c = checkOf(capRule(), hotel({ cityCode: 'shenzhen', nightlyRateFen: 64_000 }));
    expect(c).toMatchObject({ passed: true, limit: 65_000 });
    expect(c.explanation['zh-CN']).toContain('深圳城市标准每晚上限 ¥650.00');
  });

  it('raises the cap for the nights in a peak season and averages over the stay (广交会 +20%)', () => {
    const rule = capRule({
      peakSeasons: [{ name: '广交会', cityCodes: ['guangzhou'], from: '2025-04-15', to: '2025-04-19', upliftPercent: 20 }],
    });
    // Nights of the 14th, 15th and 16th: 600 + 720 + 720 = 2,040 → 680 a night.
    const stay = hotel({ cityCode: 'guangzhou', checkIn: '2025-04-14', checkOut: '2025-04-17', nightlyRateFen: 68_000 });
    const c = checkOf(rule, stay);
    expect(c).toMatchObject({ passed: true, limit: 68_000 });
    expect(c.explanation['zh-CN']).toContain('广交会 +20%，2 晚');
    expect(c.explanation.en).toContain('+20% for 2 nights');
    expect(checkOf(rule, { ...stay, nightlyRateFen: 68_001 })).toMatchObject({ passed: false, difference: 1 });
    // Inside the season every night is raised; in another city none is.
    expect(checkOf(rule, hotel({ checkIn: '2025-04-15', checkOut: '2025-04-20', nightlyRateFen: 72_000 }))).toMatchObject({
      passed: true,
      limit: 72_000,
    });
    expect(checkOf(rule, hotel({ cityCode: 'beijing', checkIn: '2025-04-15', checkOut: '2025-04-20' }))).toMatchObject({ limit: 60_000 });
    // The check-out day is not a night: a stay ending on the 15th gets no uplift.
    expect(checkOf(rule, hotel({ checkIn: '2025-04-13', checkOut: '2025-04-15' }))).toMatchObject({ limit: 60_000 });
  });

  it('takes the largest uplift where seasons overlap and rounds the average down', () => {
    const rule = capRule({
      peakSeasons: [
        { name: 'A', from: '2025-05-01', to: '2025-05-01', upliftPercent: 10 },
        { name: 'B', from: '2025-05-01', to: '2025-05-02', upliftPercent: 15 },
      ],
    });
    // other tier, 300.00: nights of 1, 2 and 3 May: 345 + 345 + 300 = 990 → 330.00.
    expect(checkOf(rule, hotel({ cityCode: 'lasa', checkIn: '2025-05-01', checkOut: '2025-05-04' }))).toMatchObject({ limit: 33_000 });
    // 3 nights at 100.01 with one raised by 10%: (10001 × 2 + 11001) / 3 = 10334.33 → 10334.
    const odd = capRule({
      bands: [{ tierCapsFen: { tier1: 10_001, new_tier1: 10_001, tier2: 10_001, other: 10_001 } }],
      peakSeasons: [{ name: 'A', from: '2025-05-01', to: '2025-05-01', upliftPercent: 10 }],
    });
    expect(checkOf(odd, hotel({ checkIn: '2025-05-01', checkOut: '2025-05-04' }))).toMatchObject({ limit: 10_334 });
  });

  it('fails closed for a rank no band covers (missing data), naming the level', () => {
    const rule = capRule({ bands: [{ minRankLevel: 7, tierCapsFen: caps }] });
    const c = checkOf(rule, hotel(), traveller({ rankLevel: 3 }));
    expect(c).toMatchObject({ applicable: true, passed: false, dataMissing: true, limit: null });
    expect(bothTexts(c).every((t) => t.includes('3'))).toBe(true);
    expect(c.explanation['zh-CN']).toContain('数据缺失，按设置视为不符合');
  });
});

describe('hotel_star', () => {
  const rule: Rule = { id: 'star', kind: 'hotel_star', action: 'block', params: { maxStars: 4 } };

  it('passes up to the maximum rating and fails above it', () => {
    expect(checkOf(rule, hotel({ stars: 4 }))).toMatchObject({ passed: true, difference: 0, unit: 'stars' });
    const c = checkOf(rule, hotel({ stars: 5 }));
    expect(c).toMatchObject({ passed: false, limit: 4, actual: 5, difference: 1 });
    expect(c.explanation['zh-CN']).toBe('酒店星级 5 星 超过上限 4 星，超出 1 星');
    expect(c.explanation.en).toBe('Hotel rating 5 stars is above the limit of 4 stars by 1 star');
  });
});
