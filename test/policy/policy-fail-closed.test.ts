import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDetail, VersionView } from '../../src/modules/policy/policy-types.ts';
import type { PreviewResult } from '../../src/modules/policy/preview-policy.ts';
import type { CoverageGap, RequestPolicyCheck } from '../../src/modules/policy/index.ts';
import { newPolicy, ok, pathsOf, policyKit, refused, type PolicyKit } from './policy-test-kit.ts';

/**
 * The policy fails closed where it should: the missing-data setting over HTTP, coverage warnings
 * before and on publishing, fare caps scoped to cabins and 超标个人付 in evaluations, and travel
 * requests checked against the travellers' policies on the way to approval.
 */

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const flight = (over: Record<string, unknown> = {}) => ({
  category: 'flight',
  cabin: 'economy',
  fareFen: 120_000,
  fullEconomyFareFen: 180_000,
  businessFareFen: 450_000,
  departureAt: '2026-06-10T00:30:00Z',
  arrivalAt: '2026-06-10T03:30:00Z',
  durationMinutes: 180,
  bookingAt: '2026-06-01T02:00:00Z',
  lowestFareInWindowFen: 110_000,
  origin: 'beijing',
  destination: 'guangzhou',
  ...over,
});
const ofBusiness = { id: 'biz', kind: 'flight_price_cap', action: 'warn', params: { mode: 'percent_of_business', maxPercent: 0.5 } };

type Published = VersionView & { warnings: CoverageGap[] };

describe('the missing-data setting', () => {
  it('starts fail-closed, is saved with the draft, and refuses values it does not know', async () => {
    const p = await newPolicy(k, '缺失数据政策', [ofBusiness]);
    const draft = ok<VersionView>(await k.admin.get(`/api/v1/policies/${p.id}/versions/${p.draft?.versionId}`));
    expect(draft.missingData).toBe('fail');
    const flagged = ok<VersionView>(
      await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [ofBusiness], missingData: 'pass_flagged' }),
    );
    expect(flagged.missingData).toBe('pass_flagged');
    // Saving without the field keeps it.
    expect(ok<VersionView>(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [ofBusiness] })).missingData).toBe('pass_flagged');
    expect(
      pathsOf(refused(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [], missingData: 'maybe' }), 422, 'VALIDATION_FAILED')),
    ).toEqual(['missingData']);
    // The next draft after publishing starts from the published setting.
    ok(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {}));
    expect(ok<VersionView>(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [] })).missingData).toBe('pass_flagged');
  });

  it('decides a flight without a business fare: failing closed, or passing with the flag', async () => {
    const sales = await k.departmentId('HC-SAL');
    const body = (missingData?: string) => ({
      rules: [ofBusiness],
      ...(missingData ? { missingData } : {}),
      travellers: [{ rankCode: 'P2', departmentId: sales }],
      options: [flight({ businessFareFen: null })],
    });
    const closed = ok<PreviewResult>(await k.admin.post('/api/v1/policies/preview', body()));
    expect(closed.results[0]?.evaluation).toMatchObject({ compliant: false, outcome: 'warn', dataMissing: true, personalPayFen: 0 });
    expect(closed.results[0]?.evaluation.checks[0]).toMatchObject({
      applicable: true,
      passed: false,
      dataMissing: true,
      personalPayFen: null,
    });
    expect(closed.results[0]?.evaluation.checks[0]?.explanation['zh-CN']).toContain('数据缺失，按设置视为不符合');
    const flagged = ok<PreviewResult>(await k.admin.post('/api/v1/policies/preview', body('pass_flagged')));
    expect(flagged.results[0]?.evaluation).toMatchObject({ compliant: true, outcome: 'allow', dataMissing: true });
    expect(flagged.results[0]?.evaluation.checks[0]?.explanation.en).toContain('data missing: passed');
    refused(await k.admin.post('/api/v1/policies/preview', body('sometimes')), 422, 'VALIDATION_FAILED');
  });
});

