import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewResult } from '../../src/modules/policy/preview-policy.ts';
import { ok, policyKit, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

/**
 * A hotel rule reads the option's city through the geo directory: however a traveller or a
 * supplier writes 北京, a P5's ¥520 night is checked against the tier-1 cap of ¥500 (it used to be
 * read as an "other" city unless written in lower-case pinyin).
 */
describe('a hotel in 北京, however it is written', () => {
  const rules = [
    {
      id: 'hotel-cap',
      kind: 'hotel_nightly_cap',
      params: { bands: [{ maxRankLevel: 5, tierCapsFen: { tier1: 50_000, new_tier1: 45_000, tier2: 40_000, other: 35_000 } }] },
      action: 'warn',
    },
  ];
  const spellings = ['北京', 'BJS', 'PEK', '北京市', 'beijing', 'Beijing', 'PKX', '110000', ' 北京 '];

  it('fails a ¥520 night for a P5 against the tier-1 cap of ¥500 in every spelling', async () => {
    const sales = await k.departmentId('HC-SAL');
    const options = spellings.map((cityCode) => ({
      category: 'hotel',
      hotelName: '北京某酒店',
      cityCode,
      nightlyRateFen: 52_000,
      stars: 4,
      checkIn: '2026-06-10',
      checkOut: '2026-06-12',
    }));
    const preview = ok<PreviewResult>(
      await k.admin.post('/api/v1/policies/preview', { rules, travellers: [{ rankCode: 'P5', departmentId: sales }], options }),
    );
    expect(preview.results).toHaveLength(spellings.length);
    for (const result of preview.results) {
      const check = result.evaluation.checks.find((c) => c.ruleId === 'hotel-cap');
      expect(check, spellings[result.optionIndex]).toMatchObject({ applicable: true, passed: false, limit: 50_000, actual: 52_000 });
      expect(check?.explanation['zh-CN']).toContain('北京');
      expect(check?.explanation['zh-CN']).toContain('一线城市');
      expect(check?.explanation.en).toContain('Beijing');
    }
  });

  it('a per-city cap written with the city’s name applies to its codes too', async () => {
    const sales = await k.departmentId('HC-SAL');
    const withCityCap = [
      {
        ...rules[0],
        params: {
          bands: [{ tierCapsFen: { tier1: 50_000, new_tier1: 45_000, tier2: 40_000, other: 35_000 }, cityCapsFen: { 上海: 60_000 } }],
        },
      },
    ];
    const options = ['shanghai', 'SHA', 'PVG', '上海市'].map((cityCode) => ({
      category: 'hotel',
      hotelName: '上海某酒店',
      cityCode,
      nightlyRateFen: 55_000,
      stars: 4,
      checkIn: '2026-06-10',
      checkOut: '2026-06-11',
    }));
    const preview = ok<PreviewResult>(
      await k.admin.post('/api/v1/policies/preview', {
        rules: withCityCap,
        travellers: [{ rankCode: 'P5', departmentId: sales }],
        options,
      }),
    );
    for (const result of preview.results) expect(result.evaluation.checks[0]).toMatchObject({ passed: true, limit: 60_000 });
  });
});
