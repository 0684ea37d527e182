import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/demo/demo-data.ts';
import { maskIdCard, maskPassport, maskPhone } from '../../src/platform/crypto/mask.ts';
import { ok, orgKit, refused, type Caller, type OrgKit } from './org-test-kit.ts';

/**
 * Personal numbers (phone, ID card, passport): masked to every caller but the employee themself,
 * findable by exact phone only with pii.read, revealed one field at a time, audited.
 */

interface Employee {
  id: string;
  employeeNo: string;
  phone: string | null;
  idCardNo: string | null;
  passportNo: string | null;
}
interface Page<T> {
  items: T[];
}
interface AuditRow extends Record<string, unknown> {
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  entity_id: string | null;
  data: Record<string, unknown>;
  at: Date | string;
  row: string;
}

const demo = generateDemoData();
// A colleague with every personal number, who is none of the signed-in callers.
const loginNos = new Set(demo.logins.map((l) => l.employeeNo));
const colleague = demo.employees.find((e) => e.tenantCode === 'huachen' && e.passportNo !== null && !loginNos.has(e.employeeNo));
if (!colleague?.passportNo) throw new Error('no huachen employee with a passport in the demo data');
const full = { phone: colleague.phone, idCardNo: colleague.idCardNo, passportNo: colleague.passportNo };

let k: OrgKit;
let colleagueId = '';

beforeAll(async () => {
  k = await orgKit();
  const [row] = await k.t.db.database.query<{ id: string }>('select id from employees where tenant_id = $1 and employee_no = $2', [
    k.tenants.huachen,
    colleague.employeeNo,
  ]);
  colleagueId = row?.id ?? '';
});
afterAll(async () => {
  await k?.close();
});

const search = async (who: Caller, q: string, headers: Record<string, string> = {}) =>
  ok<Page<Employee>>(
    await k.t.app.inject({
      method: 'GET',
      url: '/api/v1/org/employees',
      query: { q, limit: '200' },
      headers: { ...who.headers, ...headers },
    }),
  ).items.map((e) => e.employeeNo);

const reveals = (entityId: string) =>
  k.t.db.database.query<AuditRow>(
    `select actor_kind, actor_id, actor_name, entity_id, data, at, a::text as row from audit_log a
      where action = 'employee.pii_revealed' and entity_id = $1 order by seq`,
    [entityId],
  );

describe('searching by a personal number', () => {
  it('a traveller searching a colleague’s full phone number finds no one', async () => {
    expect(await search(k.traveller, full.phone)).toEqual([]);
    expect(await search(k.traveller, `+86 ${full.phone}`)).toEqual([]);
  });

  it('so a masked number cannot be completed by trying the hidden digits', async () => {
    const masked = ok<Employee>(await k.traveller.get(`/api/v1/org/employees/${colleagueId}`)).phone ?? '';
    expect(masked).toBe(maskPhone(full.phone));
    // The right guess among its neighbours: none of them matches, so none stands out.
    const hidden = Number(full.phone.slice(3, 7));
    const guesses = [-2, -1, 0, 1, 2].map((d) => masked.replace('****', String((hidden + 10_000 + d) % 10_000).padStart(4, '0')));
    for (const guess of guesses) expect(await search(k.traveller, guess)).toEqual([]);
    expect(await search(k.traveller, masked)).toEqual([]);
  });

  it('a travel admin (pii.read) finds the employee by exact phone, but not by part of it', async () => {
    expect(await search(k.admin, full.phone)).toEqual([colleague.employeeNo]);
    expect(await search(k.admin, `+86 ${full.phone}`)).toEqual([colleague.employeeNo]);
    expect(await search(k.admin, full.phone.slice(0, 7))).toEqual([]);
    expect(await search(k.admin, maskPhone(full.phone))).toEqual([]);
  });

  it('an exact-phone search is audited for each employee it finds (never the number); a miss or a traveller’s search is not', async () => {
    const found = () =>
      k.t.db.database.query<AuditRow>(
        `select actor_kind, actor_id, actor_name, entity_id, data, at, a::text as row from audit_log a
          where action = 'employee.found_by_phone' order by seq`,
      );
    const before = (await found()).length;
    await search(k.traveller, full.phone);
    await search(k.admin, '13900009999');
    await search(k.admin, colleague.name);
    expect((await found()).length).toBe(before);
    expect(await search(k.admin, full.phone)).toEqual([colleague.employeeNo]);
    const entries = (await found()).slice(before);
    expect(entries.map((e) => [e.entity_id, e.data])).toEqual([[colleagueId, { field: 'phone' }]]);
    expect(entries[0]?.row).not.toContain(full.phone);
  });

  it('neither finds anyone by ID card or passport number (not searchable)', async () => {
    for (const who of [k.traveller, k.admin]) {
      expect(await search(who, full.idCardNo)).toEqual([]);
      expect(await search(who, full.passportNo)).toEqual([]);
    }
  });
});

