import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedBookingSource, runWhatIf, type WhatIfReport } from '../../src/modules/whatif/index.ts';
import { historyCsv, orderSource, people, saveStricterDraft, type People } from './history.ts';
import { ok, refused, uploadCsv, whatIfKit, type WhatIfKit } from './what-if-kit.ts';

let k: WhatIfKit;
let p: People;
let draft: { policyId: string; draftId: string; publishedId: string };
const url = () => `/api/v1/policies/${draft.policyId}/versions/${draft.draftId}/what-if`;

beforeAll(async () => {
  k = await whatIfKit();
  p = await people(k);
  draft = await saveStricterDraft(k);
  ok(await uploadCsv(k.admin, historyCsv(p)));
});
afterAll(async () => {
  await k?.close();
});

const refs = (r: WhatIfReport) => r.changed.items.map((c) => c.reference).sort();
const stakeOf = (r: WhatIfReport, departmentId: string) => r.departments.find((d) => d.departmentId === departmentId);

describe('what-if replay of a stricter draft', () => {
  it('flips exactly the expected imported bookings, with counts and spend at stake as computed by hand', async () => {
    const r = ok<WhatIfReport>(await k.admin.post(url(), { from: '2025-03-01', to: '2025-03-31' }));
    expect(r.bookings).toEqual({ read: 11, replayed: 10, outOfScope: 1, skipped: 0, bySource: { order: 0, imported: 11 } });
    expect(refs(r)).toEqual(['C2', 'F1', 'H1', 'X1']);
    // Before: H3 (¥700 > ¥600) and C2 (¥350 > ¥300) warn. After: H1, F1, X1 warn too; C2 is blocked.
    expect(r.before).toMatchObject({ counts: { allow: 8, warn: 2, require_approval: 0, block: 0 }, compliant: 8, complianceRate: 0.8 });
    expect(r.after).toMatchObject({ counts: { allow: 5, warn: 4, require_approval: 0, block: 1 }, compliant: 5, complianceRate: 0.5 });
    expect(r.changedCount).toBe(4);
    // Largest amounts first.
    expect(r.changed.items.map((c) => c.reference)).toEqual(['H1', 'F1', 'X1', 'C2']);

    const fe = stakeOf(r, p.staffDept);
    expect(fe).toMatchObject({
      bookings: 7,
      becameNonCompliant: { count: 1, amountFen: 165_000 },
      becameBlocked: { count: 1, amountFen: 35_000 },
      becameCompliant: { count: 0, amountFen: 0 },
    });
    expect(stakeOf(r, p.shDeptId)).toMatchObject({
      bookings: 3,
      becameNonCompliant: { count: 2, amountFen: 155_000 + 100_000 },
      becameBlocked: { count: 0, amountFen: 0 },
      compliantBefore: 3,
      compliantAfter: 1,
    });
    expect(r.categories.find((c) => c.category === 'hotel')).toMatchObject({
      bookings: 4,
      becameNonCompliant: { count: 2, amountFen: 265_000 },
    });
    expect(r.categories.find((c) => c.category === 'flight')).toMatchObject({
      bookings: 3,
      becameNonCompliant: { count: 1, amountFen: 155_000 },
    });
    expect(r.categories.find((c) => c.category === 'car')).toMatchObject({ bookings: 2, becameBlocked: { count: 1, amountFen: 35_000 } });
  });

  it('explains the failed rules of each changed booking in zh-CN and en', async () => {
    const r = ok<WhatIfReport>(await k.admin.post(url(), { from: '2025-03-01', to: '2025-03-31', limit: 2, offset: 1 }));
    expect(r.changed).toMatchObject({ total: 4, offset: 1, limit: 2 });
    expect(r.changed.items.map((c) => c.reference)).toEqual(['F1', 'X1']);
    const [f1] = r.changed.items;
    expect(f1).toMatchObject({
      source: 'imported',
      before: { outcome: 'allow', compliant: true, basis: 'published', policyVersionId: draft.publishedId },
      after: { outcome: 'warn', compliant: false },
      failedBefore: [],
      recorded: null,
    });
    expect(f1?.failedAfter.map((f) => f.ruleId)).toEqual(['flight-price-managers']);
    expect(f1?.failedAfter[0]?.explanation['zh-CN']).toMatch(/¥|元/);
    expect(f1?.failedAfter[0]?.explanation.en.length).toBeGreaterThan(10);
  });

  it('counts orders from another source beside the imports: booked version, no policy, unknown traveller', async () => {
    const r = await runWhatIf(k.t.db.database.db, {
      tenantId: k.huachen,
      policyId: draft.policyId,
      draftPolicyVersionId: draft.draftId,
      from: '2025-03-01',
      to: '2025-03-31',
      sources: [orderSource(p, draft.publishedId), importedBookingSource],
    });
    expect(r.bookings).toEqual({ read: 14, replayed: 12, outOfScope: 1, skipped: 1, bySource: { order: 3, imported: 11 } });
    expect(refs(r)).toEqual(['C2', 'F1', 'H1', 'HT-O1', 'X1']);
    const o1 = r.changed.items.find((c) => c.reference === 'HT-O1');
    expect(o1).toMatchObject({ before: { basis: 'booked_version', policyVersionId: draft.publishedId }, recorded: { outcome: 'allow' } });
    expect(r.skipped).toEqual([{ id: 'o3', reference: 'HT-O3', source: 'order', reason: 'unknown_traveller' }]);
    expect(stakeOf(r, p.staffDept)?.becameNonCompliant).toEqual({ count: 2, amountFen: 165_000 + 52_000 });

    const withoutImports = ok<WhatIfReport>(await k.admin.post(url(), { from: '2025-03-01', to: '2025-03-31', includeImported: false }));
    expect(withoutImports.bookings.read).toBe(0);
    expect(withoutImports.before.complianceRate).toBeNull();
  });

  it('leaves out bookings outside the dates', async () => {
    const r = ok<WhatIfReport>(await k.admin.post(url(), { from: '2025-03-03', to: '2025-03-04' }));
    expect(r.bookings.read).toBe(2);
  });
});