describe('cabin scope and 超标个人付 over HTTP', () => {
  it('scopes a 7折 cap to economy and reports what the traveller pays personally', async () => {
    const sales = await k.departmentId('HC-SAL');
    const rules = [
      {
        id: 'eco',
        kind: 'flight_price_cap',
        action: 'personal_pay',
        params: { mode: 'discount_of_full_economy', maxDiscount: 0.7, cabins: ['economy'] },
      },
    ];
    const options = [flight({ cabin: 'business', fareFen: 400_000 }), flight({ fareFen: 130_000 })];
    const r = ok<PreviewResult>(
      await k.admin.post('/api/v1/policies/preview', { rules, travellers: [{ rankCode: 'P2', departmentId: sales }], options }),
    );
    expect(r.results.map((x) => [x.evaluation.compliant, x.evaluation.outcome, x.evaluation.personalPayFen])).toEqual([
      [true, 'allow', 0],
      [false, 'allow', 4_000],
    ]);
    expect(r.results[1]?.evaluation.checks[0]?.explanation['zh-CN']).toContain('¥40.00 由出行人个人支付');
  });

  it('refuses personal_pay where no cap prices it, and an unknown cabin, with their paths', async () => {
    const p = await newPolicy(k, '个人付校验政策');
    const train = { id: 't', kind: 'train_seat', action: 'personal_pay', params: { maxSeat: 'second', maxSleeper: 'hard_sleeper' } };
    expect(pathsOf(refused(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [train] }), 422, 'VALIDATION_FAILED'))).toEqual([
      'rules.0.action',
    ]);
    const cap = { id: 'c', kind: 'flight_price_cap', action: 'warn', params: { mode: 'absolute', maxFen: 1, cabins: ['coach'] } };
    const err = refused(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [cap] }), 422, 'VALIDATION_FAILED');
    expect(pathsOf(err).some((path) => path.startsWith('rules.0.params'))).toBe(true);
  });
});

describe('coverage warnings', () => {
  const juniorCabin = {
    id: 'cabin',
    kind: 'flight_cabin',
    action: 'block',
    appliesTo: { maxRankLevel: 3 },
    params: { maxCabin: 'economy' },
  };
  const everyone = [
    { id: 'h', kind: 'hotel_star', action: 'warn', params: { maxStars: 4 } },
    { id: 't', kind: 'train_seat', action: 'warn', params: { maxSeat: 'second', maxSleeper: 'hard_sleeper' } },
    { id: 'c', kind: 'car_ride_cap', action: 'warn', params: { maxFen: 30_000 } },
  ];

  it('lists the ranks a draft leaves uncovered before publishing, and again in the publish answer', async () => {
    const p: PolicyDetail = await newPolicy(k, '覆盖检查政策', [juniorCabin, ...everyone]);
    const before = ok<{ versionId: string; warnings: CoverageGap[] }>(await k.admin.get(`/api/v1/policies/${p.id}/draft/coverage`));
    expect(before.warnings.length).toBeGreaterThan(0);
    expect(before.warnings.every((w) => w.category === 'flight' && w.reason === 'no_rule' && w.rankLevel > 3)).toBe(true);
    expect(before.warnings[0]?.message['zh-CN']).toMatch(/^职级 .+没有适用的机票规则$/);
    const published = ok<Published>(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {}));
    expect(published.status).toBe('published');
    expect(published.warnings).toEqual(before.warnings);
    refused(await k.admin.get(`/api/v1/policies/${p.id}/draft/coverage`), 409, 'INVALID_STATE');

    // A default row covers the ranks nothing else lists.
    const fallback = {
      id: 'cabin-default',
      kind: 'flight_cabin',
      action: 'warn',
      appliesTo: { otherwise: true },
      params: { maxCabin: 'business' },
    };
    ok(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [juniorCabin, fallback, ...everyone] }));
    expect(ok<{ warnings: CoverageGap[] }>(await k.admin.get(`/api/v1/policies/${p.id}/draft/coverage`)).warnings).toEqual([]);
  });

  it('is for policy managers of the tenant only', async () => {
    const p = await newPolicy(k, '覆盖权限政策', [juniorCabin]);
    refused(await k.traveller.get(`/api/v1/policies/${p.id}/draft/coverage`), 403, 'FORBIDDEN');
    refused(await k.yunfanAdmin.get(`/api/v1/policies/${p.id}/draft/coverage`), 404, 'NOT_FOUND');
    refused(await k.admin.get('/api/v1/policies/not-a-uuid/draft/coverage'), 422, 'VALIDATION_FAILED');
  });
});