describe('reading personal numbers', () => {
  it('reads show them masked by default, also to a travel admin and to an operator agent', async () => {
    const masked = { phone: maskPhone(full.phone), idCardNo: maskIdCard(full.idCardNo), passportNo: maskPassport(full.passportNo) };
    expect(ok<Employee>(await k.admin.get(`/api/v1/org/employees/${colleagueId}`))).toMatchObject(masked);
    expect(ok<Employee>(await k.agent.get(`/api/v1/org/employees/${colleagueId}`))).toMatchObject(masked);
    for (const who of [k.admin, k.agent]) {
      // Only their own record (an agent has none) shows in full.
      const self = ok<{ employeeId: string | null }>(await who.get('/api/v1/me')).employeeId;
      const res = await who.get('/api/v1/org/employees', { limit: '200' });
      expect(res.body).not.toContain(full.phone);
      expect(res.body).not.toContain(full.idCardNo);
      const others = ok<Page<Employee>>(res).items.filter((e) => e.id !== self);
      expect(others.length).toBeGreaterThan(100);
      expect(others.every((e) => e.phone === null || e.phone.includes('*'))).toBe(true);
    }
  });

  it('a travel admin reveals one field at a time, each audited with who, whose, which and when, never the value', async () => {
    const before = Date.now();
    for (const field of ['phone', 'idCardNo', 'passportNo'] as const) {
      expect(ok(await k.admin.post(`/api/v1/org/employees/${colleagueId}/reveal`, { field }))).toEqual({ field, value: full[field] });
    }
    const admin = ok<{ id: string }>(await k.admin.get('/api/v1/me'));
    const entries = await reveals(colleagueId);
    expect(entries.map((e) => e.data)).toEqual([{ field: 'phone' }, { field: 'idCardNo' }, { field: 'passportNo' }]);
    for (const e of entries) {
      expect(e.actor_kind).toBe('account');
      expect(e.actor_id).toBe(admin.id);
      expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
      for (const value of Object.values(full)) expect(e.row).not.toContain(value);
    }
  });

  it('an operator agent reveals a customer’s phone, audited in the customer’s tenant', async () => {
    const res = await k.t.app.inject({
      method: 'POST',
      url: `/api/v1/org/employees/${colleagueId}/reveal`,
      payload: { field: 'phone' },
      headers: { ...k.agent.headers, 'x-tenant-id': k.tenants.huachen },
    });
    expect(ok(res)).toEqual({ field: 'phone', value: full.phone });
    const [last] = (await reveals(colleagueId)).slice(-1);
    expect(last?.actor_name).toBeTruthy();
    const [agentEntry] = await k.t.db.database.query<{ tenant_id: string }>(
      `select tenant_id from audit_log where action = 'employee.pii_revealed' and entity_id = $1 order by seq desc limit 1`,
      [colleagueId],
    );
    expect(agentEntry?.tenant_id).toBe(k.tenants.huachen);
  });

  it('a traveller is refused (403 FORBIDDEN) and nothing is audited', async () => {
    const before = (await reveals(colleagueId)).length;
    refused(await k.traveller.post(`/api/v1/org/employees/${colleagueId}/reveal`, { field: 'phone' }), 403, 'FORBIDDEN');
    expect((await reveals(colleagueId)).length).toBe(before);
  });

  it('another tenant’s employee is not found, an unknown field is refused', async () => {
    refused(await k.yunfanAdmin.post(`/api/v1/org/employees/${colleagueId}/reveal`, { field: 'phone' }), 404, 'NOT_FOUND');
    refused(await k.admin.post(`/api/v1/org/employees/${colleagueId}/reveal`, { field: 'email' }), 422, 'VALIDATION_FAILED');
  });

  it('an employee sees their own numbers in full', async () => {
    const me = ok<{ employeeId: string }>(await k.traveller.get('/api/v1/me'));
    const mine = ok<Employee>(await k.traveller.get(`/api/v1/org/employees/${me.employeeId}`));
    expect(mine.phone).toBe(demo.employees.find((e) => e.tenantCode === 'huachen' && e.employeeNo === mine.employeeNo)?.phone);
  });
});