describe('access and input', () => {
  it('refuses travellers, bad dates and versions that are not drafts', async () => {
    refused(await k.traveller.post(url(), { from: '2025-03-01', to: '2025-03-31' }), 403, 'FORBIDDEN');
    refused(await k.traveller.get('/api/v1/what-if/imports'), 403, 'FORBIDDEN');
    refused(await uploadCsv(k.traveller, historyCsv(p)), 403, 'FORBIDDEN');
    refused(await k.admin.post(url(), { from: '2025-03-31', to: '2025-03-01' }), 422, 'VALIDATION_FAILED');
    refused(await k.admin.post(url(), { from: '2024-01-01', to: '2025-03-01' }), 422, 'VALIDATION_FAILED');
    refused(await k.admin.post(url(), { from: '2025-02-30', to: '2025-03-01' }), 422, 'VALIDATION_FAILED');
    refused(await k.admin.post(url(), { from: '2025-03-01', to: '2025-03-02', limit: 1000 }), 422, 'VALIDATION_FAILED');
    refused(await k.admin.post(url(), { from: '2025-03-01', to: '2025-03-02', extra: 1 }), 422, 'VALIDATION_FAILED');
    const published = `/api/v1/policies/${draft.policyId}/versions/${draft.publishedId}/what-if`;
    refused(await k.admin.post(published, { from: '2025-03-01', to: '2025-03-02' }), 409, 'INVALID_STATE');
    refused(await k.admin.post(`/api/v1/what-if/imports`, { a: 1 }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it("hides another tenant's imports, batches and policies", async () => {
    refused(await k.yunfanAdmin.post(url(), { from: '2025-03-01', to: '2025-03-31' }), 404, 'NOT_FOUND');
    expect(ok<{ items: unknown[] }>(await k.yunfanAdmin.get('/api/v1/what-if/imports')).items).toEqual([]);
    const [batch] = ok<{ items: { id: string }[] }>(await k.admin.get('/api/v1/what-if/imports')).items;
    refused(await k.yunfanAdmin.del(`/api/v1/what-if/imports/${batch?.id ?? ''}`), 404, 'NOT_FOUND');
    // Yunfan's own draft sees none of Huachen's history.
    const list = ok<{ items: { id: string; name: string; draft: { versionId: string } | null }[] }>(
      await k.yunfanAdmin.get('/api/v1/policies'),
    );
    const own = list.items.find((x) => x.draft !== null);
    if (!own?.draft) throw new Error('Yunfan has no draft');
    const r = ok<WhatIfReport>(
      await k.yunfanAdmin.post(`/api/v1/policies/${own.id}/versions/${own.draft.versionId}/what-if`, {
        from: '2025-03-01',
        to: '2025-03-31',
      }),
    );
    expect(r.bookings.read).toBe(0);
  });
});