interface RequestJson {
  id: string;
  status: string;
  policyCheck: RequestPolicyCheck | null;
  policyReason: string | null;
}

describe('travel requests against the policy', () => {
  it('blocks a barred destination, asks a reason over the hotel cap, and keeps the check on the request', async () => {
    const standard = await k.policyNamed('标准差旅政策');
    const current = ok<VersionView>(await k.admin.get(`/api/v1/policies/${standard.id}/versions/${standard.published?.versionId}`));
    const barred = { id: 'no-sanya', kind: 'trip_destinations', action: 'block', params: { mode: 'deny', cities: ['三亚'] } };
    ok(await k.admin.put(`/api/v1/policies/${standard.id}/draft`, { rules: [...current.rules, barred] }));
    ok(await k.admin.post(`/api/v1/policies/${standard.id}/publish`, {}));

    const create = async (toCity: string, hotelYuan: number) =>
      ok<RequestJson>(
        await k.traveller.post('/api/v1/travel-requests', {
          purpose: '客户拜访',
          itinerary: [{ fromCity: '北京', toCity, departDate: '2030-05-10', returnDate: '2030-05-12' }],
          estimate: { flight: 0, hotel: hotelYuan * 100, train: 0, car: 0, other: 0 },
        }),
        201,
      );
    const detail = async (id: string) => ok<RequestJson>(await k.traveller.get(`/api/v1/travel-requests/${id}`));

    const sanya = await create('三亚', 600);
    const shown = await detail(sanya.id);
    expect(shown.policyCheck).toMatchObject({ outcome: 'block', compliant: false });
    const dest = shown.policyCheck?.travellers[0]?.stays[0]?.evaluation.checks.find((c) => c.ruleId === 'no-sanya');
    expect(dest?.explanation['zh-CN']).toBe('目的地 三亚 属于禁止前往的目的地（三亚）');
    const blocked = refused(await k.traveller.post(`/api/v1/travel-requests/${sanya.id}/submit`, {}), 422, 'POLICY_BLOCKED');
    expect(blocked.details).toHaveProperty('policyCheck');
    expect((await detail(sanya.id)).status).toBe('draft');

    // Shanghai is tier 1: two nights at ¥1,000 estimated against the staff cap of ¥600.
    const shanghai = await create('上海', 2_000);
    const draft = await detail(shanghai.id);
    expect(draft.policyCheck).toMatchObject({ outcome: 'warn', requiresReasonCode: true, nightlyRateFen: 100_000 });
    const cap = draft.policyCheck?.travellers[0]?.stays[0]?.evaluation.checks.find((c) => c.kind === 'hotel_nightly_cap');
    expect(cap).toMatchObject({ passed: false, actual: 100_000 });
    expect(cap?.explanation.en).toContain('Shanghai');
    refused(await k.traveller.post(`/api/v1/travel-requests/${shanghai.id}/submit`, {}), 422, 'REASON_REQUIRED');
    refused(
      await k.traveller.post(`/api/v1/travel-requests/${shanghai.id}/submit`, { policyReason: 'x'.repeat(501) }),
      422,
      'VALIDATION_FAILED',
    );
    const submitted = ok<RequestJson>(
      await k.traveller.post(`/api/v1/travel-requests/${shanghai.id}/submit`, { policyReason: '会场酒店' }),
    );
    expect(submitted.status).not.toBe('draft');
    expect(submitted.policyReason).toBe('会场酒店');
    expect(submitted.policyCheck).toMatchObject({ outcome: 'warn' });

    // Within the cap: nothing to explain away.
    const modest = await create('上海', 800);
    expect((await detail(modest.id)).policyCheck).toMatchObject({ outcome: 'allow', compliant: true });
    expect(ok<RequestJson>(await k.traveller.post(`/api/v1/travel-requests/${modest.id}/submit`, {})).policyReason).toBeNull();
  });
});
