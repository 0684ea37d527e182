import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReasonCodeView } from '../../src/modules/policy/policy-types.ts';
import { auditActions, ok, pathsOf, policyKit, refused, timelineTypes, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const list = async () => ok<{ items: ReasonCodeView[] }>(await k.traveller.get('/api/v1/policies/reason-codes')).items;

describe('reason codes (超标原因)', () => {
  it('lists the six demo codes in both languages, in order', async () => {
    const items = await list();
    expect(items.map((c) => c.labelZh)).toEqual(['航班时刻不合适', '客户或会议指定', '协议酒店满房', '紧急出行', '行程变更', '其他']);
    expect(items.every((c) => c.active && c.labelEn.length > 0)).toBe(true);
    expect(items.map((c) => c.sort)).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('replaces the list, retires codes, and records the change', async () => {
    const before = await list();
    const items = [
      ...before.map((c) => ({ ...c, active: c.code !== 'OTHER' })),
      { code: 'VISA_DELAY', labelZh: '  签证延误 ', labelEn: 'Visa delayed', sort: 5 },
    ];
    const replaced = ok<{ items: ReasonCodeView[] }>(await k.admin.put('/api/v1/policies/reason-codes', { items }));
    expect(replaced.items[0]).toEqual({ code: 'VISA_DELAY', labelZh: '签证延误', labelEn: 'Visa delayed', active: true, sort: 5 });
    expect(replaced.items.find((c) => c.code === 'OTHER')?.active).toBe(false);
    expect(await list()).toEqual(replaced.items);
    expect(await timelineTypes(k, k.huachen)).toContain('policy.reason_codes_replaced');
    expect(await auditActions(k, k.huachen)).toContain('policy.reason_codes_replaced');
    // Left out: removed.
    const fewer = ok<{ items: ReasonCodeView[] }>(await k.admin.put('/api/v1/policies/reason-codes', { items: before.slice(0, 2) }));
    expect(fewer.items.map((c) => c.code)).toEqual(before.slice(0, 2).map((c) => c.code));
  });

  it('counts label lengths in characters, as the request schema does: 60 emoji are a 60-character label', async () => {
    // The labels' limits counted UTF-16 units, so 31 to 60 emoji passed the schema and were refused (422).
    const before = await list();
    const label = '😀'.repeat(60);
    const items = [...before, { code: 'EMOJI', labelZh: label, labelEn: '🙂'.repeat(100) }];
    const saved = ok<{ items: ReasonCodeView[] }>(await k.admin.put('/api/v1/policies/reason-codes', { items }));
    expect(saved.items.find((c) => c.code === 'EMOJI')?.labelZh).toBe(label);
    ok(await k.admin.put('/api/v1/policies/reason-codes', { items: before }));
  });

  it('names the fields that are wrong', async () => {
    const bad = refused(
      await k.admin.put('/api/v1/policies/reason-codes', {
        items: [
          { code: 'A', labelZh: '甲', labelEn: 'A' },
          { code: 'A', labelZh: ' ', labelEn: 'B' },
          { code: 'has space', labelZh: '丙', labelEn: '' },
        ],
      }),
      422,
      'VALIDATION_FAILED',
    );
    // Forms are the request schema's; a code given twice is the domain's, once the forms pass.
    expect(pathsOf(bad)).toEqual(['items.1.labelZh', 'items.2.code', 'items.2.labelEn']);
    const twice = refused(
      await k.admin.put('/api/v1/policies/reason-codes', {
        items: [
          { code: 'A', labelZh: '甲', labelEn: 'A' },
          { code: ' A ', labelZh: '乙', labelEn: 'B' },
        ],
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(twice)).toEqual(['items.1.code']);
    refused(await k.admin.put('/api/v1/policies/reason-codes', { items: [{ code: 'A' }] }), 422, 'VALIDATION_FAILED');
  });
});
