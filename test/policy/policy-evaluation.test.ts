import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/modules/policy/engine/index.ts';
import type { TravellerEvaluation } from '../../src/modules/policy/evaluate-for-traveller.ts';
import type { PreviewResult } from '../../src/modules/policy/preview-policy.ts';
import type { PolicySummary } from '../../src/modules/policy/policy-types.ts';
import { ok, pathsOf, policyKit, refused, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
let standard: PolicySummary;
beforeAll(async () => {
  k = await policyKit();
  standard = await k.policyNamed('标准差旅政策');
});
afterAll(async () => {
  await k?.close();
});

const flight = (over: Record<string, unknown> = {}) => ({
  category: 'flight',
  flightNo: 'CA1301',
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
const hotel = (over: Record<string, unknown> = {}) => ({
  category: 'hotel',
  hotelName: '广州某酒店',
  cityCode: 'guangzhou',
  nightlyRateFen: 80_000,
  stars: 4,
  checkIn: '2026-06-10',
  checkOut: '2026-06-12',
  ...over,
});
const train = (over: Record<string, unknown> = {}) => ({
  category: 'train',
  trainNo: 'G1',
  trainType: 'G',
  seatClass: 'second',
  fareFen: 66_200,
  departureAt: '2026-06-10T01:00:00Z',
  durationMinutes: 270,
  overnight: false,
  origin: 'beijing',
  destination: 'shanghai',
  ...over,
});
const car = (over: Record<string, unknown> = {}) => ({
  category: 'car',
  serviceLevel: 'comfort',
  estimatedFareFen: 8_000,
  pickupAt: '2026-06-10T14:30:00Z',
  purpose: 'overtime',
  ...over,
});

const check = (e: Evaluation | undefined, ruleId: string) => {
  const found = e?.checks.find((c) => c.ruleId === ruleId);
  if (!found) throw new Error(`no check ${ruleId}`);
  return found;
};
const explainedInBoth = (e: Evaluation) =>
  e.checks.every((c) => c.explanation['zh-CN'].length > 0 && c.explanation.en.length > 0 && /[\u4e00-\u9fff]/.test(c.explanation['zh-CN']));

describe('evaluating options for a traveller', () => {
  it('evaluates against the traveller’s published policy, explained in zh-CN and en', async () => {
    const options = [
      flight(),
      flight({ cabin: 'business', fareFen: 400_000 }),
      hotel({ checkIn: '2026-04-15', checkOut: '2026-04-17' }),
      hotel(),
      train({ seatClass: 'first' }),
      car({ pickupAt: '2026-06-10T11:00:00Z' }),
      car(),
    ];
    const res = ok<TravellerEvaluation>(await k.traveller.post('/api/v1/policies/evaluate', { options }));
    expect(res.policy).toEqual({ id: standard.id, name: '标准差旅政策' });
    expect(res.version).toEqual({ versionId: standard.published?.versionId, version: 1 });
    expect(res.evaluations).toHaveLength(options.length);
    const [cheap, business, fairHotel, juneHotel, firstClass, earlyCar, lateCar] = res.evaluations;
    expect(res.evaluations.every(explainedInBoth)).toBe(true);

    expect(cheap).toMatchObject({
      policyVersionId: standard.published?.versionId,
      compliant: true,
      outcome: 'allow',
      requiresReasonCode: false,
    });
    expect(business).toMatchObject({ compliant: false, outcome: 'require_approval', requiresReasonCode: true });
    expect(check(business, 'flight-cabin-staff')).toMatchObject({
      applicable: true,
      passed: false,
      limit: 'economy',
      actual: 'business',
      difference: 2,
      action: 'require_approval',
    });
    expect(check(business, 'flight-cabin-managers')).toMatchObject({ applicable: false, passed: true });
    expect(check(business, 'flight-price-staff')).toMatchObject({ passed: false, limit: 126_000, actual: 400_000, difference: 274_000 });
    expect(check(business, 'flight-cabin-staff').explanation['zh-CN']).toContain('经济舱');
    expect(check(business, 'flight-cabin-staff').explanation.en).toMatch(/economy/i);

    // 广交会: the tier-1 cap of ¥600 rises by 50% in Guangzhou.
    expect(check(fairHotel, 'hotel-cap')).toMatchObject({ passed: true, limit: 90_000, actual: 80_000 });
    expect(check(juneHotel, 'hotel-cap')).toMatchObject({ passed: false, limit: 60_000, actual: 80_000, difference: 20_000 });
    expect(juneHotel).toMatchObject({ outcome: 'warn', requiresReasonCode: true });
    expect(check(firstClass, 'train-seat-staff')).toMatchObject({ passed: false, limit: 'second', actual: 'first' });
    // Overtime rides only from 21:00 to 06:00 China time: 19:00 is blocked, 22:30 is fine.
    expect(earlyCar).toMatchObject({ outcome: 'block', requiresReasonCode: false });
    expect(check(earlyCar, 'car-hours').explanation['zh-CN']).toContain('21:00');
    expect(lateCar).toMatchObject({ compliant: true, outcome: 'allow' });
  });

  it('another employee needs policy.manage; an unknown one is not found', async () => {
    const exec = await k.employeeOf('executive@huachen.example.com');
    const options = [flight({ cabin: 'business', fareFen: 400_000 })];
    refused(await k.traveller.post('/api/v1/policies/evaluate', { employeeId: exec.id, options }), 403, 'FORBIDDEN');
    const asAdmin = ok<TravellerEvaluation>(await k.admin.post('/api/v1/policies/evaluate', { employeeId: exec.id, options }));
    expect(asAdmin.policy?.name).toBe('高管差旅政策');
    expect(asAdmin.evaluations[0]).toMatchObject({ compliant: true, outcome: 'allow' });
    refused(
      await k.admin.post('/api/v1/policies/evaluate', { employeeId: '00000000-0000-4000-8000-000000000000', options }),
      404,
      'NOT_FOUND',
    );
    // Operator staff have no employee of their own.
    expect(pathsOf(refused(await k.am.post('/api/v1/policies/evaluate', { options }), 422, 'VALIDATION_FAILED'))).toEqual(['employeeId']);
    expect(ok<TravellerEvaluation>(await k.am.post('/api/v1/policies/evaluate', { employeeId: exec.id, options })).policy?.name).toBe(
      '高管差旅政策',
    );
  });

  it('refuses options the engine could not read with 422, never 500', async () => {
    const bad: unknown[] = [
      { category: 'boat' },
      { ...flight(), cabin: 'cargo' },
      { ...flight(), departureAt: 'tomorrow morning' },
      { ...flight(), fareFen: -1 },
      { ...flight(), fareFen: '1200' + 'x' },
      { ...hotel(), checkIn: '2026-02-30' },
      { ...hotel(), unknownField: 1 },
      { ...car(), purpose: 'party' },
      Object.fromEntries(Object.entries(train()).filter(([key]) => key !== 'seatClass')),
      null,
      'flight',
    ];
    for (const option of bad) {
      const res = await k.traveller.post('/api/v1/policies/evaluate', { options: [option] });
      expect(res.statusCode, `${JSON.stringify(option)} → ${res.body.slice(0, 300)}`).toBe(422);
    }
    refused(await k.traveller.post('/api/v1/policies/evaluate', { options: [] }), 422, 'VALIDATION_FAILED');
    refused(
      await k.traveller.post('/api/v1/policies/evaluate', { options: Array.from({ length: 201 }, () => car()) }),
      422,
      'VALIDATION_FAILED',
    );
    const nullable = ok<TravellerEvaluation>(
      await k.traveller.post('/api/v1/policies/evaluate', { options: [flight({ businessFareFen: null, lowestFareInWindowFen: 0 })] }),
    );
    expect(check(nullable.evaluations[0], 'flight-lowest-fare')).toMatchObject({ applicable: true, limit: 20_000 });
  });
});

describe('previewing rules, versions and drafts', () => {
  // Booked four days ahead at 6.8折: fine under v1 (7折, three days), not under the stricter draft (6.5折, five days).
  const options = [flight({ fareFen: 122_400, bookingAt: '2026-06-06T02:00:00Z' })];

  it('runs a version, a policy’s draft, or unsaved rules for employees and sample travellers', async () => {
    const me = await k.employeeOf('traveller@huachen.example.com');
    const sales = await k.departmentId('HC-SAL');
    const travellers = [{ employeeId: me.id }, { rankCode: 'M2', departmentId: sales }];
    const v1 = ok<PreviewResult>(
      await k.admin.post('/api/v1/policies/preview', { versionId: standard.published?.versionId, travellers, options }),
    );
    expect(v1.results.map((r) => [r.travellerIndex, r.optionIndex, r.evaluation.compliant])).toEqual([
      [0, 0, true],
      [1, 0, true],
    ]);
    const draft = ok<PreviewResult>(await k.admin.post('/api/v1/policies/preview', { policyId: standard.id, travellers, options }));
    const [staff, manager] = draft.results.map((r) => r.evaluation);
    expect(staff).toMatchObject({ policyVersionId: standard.draft?.versionId, compliant: false, outcome: 'warn' });
    expect(check(staff, 'flight-price-staff')).toMatchObject({ passed: false, limit: 117_000 });
    expect(check(staff, 'flight-advance')).toMatchObject({ passed: false, limit: 5, actual: 4 });
    expect(check(manager, 'flight-price-staff')).toMatchObject({ applicable: false });
    expect([staff, manager].every((e) => e !== undefined && explainedInBoth(e))).toBe(true);

    const rules = [{ id: 'cap', kind: 'flight_price_cap', params: { mode: 'absolute', maxFen: 100_000 }, action: 'block' }];
    const unsaved = ok<PreviewResult>(
      await k.traveller.post('/api/v1/policies/preview', { rules, travellers: [{ rankCode: 'P2', departmentId: sales }], options }),
    );
    expect(unsaved.results[0]?.evaluation).toMatchObject({ policyVersionId: 'preview', compliant: false, outcome: 'block' });
  });

  it('checks its input: one source, limits, known travellers, valid rules, permission', async () => {
    const sales = await k.departmentId('HC-SAL');
    const travellers = [{ rankCode: 'P2', departmentId: sales }];
    const post = (body: Record<string, unknown>) => k.traveller.post('/api/v1/policies/preview', { travellers, options, ...body });
    expect(pathsOf(refused(await post({}), 422, 'VALIDATION_FAILED'))).toEqual(['rules']);
    expect(pathsOf(refused(await post({ policyId: standard.id, rules: [] }), 422, 'VALIDATION_FAILED'))).toEqual(['policyId', 'rules']);
    expect(
      pathsOf(
        refused(
          await post({ rules: [{ id: 'a', kind: 'hotel_star', params: { maxStars: 9 }, action: 'warn' }] }),
          422,
          'VALIDATION_FAILED',
        ),
      ),
    ).toEqual(['rules.0.params.maxStars']);
    const unknown = refused(
      await post({
        rules: [],
        travellers: [
          { rankCode: 'Z9', departmentId: sales },
          { rankCode: 'P1', departmentId: '00000000-0000-4000-8000-000000000000' },
        ],
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(unknown)).toEqual(['travellers.0.rankCode', 'travellers.1.departmentId']);
    refused(await post({ rules: [], travellers: Array.from({ length: 21 }, () => travellers[0]) }), 422, 'VALIDATION_FAILED');
    refused(await post({ policyId: '00000000-0000-4000-8000-000000000000' }), 404, 'NOT_FOUND');
    const exec = await k.employeeOf('executive@huachen.example.com');
    refused(await post({ rules: [], travellers: [{ employeeId: exec.id }] }), 403, 'FORBIDDEN');
    // The limit is 20 travellers × 200 options.
    const big = ok<PreviewResult>(
      await k.admin.post('/api/v1/policies/preview', {
        policyId: standard.id,
        travellers: Array.from({ length: 20 }, () => travellers[0]),
        options: Array.from({ length: 200 }, () => car()),
      }),
    );
    expect(big.results).toHaveLength(4000);
  });
});
