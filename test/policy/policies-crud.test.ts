import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDetail, PolicySummary, VersionView } from '../../src/modules/policy/policy-types.ts';
import { auditActions, newPolicy, ok, pathsOf, policyKit, refused, timelineTypes, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const cabinRule = { id: 'cabin', kind: 'flight_cabin', params: { maxCabin: 'economy' }, action: 'require_approval' };

describe('creating, reading and changing policies', () => {
  it('lists the demo policies with their versions and assignments', async () => {
    const { items } = ok<{ items: PolicySummary[] }>(await k.admin.get('/api/v1/policies'));
    expect(items.map((p) => p.name).sort()).toEqual(['标准差旅政策', '高管差旅政策']);
    const standard = items.find((p) => p.name === '标准差旅政策');
    expect(standard).toMatchObject({ status: 'active', published: { version: 1 }, draft: { version: 2 } });
    expect(standard?.assignments).toEqual([
      expect.objectContaining({
        departmentId: null,
        departmentName: null,
        rankCodes: [],
        minRankLevel: null,
        maxRankLevel: null,
        priority: 0,
      }),
    ]);
  });

  it('creates a policy with an empty v1 draft, reads it, and records it', async () => {
    const created = ok<PolicySummary>(await k.admin.post('/api/v1/policies', { name: '  项目差旅政策 ', description: '项目组出差' }), 201);
    expect(created).toMatchObject({
      name: '项目差旅政策',
      description: '项目组出差',
      status: 'active',
      published: null,
      draft: { version: 1 },
      assignments: [],
    });
    const detail = ok<PolicyDetail>(await k.am.get(`/api/v1/policies/${created.id}`));
    expect(detail.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft', note: '', publishedAt: null })]);
    const v1 = ok<VersionView>(await k.traveller.get(`/api/v1/policies/${created.id}/versions/${detail.versions[0]?.versionId}`));
    expect(v1).toMatchObject({ version: 1, status: 'draft', rules: [] });
    refused(await k.admin.post('/api/v1/policies', { name: '项目差旅政策' }), 409, 'DUPLICATE');
    expect(await timelineTypes(k, created.id)).toEqual(['policy.created']);
    expect(await auditActions(k, created.id)).toEqual(['policy.created']);
  });

  it('copies another policy’s published rules, not its assignments', async () => {
    const standard = await k.policyNamed('标准差旅政策');
    const copy = ok<PolicySummary>(
      await k.admin.post('/api/v1/policies', { name: '标准差旅政策（副本）', copyFromPolicyId: standard.id }),
      201,
    );
    expect(copy.assignments).toEqual([]);
    const published = ok<VersionView>(await k.admin.get(`/api/v1/policies/${standard.id}/versions/${standard.published?.versionId}`));
    const draft = ok<VersionView>(await k.admin.get(`/api/v1/policies/${copy.id}/versions/${copy.draft?.versionId}`));
    expect(draft.rules).toEqual(published.rules);
    expect(draft.note).toContain('标准差旅政策');
    const bad = refused(
      await k.admin.post('/api/v1/policies', { name: 'x', copyFromPolicyId: '00000000-0000-4000-8000-000000000000' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(bad)).toEqual(['copyFromPolicyId']);
  });

  it('renames, describes, archives and reactivates, recording each change', async () => {
    const p = await newPolicy(k, '临时政策');
    const changed = ok<PolicySummary>(await k.admin.patch(`/api/v1/policies/${p.id}`, { name: '临时差旅政策', description: '短期' }));
    expect(changed).toMatchObject({ name: '临时差旅政策', description: '短期', status: 'active' });
    expect(ok<PolicySummary>(await k.admin.patch(`/api/v1/policies/${p.id}`, { status: 'archived' })).status).toBe('archived');
    // Unchanged fields record nothing.
    ok(await k.admin.patch(`/api/v1/policies/${p.id}`, { status: 'archived', name: '临时差旅政策' }));
    ok(await k.admin.patch(`/api/v1/policies/${p.id}`, { status: 'active' }));
    expect(await timelineTypes(k, p.id)).toEqual(['policy.created', 'policy.updated', 'policy.archived', 'policy.reactivated']);
    expect(pathsOf(refused(await k.admin.patch(`/api/v1/policies/${p.id}`, { name: '   ' }), 422, 'VALIDATION_FAILED'))).toEqual(['name']);
    refused(await k.admin.patch(`/api/v1/policies/${p.id}`, { name: '标准差旅政策' }), 409, 'DUPLICATE');
    refused(await k.admin.patch(`/api/v1/policies/${p.id}`, { status: 'deleted' }), 422, 'VALIDATION_FAILED');
  });

  it('counts the name and description in characters, as the request schema does', async () => {
    // The limits counted UTF-16 units: a name of 51 to 100 emoji passed the schema and was refused (422).
    const name = '🧳'.repeat(100);
    const created = ok<PolicySummary>(await k.admin.post('/api/v1/policies', { name, description: '📎'.repeat(2000) }), 201);
    expect(created.name).toBe(name);
    refused(await k.admin.post('/api/v1/policies', { name: `${name}🧳` }), 422, 'VALIDATION_FAILED');
  });

  it('answers 404 for unknown ids and versions of another policy', async () => {
    const p = await newPolicy(k, '孤立政策', [cabinRule]);
    const standard = await k.policyNamed('标准差旅政策');
    const unknown = '00000000-0000-4000-8000-000000000000';
    refused(await k.admin.get(`/api/v1/policies/${unknown}`), 404, 'NOT_FOUND');
    refused(await k.admin.patch(`/api/v1/policies/${unknown}`, { name: 'x' }), 404, 'NOT_FOUND');
    refused(await k.admin.get(`/api/v1/policies/${p.id}/versions/${standard.published?.versionId}`), 404, 'NOT_FOUND');
    refused(await k.admin.get(`/api/v1/policies/not-a-uuid`), 422, 'VALIDATION_FAILED');
  });
});
