import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDetail, PolicySummary } from '../../src/modules/policy/policy-types.ts';
import type { ResolvedPolicy } from '../../src/modules/policy/resolve-travel-policy.ts';
import { ok, policyKit, refused, timelineTypes, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const rules = [{ id: 'stars', kind: 'hotel_star', params: { maxStars: 3 }, action: 'require_approval' }];

describe('permissions', () => {
  it('a traveller reads policies and resolves their own, but manages nothing', async () => {
    const standard = await k.policyNamed('标准差旅政策', k.traveller);
    ok<PolicyDetail>(await k.traveller.get(`/api/v1/policies/${standard.id}`));
    const mine = ok<ResolvedPolicy>(await k.traveller.get('/api/v1/policies/resolve'));
    expect(mine.policy?.name).toBe('标准差旅政策');
    const me = await k.employeeOf('traveller@huachen.example.com');
    expect(ok<ResolvedPolicy>(await k.traveller.get('/api/v1/policies/resolve', { employeeId: me.id })).policy?.id).toBe(standard.id);
    const exec = await k.employeeOf('executive@huachen.example.com');
    const other = refused(await k.traveller.get('/api/v1/policies/resolve', { employeeId: exec.id }), 403, 'FORBIDDEN');
    expect(other.details?.permission).toBe('policy.manage');

    for (const res of [
      await k.traveller.post('/api/v1/policies', { name: '我的政策' }),
      await k.traveller.patch(`/api/v1/policies/${standard.id}`, { name: 'x' }),
      await k.traveller.put(`/api/v1/policies/${standard.id}/draft`, { rules }),
      await k.traveller.post(`/api/v1/policies/${standard.id}/publish`, {}),
      await k.traveller.del(`/api/v1/policies/${standard.id}/draft`),
      await k.traveller.put(`/api/v1/policies/${standard.id}/assignments`, { assignments: [] }),
      await k.traveller.put('/api/v1/policies/reason-codes', { items: [] }),
    ]) {
      expect(refused(res, 403, 'FORBIDDEN').details?.permission).toBe('policy.manage');
    }
    expect(await timelineTypes(k, standard.id)).toEqual([]);
  });

  it('operator staff manage a tenant they serve, naming it with X-Tenant-Id', async () => {
    const created = ok<PolicySummary>(await k.am.post('/api/v1/policies', { name: '运营代建政策' }), 201);
    ok(await k.am.put(`/api/v1/policies/${created.id}/draft`, { rules }));
    ok(await k.am.post(`/api/v1/policies/${created.id}/publish`, {}));
    expect(ok<PolicySummary>(await k.admin.get(`/api/v1/policies/${created.id}`)).published?.version).toBe(1);
    const [row] = await k.t.db.database.query<{ actor_name: string; actor_kind: string }>(
      `select actor_name, actor_kind from timeline_events where entity_id = $1 and type = 'policy.published'`,
      [created.id],
    );
    expect(row?.actor_kind).toBe('account');
  });
});

describe('tenants never see each other’s policies', () => {
  it('a Yunfan admin gets 404 for Huachen’s policies and versions, and lists only Yunfan’s', async () => {
    const standard = await k.policyNamed('标准差旅政策');
    const version = `/api/v1/policies/${standard.id}/versions/${standard.published?.versionId}`;
    refused(await k.yunfanAdmin.get(`/api/v1/policies/${standard.id}`), 404, 'NOT_FOUND');
    refused(await k.yunfanAdmin.get(version), 404, 'NOT_FOUND');
    refused(await k.yunfanAdmin.patch(`/api/v1/policies/${standard.id}`, { name: 'hijacked' }), 404, 'NOT_FOUND');
    refused(await k.yunfanAdmin.put(`/api/v1/policies/${standard.id}/draft`, { rules }), 404, 'NOT_FOUND');
    refused(await k.yunfanAdmin.post(`/api/v1/policies/${standard.id}/publish`, {}), 404, 'NOT_FOUND');
    refused(await k.yunfanAdmin.del(`/api/v1/policies/${standard.id}/draft`), 404, 'NOT_FOUND');
    refused(await k.yunfanAdmin.put(`/api/v1/policies/${standard.id}/assignments`, { assignments: [] }), 404, 'NOT_FOUND');
    const preview = {
      policyId: standard.id,
      travellers: [{ employeeId: (await k.employeeOf('admin@yunfan.example.com')).id }],
      options: [],
    };
    expect((await k.yunfanAdmin.post('/api/v1/policies/preview', preview)).statusCode).toBe(422);
    refused(
      await k.yunfanAdmin.post('/api/v1/policies/preview', {
        ...preview,
        options: [{ category: 'car', serviceLevel: 'comfort', estimatedFareFen: 1, pickupAt: '2026-06-10T14:30:00Z', purpose: 'overtime' }],
      }),
      404,
      'NOT_FOUND',
    );
    const huachenEmployee = await k.employeeOf('traveller@huachen.example.com');
    refused(await k.yunfanAdmin.get('/api/v1/policies/resolve', { employeeId: huachenEmployee.id }), 404, 'NOT_FOUND');

    const yunfanList = ok<{ items: PolicySummary[] }>(await k.yunfanAdmin.get('/api/v1/policies')).items;
    expect(yunfanList.map((p) => p.id)).not.toContain(standard.id);
    expect(yunfanList.map((p) => p.name).sort()).toEqual(['标准差旅政策', '高管差旅政策']);
    expect(ok<PolicySummary>(await k.admin.get(`/api/v1/policies/${standard.id}`)).name).toBe('标准差旅政策');
    expect(await timelineTypes(k, standard.id)).toEqual([]);
  });

  it('reason codes are per tenant', async () => {
    ok(
      await k.yunfanAdmin.put('/api/v1/policies/reason-codes', {
        items: [{ code: 'YF_ONLY', labelZh: '云帆专用', labelEn: 'Yunfan only' }],
      }),
    );
    const huachen = ok<{ items: { code: string }[] }>(await k.admin.get('/api/v1/policies/reason-codes')).items.map((c) => c.code);
    expect(huachen).not.toContain('YF_ONLY');
    expect(huachen).toHaveLength(6);
  });
});
