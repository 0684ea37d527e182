import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePolicyVersion, type Rule } from '../../src/modules/policy/engine/index.ts';
import type { PolicyDetail, PolicySummary, VersionView } from '../../src/modules/policy/policy-types.ts';
import type { ResolvedPolicy } from '../../src/modules/policy/resolve-travel-policy.ts';
import { ok, policyKit, type Caller, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const reasonCodes = [{ code: 'OTHER', label: { 'zh-CN': '其他', en: 'Other' } }];

describe('the demo policies', () => {
  it.each(['huachen', 'yunfan'] as const)(
    '%s: a published default with a stricter draft, an executive policy, valid rules',
    async (tenant) => {
      const caller: Caller = tenant === 'huachen' ? k.admin : k.yunfanAdmin;
      const { items } = ok<{ items: PolicySummary[] }>(await caller.get('/api/v1/policies'));
      const standard = items.find((p) => p.name === '标准差旅政策');
      const executive = items.find((p) => p.name === '高管差旅政策');
      expect(standard).toMatchObject({ status: 'active', published: { version: 1 }, draft: { version: 2 } });
      expect(standard?.assignments).toEqual([
        expect.objectContaining({ departmentId: null, rankCodes: [], minRankLevel: null, maxRankLevel: null }),
      ]);
      expect(executive).toMatchObject({ status: 'active', published: { version: 1 }, draft: null });
      expect(executive?.assignments[0]?.rankCodes).toEqual(tenant === 'huachen' ? ['M4', 'M5'] : ['L9', 'L10']);

      for (const p of [standard, executive]) {
        const detail = ok<PolicyDetail>(await caller.get(`/api/v1/policies/${p?.id}`));
        for (const v of detail.versions) {
          const version = ok<VersionView>(await caller.get(`/api/v1/policies/${p?.id}/versions/${v.versionId}`));
          expect(validatePolicyVersion({ rules: version.rules, reasonCodes }), `${p?.name} v${v.version}`).toEqual([]);
        }
      }
      const v1 = ok<VersionView>(await caller.get(`/api/v1/policies/${standard?.id}/versions/${standard?.published?.versionId}`));
      const rules = v1.rules as Rule[];
      expect(new Set(rules.map((r) => r.kind))).toEqual(
        new Set([
          'flight_cabin',
          'flight_price_cap',
          'flight_lowest_fare_window',
          'flight_advance_booking',
          'hotel_nightly_cap',
          'hotel_star',
          'train_seat',
          'car_service_level',
          'car_ride_cap',
          'car_hours',
        ]),
      );
      const hotel = rules.find((r) => r.kind === 'hotel_nightly_cap');
      expect(hotel?.kind === 'hotel_nightly_cap' && hotel.params.bands[0]?.tierCapsFen).toEqual({
        tier1: 60_000,
        new_tier1: 50_000,
        tier2: 40_000,
        other: 35_000,
      });
      expect(hotel?.kind === 'hotel_nightly_cap' && hotel.params.peakSeasons?.map((s) => s.name)).toEqual(
        expect.arrayContaining(['2026年春季广交会', '2026年秋季广交会']),
      );
    },
  );

  it('the executives resolve to the executive policy, everybody else to the default', async () => {
    const exec = await k.employeeOf('executive@yunfan.example.com');
    const traveller = await k.employeeOf('traveller@yunfan.example.com');
    const resolve = async (employeeId: string) => ok<ResolvedPolicy>(await k.yunfanAdmin.get('/api/v1/policies/resolve', { employeeId }));
    expect((await resolve(exec.id)).policy?.name).toBe('高管差旅政策');
    expect((await resolve(traveller.id)).policy?.name).toBe('标准差旅政策');
    const counts = await k.t.db.database.query<{ n: number }>(
      `select count(*)::int as n from employees e join ranks r on r.tenant_id = e.tenant_id and r.code = e.rank where r.level >= 9`,
    );
    expect(counts[0]?.n).toBeGreaterThan(0);
  });
});
