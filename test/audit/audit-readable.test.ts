import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/modules/audit/append-audit.ts';
import { EXPORT_PAGE } from '../../src/modules/audit/export-audit.ts';
import { systemActor } from '../../src/modules/access/principal.ts';
import { inTenantScope } from '../../src/platform/db/scope.ts';
import { chinaDateOf } from '../../src/platform/time/china-time.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';

/** The audit log in words: sentences, filters, CSV export, and each tenant's log its own. */

interface Entry {
  tenantId: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  entityLabel: string | null;
  sentence: string;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
let t: TestApp;
let huachen: string;
let yunfan: string;
let admin: SignedIn;
let yunfanAdmin: SignedIn;

const list = async (who: SignedIn, query: string): Promise<Page> => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit-log?${query}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

/** Every page of a filtered listing, following the cursors. */
const listAll = async (who: SignedIn, query: string): Promise<Page> => {
  const items: Entry[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(who, `${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { items, nextCursor: null };
};

const exportCsv = async (who: SignedIn, query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit-log/export?${query}`, headers: who.headers });
  return {
    res,
    raw: res.rawPayload,
    lines: res.body
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== ''),
  };
};

beforeAll(async () => {
  t = await testApp();
  ({ huachen, yunfan } = t.db.demo.tenants);
  admin = await signInAs(t.app, 'admin@huachen.example.com');
  yunfanAdmin = await signInAs(t.app, 'admin@yunfan.example.com');
  // A key with a name that only Yunfan's log may show.
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: yunfanAdmin.headers,
    payload: { name: '云帆专用钥匙', scopes: ['org:read'] },
  });
});
afterAll(async () => {
  await t?.close();
});

