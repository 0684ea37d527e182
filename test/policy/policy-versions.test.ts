import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDetail, PolicySummary, VersionView } from '../../src/modules/policy/policy-types.ts';
import { newPolicy, ok, policyKit, refused, timelineTypes, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const cabin = (maxCabin: string) => ({ id: 'cabin', kind: 'flight_cabin', params: { maxCabin }, action: 'require_approval' });
const stars = { id: 'stars', kind: 'hotel_star', params: { maxStars: 4 }, action: 'warn', appliesTo: { maxRankLevel: 5 } };

const detail = async (id: string) => ok<PolicyDetail>(await k.admin.get(`/api/v1/policies/${id}`));
const statuses = (d: PolicyDetail) => d.versions.map((v) => `v${v.version}:${v.status}`);

describe('versions: draft → published → superseded', () => {
  it('publishes the draft, supersedes the old version, and keeps the history', async () => {
    const p = await newPolicy(k, '版本测试政策', [cabin('economy')]);
    refused(await k.admin.del(`/api/v1/policies/${p.id}/draft`), 409, 'INVALID_STATE');

    const v1 = ok<VersionView>(await k.admin.post(`/api/v1/policies/${p.id}/publish`, { note: '首发' }));
    expect(v1).toMatchObject({ version: 1, status: 'published', note: '首发', rules: [cabin('economy')] });
    expect(v1.publishedAt).not.toBeNull();
    refused(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {}), 409, 'INVALID_STATE');

    // Saving a draft starts v2; saving again replaces its rules (still v2).
    const v2 = ok<VersionView>(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [cabin('premium_economy')], note: '放宽' }));
    expect(v2).toMatchObject({ version: 2, status: 'draft', note: '放宽' });
    const v2b = ok<VersionView>(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [cabin('business'), stars] }));
    expect(v2b).toMatchObject({ versionId: v2.versionId, version: 2, note: '放宽', rules: [cabin('business'), stars] });
    expect(statuses(await detail(p.id))).toEqual(['v2:draft', 'v1:published']);

    const published = ok<VersionView>(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {}));
    expect(published).toMatchObject({ versionId: v2.versionId, version: 2, status: 'published' });
    const after = await detail(p.id);
    expect(statuses(after)).toEqual(['v2:published', 'v1:superseded']);
    expect(after.published).toMatchObject({ versionId: v2.versionId, version: 2 });
    expect(after.draft).toBeNull();
    // The superseded version keeps its rules.
    expect(ok<VersionView>(await k.admin.get(`/api/v1/policies/${p.id}/versions/${v1.versionId}`)).rules).toEqual([cabin('economy')]);

    // A discarded draft leaves the published version as it was.
    ok(await k.admin.put(`/api/v1/policies/${p.id}/draft`, { rules: [] }));
    const discarded = await k.admin.del(`/api/v1/policies/${p.id}/draft`);
    expect(discarded.statusCode).toBe(204);
    const final = await detail(p.id);
    expect(statuses(final)).toEqual(['v2:published', 'v1:superseded']);
    expect(await timelineTypes(k, p.id)).toEqual([
      'policy.created',
      'policy.draft_saved',
      'policy.published',
      'policy.draft_saved',
      'policy.draft_saved',
      'policy.published',
      'policy.draft_saved',
      'policy.draft_discarded',
    ]);
  });

  it('never holds two drafts or two published versions', async () => {
    const rows = await k.t.db.database.query<{ n: number }>(
      `select count(*)::int as n from policy_versions where status in ('draft', 'published') group by tenant_id, policy_id, status having count(*) > 1`,
    );
    expect(rows).toEqual([]);
    // Concurrent publishes of one draft: one wins, the other finds no draft.
    const p = await newPolicy(k, '并发发布政策', [cabin('economy')]);
    const results = await Promise.all([
      k.admin.post(`/api/v1/policies/${p.id}/publish`, {}),
      k.admin.post(`/api/v1/policies/${p.id}/publish`, {}),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(statuses(await detail(p.id))).toEqual(['v1:published']);
  });

  it('keeps the only version of a never-published policy', async () => {
    const p = await newPolicy(k, '未发布政策');
    refused(await k.admin.del(`/api/v1/policies/${p.id}/draft`), 409, 'INVALID_STATE');
    expect(statuses(await detail(p.id))).toEqual(['v1:draft']);
  });

  it('refuses to publish rules that warn while the tenant has no active reason code', async () => {
    const codes = ok<{ items: { code: string; labelZh: string; labelEn: string }[] }>(
      await k.admin.get('/api/v1/policies/reason-codes'),
    ).items;
    const allRetired = { items: codes.map((c) => ({ ...c, active: false })) };
    // The demo policies warn: their travellers need a reason code to pick.
    const kept = refused(await k.admin.put('/api/v1/policies/reason-codes', allRetired), 422, 'VALIDATION_FAILED');
    expect(kept.details?.errors?.[0]?.path).toBe('items');
    const { items } = ok<{ items: PolicySummary[] }>(await k.admin.get('/api/v1/policies'));
    const warning = items.filter((p) => p.status === 'active' && p.published !== null);
    for (const p of warning) ok(await k.admin.patch(`/api/v1/policies/${p.id}`, { status: 'archived' }));
    ok(await k.admin.put('/api/v1/policies/reason-codes', allRetired));

    const p = await newPolicy(k, '需要原因的政策', [stars]);
    const refusal = refused(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {}), 422, 'VALIDATION_FAILED');
    expect(refusal.details?.errors).toEqual([expect.objectContaining({ path: 'reasonCodes' })]);
    ok(await k.admin.put('/api/v1/policies/reason-codes', { items: codes }));
    expect(ok<VersionView>(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {})).status).toBe('published');
    for (const w of warning) ok(await k.admin.patch(`/api/v1/policies/${w.id}`, { status: 'active' }));
  });
});
