import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSentence, auditSentences, sentenceLangs, type SentenceEntry } from './index.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ID = '0193a0b1-7c2e-7d11-9f00-1234567890ab';
const OTHER = '0193a0b1-7c2e-7d11-9f00-ba0987654321';

/** Every status a travel request moves to and every approval engine event (written with a template string). */
const dynamicActions = [
  ...['draft', 'approving', 'approved', 'rejected', 'returned', 'withdrawn', 'cancelled', 'completed'].map((s) => `travel_request.${s}`),
  ...[
    'submitted',
    'resubmitted',
    'stage_entered',
    'step_entered',
    'stage_skipped',
    'stage_approved',
    'stage_failed',
    'approved',
    'rejected',
    'returned',
    'transferred',
    'approver_added',
    'commented',
    'withdrawn',
    'cancelled',
    'reminded',
    'escalated',
    'completed',
  ].map((e) => `approval.${e}`),
];

/** The audit actions written as literals across src/ (action: '…', type: '…', and the ternaries choosing one). */
function writtenActions(dir: string): string[] {
  const found = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        if (!/appendAudit\(|recordChange\(/.test(text)) continue;
        for (const m of text.matchAll(/(?:action|type): (?:again \? )?'([a-z_]+\.[a-z_]+)'|[?:] '([a-z_]+\.[a-z_]+)'/g))
          found.add((m[1] ?? m[2])!);
      }
    }
  };
  walk(dir);
  return [...found].sort();
}

/** Data as the writers record it, with ids wherever they put ids. */
const richData: Record<string, unknown> = {
  code: 'TR2026120700001',
  name: '华东销售部',
  employeeNo: 'E0012',
  version: 3,
  ruleCount: 5,
  amountFen: 123_456,
  scopes: ['org:read'],
  accountIds: [ID, OTHER],
  failures: 5,
  delaySeconds: 8,
  reason: 'wrong_password',
  field: 'phone',
  created: 2,
  updated: 1,
  unchanged: 7,
  departments: { created: 1, updated: 0 },
  employees: { created: 2, updated: 3, deactivated: 1 },
  after: [{ code: 'A' }],
  by: ID,
  byName: '李四',
  stageName: '直属上级审批',
  toName: '王五',
  whoName: '赵六',
  comment: '同意',
  instanceId: ID,
  delegateId: OTHER,
  delegateName: '钱七',
};

const entry = (action: string, over: Partial<SentenceEntry> = {}): SentenceEntry => ({
  action,
  actorKind: 'account',
  actorName: '张三',
  entityType: action.split('.')[0] ?? 'thing',
  entityId: ID,
  data: richData,
  ...over,
});

describe('audit sentences', () => {
  const known = Object.keys(auditSentences);

  it('cover every action written in src/, including the dynamic ones', () => {
    const written = [...writtenActions(join(import.meta.dirname, '../../..')), ...dynamicActions];
    expect(written.length).toBeGreaterThan(60);
    expect(written.filter((a) => !known.includes(a))).toEqual([]);
  });

  it.each(known)('%s reads in zh-CN and en, never with an id or the raw code', (action) => {
    for (const data of [richData, {}]) {
      const zh = auditSentence(entry(action, { data }), 'zh-CN');
      const en = auditSentence(entry(action, { data }), 'en');
      for (const s of [zh, en]) {
        expect(s.length).toBeGreaterThan(3);
        expect(s).not.toMatch(UUID);
        expect(s).not.toContain(action);
        expect(s).not.toMatch(/undefined|null|NaN|\[object/);
      }
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/[A-Za-z]{3,}/);
      expect(zh).not.toEqual(en);
    }
  });

  it('name the actor and the entity', () => {
    const e = entry('employee.deactivated', { data: { employeeNo: 'E0012' }, entityLabel: 'E0012 张三丰' });
    expect(auditSentence(e, 'zh-CN')).toBe('张三停用了员工“E0012 张三丰”');
    expect(auditSentence(e, 'en')).toBe('张三 deactivated the employee “E0012 张三丰”');
    const approved = entry('approval.approved', {
      entityType: 'travel_request',
      entityLabel: 'TR1 拜访客户',
      data: { byName: '李四', stageName: '部门审批' },
    });
    expect(auditSentence(approved, 'zh-CN')).toBe('李四同意了“TR1 拜访客户”（部门审批）');
    expect(auditSentence(approved, 'en')).toBe('李四 approved “TR1 拜访客户” (部门审批)');
  });

  it('name the system and API keys as such', () => {
    const sys = entry('travel_request.completed', { actorKind: 'system', actorName: 'system', entityLabel: 'TR1', data: {} });
    expect(auditSentence(sys, 'en')).toBe('The travel request “TR1” was completed');
    const key = entry('employee.updated', { actorKind: 'api_key', actorName: 'HR 同步', entityLabel: 'E1 甲', data: {} });
    expect(auditSentence(key, 'zh-CN')).toBe('API 密钥“HR 同步”修改了员工“E1 甲”的资料');
  });

  it('turn an unknown future action into a readable generic sentence', () => {
    const e = entry('invoice.reconciled', { entityType: 'invoice', entityLabel: 'INV-9', data: { invoiceId: ID } });
    expect(auditSentence(e, 'zh-CN')).toBe('张三对invoice“INV-9”执行了操作（reconciled）');
    expect(auditSentence(e, 'en')).toBe('张三: reconciled — invoice “INV-9”');
    const unnamed = entry('travel_request.changed_after_approval', { entityType: 'travel_request', data: {} });
    expect(auditSentence(unnamed, 'zh-CN')).toBe('张三对出差申请执行了操作（changed after approval）');
    expect(auditSentence(unnamed, 'en')).not.toMatch(UUID);
  });

  it('never leak an id from the data or a label', () => {
    const e = entry('department.updated', { data: { before: { name: ID }, after: { code: OTHER } }, entityLabel: ID });
    for (const lang of sentenceLangs) expect(auditSentence(e, lang)).not.toMatch(UUID);
  });
});