describe('the audit log in words', () => {
  it('gives each entry a sentence in the language asked for, without ids or raw codes', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = await list(admin, `lang=${lang}&limit=200`);
      expect(page.items.length).toBeGreaterThan(20);
      for (const e of page.items) {
        expect(e.sentence).not.toMatch(UUID);
        expect(e.sentence).not.toContain(e.action);
        if (lang === 'zh-CN') expect(e.sentence).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const requests = await list(admin, 'lang=en&action=travel_request.submitted&limit=5');
    expect(requests.items.length).toBeGreaterThan(0);
    for (const e of requests.items) {
      expect(e.entityLabel).toMatch(/^TR\d+ /);
      expect(e.sentence).toContain(`“${e.entityLabel}”`);
      expect(e.sentence).toMatch(/submitted the travel request/);
    }
  });

  it('names the account an entry is about by the person’s name, in each tenant’s own log', async () => {
    // A sign-in is audited on the account that signed in: the log names it by the person's name.
    const signIn = (await list(admin, 'lang=zh-CN&action=auth.signed_in&limit=5')).items;
    expect(signIn.length).toBeGreaterThan(0);
    for (const e of signIn) expect(e.entityLabel).toBe(e.actorName);
    // Yunfan's log names its own accounts; Huachen's does not reach them, even when asked by id.
    const theirs = (await list(yunfanAdmin, 'action=auth.signed_in&limit=1')).items[0];
    expect(theirs?.entityLabel).toBe(theirs?.actorName);
    const mine = await list(admin, `entityType=account&entityId=${theirs?.entityId}`);
    expect(mine.items).toEqual([]);
  });

  it('filters by action, action family, actor, entity and date range, on the server and across pages', async () => {
    const family = await listAll(admin, 'action=approval.*');
    expect(family.items.length).toBeGreaterThan(0);
    expect(family.items.every((e) => e.action.startsWith('approval.'))).toBe(true);

    const signIn = (await list(admin, 'action=auth.signed_in&limit=1')).items[0];
    const part = signIn?.actorName.slice(1) ?? '?';
    const mine = await listAll(admin, `actor=${encodeURIComponent(part)}`);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.actorName.includes(part))).toBe(true);
    expect(mine.items.some((e) => e.action === 'auth.signed_in')).toBe(true);

    const one = family.items[0]!;
    const entity = await list(admin, `entityType=${one.entityType}&entityId=${one.entityId}`);
    expect(entity.items.length).toBeGreaterThan(0);
    expect(entity.items.every((e) => e.entityId === one.entityId)).toBe(true);

    const today = chinaDateOf(new Date());
    const todays = await listAll(admin, `from=${today}&to=${today}`);
    expect(todays.items.length).toBeGreaterThan(0);
    expect(todays.items.every((e) => chinaDateOf(new Date(e.at)) === today)).toBe(true);
    expect((await list(admin, 'from=2001-01-01&to=2001-01-31')).items).toEqual([]);

    // Paging keeps the filter: two pages of 2 are the first 4 of the filtered set.
    const first = await list(admin, 'action=approval.*&limit=2');
    const second = await list(admin, `action=approval.*&limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect([...first.items, ...second.items].map((e) => e.sentence)).toEqual(family.items.slice(0, 4).map((e) => e.sentence));

    expect((await list(admin, `from=${today}&to=2001-01-01`)).items).toEqual([]);
    const badDate = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?from=yesterday', headers: admin.headers });
    expect(badDate.statusCode).toBe(422);
  });

  it('never shows another tenant’s entries, whatever the filter', async () => {
    const all = await listAll(admin, 'lang=zh-CN');
    expect(all.items.every((e) => e.tenantId === huachen)).toBe(true);
    const theirs = await list(yunfanAdmin, 'action=api_key.created');
    const key = theirs.items.find((e) => e.sentence.includes('云帆专用钥匙'));
    expect(key?.tenantId).toBe(yunfan);
    expect((await list(admin, `entityType=api_key&entityId=${key?.entityId}`)).items).toEqual([]);
    expect((await list(admin, 'action=api_key.created')).items.some((e) => e.sentence.includes('云帆专用钥匙'))).toBe(false);
    const { res, lines } = await exportCsv(admin, 'lang=zh-CN');
    expect(res.statusCode).toBe(200);
    expect(lines.some((l) => l.includes('云帆专用钥匙'))).toBe(false);
    const travellerCsv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log/export',
      headers: (await signInAs(t.app, 'traveller@huachen.example.com')).headers,
    });
    expect(travellerCsv.statusCode).toBe(403);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM, headed in the language asked for, and holds exactly the filtered set', async () => {
    const { res, raw, lines } = await exportCsv(admin, 'action=travel_request.*&lang=zh-CN');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe('时间（北京时间）,操作人,事件,对象类型,对象,操作编码,请求编号');
    const listed = await listAll(admin, 'action=travel_request.*&lang=zh-CN');
    expect(lines.length - 1).toBe(listed.items.length);
    expect(lines.slice(1).every((l) => l.includes(',出差申请,') && /,travel_request\.[a-z_]+,/.test(l))).toBe(true);
    expect(lines[1]).toContain(listed.items[0]!.sentence.replace(/"/g, '""'));

    const en = await exportCsv(admin, 'action=travel_request.*&lang=en');
    expect(en.lines[0]).toBe('Time (China),Actor,Event,Entity type,Entity,Action code,Request id');
    expect(en.lines.slice(1).every((l) => l.includes(',travel request,'))).toBe(true);
  });

  it('streams a log longer than one export page, entry by entry, newest first', async () => {
    const n = EXPORT_PAGE + 30;
    await inTenantScope(t.db.database.db, [huachen], async (tx) => {
      for (let i = 0; i < n; i++) {
        await appendAudit(tx, {
          tenantId: huachen,
          actor: systemActor('导出测试'),
          action: 'employee.imported',
          entityType: 'employee',
          summary: 'bulk',
          data: { created: i, updated: 0, unchanged: 0 },
        });
      }
    });
    const { lines } = await exportCsv(admin, `actor=${encodeURIComponent('导出测试')}&lang=zh-CN`);
    expect(lines.length - 1).toBe(n);
    expect(lines[1]).toContain(`新增 ${n - 1} 人`);
    expect(lines[n]).toContain('新增 0 人');
    expect(new Set(lines.slice(1)).size).toBe(n);
  });

  it('refuses a bad filter before sending anything', async () => {
    const { res } = await exportCsv(admin, 'from=2026-02-30&lang=fr');
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('VALIDATION_FAILED');
  });
});
