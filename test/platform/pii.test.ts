import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/demo/demo-data.ts';
import { maskPhone } from '../../src/platform/crypto/mask.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

/** Personal data at rest: encrypted, findable by blind index, and nowhere in plain text. */

let t: TestApp;
const demo = generateDemoData();

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

interface EmployeeRow extends Record<string, unknown> {
  tenant_code: string;
  employee_no: string;
  phone_enc: string | null;
  phone_hash: string | null;
  id_card_enc: string | null;
  passport_enc: string | null;
}

describe('personal data in the database', () => {
  it('every employee’s phone, ID card and passport are stored encrypted, and decrypt to the real values', async () => {
    const rows = await t.db.database.query<EmployeeRow>(
      `select t.code as tenant_code, e.employee_no, e.phone_enc, e.phone_hash, e.id_card_enc, e.passport_enc
         from employees e join tenants t on t.id = e.tenant_id`,
    );
    expect(rows.length).toBe(demo.employees.length);
    const byKey = new Map(demo.employees.map((e) => [`${e.tenantCode}/${e.employeeNo}`, e]));
    for (const row of rows) {
      const e = byKey.get(`${row.tenant_code}/${row.employee_no}`);
      if (!e) throw new Error(`unexpected employee ${row.tenant_code}/${row.employee_no}`);
      for (const [column, plain] of [
        ['phone_enc', e.phone],
        ['id_card_enc', e.idCardNo],
        ['passport_enc', e.passportNo],
      ] as const) {
        const stored = row[column];
        if (plain === null) {
          expect(stored, `${e.employeeNo} ${column}`).toBeNull();
          continue;
        }
        expect(stored, `${e.employeeNo} ${column}`).toMatch(/^v1\./);
        expect(stored).not.toContain(plain);
        expect(t.db.cipher.decrypt(stored ?? '')).toBe(plain);
      }
      expect(row.phone_hash).toBe(t.db.cipher.blindIndex(e.phone));
    }
  });

  it('no column of any table holds a phone, ID card or passport number in plain text', async () => {
    const samples = [
      ...demo.logins.map((l) => l.phone),
      ...demo.employees.slice(0, 20).flatMap((e) => [e.phone, e.idCardNo, e.passportNo ?? e.phone]),
    ];
    // Also after work that touches people: sign-ins (audit entries), a phone sign-in, /me.
    const traveller = demo.logins.find((l) => l.email === 'traveller@huachen.example.com');
    if (!traveller) throw new Error('no demo traveller');
    const byPhone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: traveller.phone, password: traveller.password },
    });
    expect(byPhone.statusCode).toBe(200);
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: traveller.phone, password: 'Wrong#password1' },
    });
    expect(failed.statusCode).toBe(401);
    const tables = await t.db.database.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const { table_name } of tables) {
      const [row] = await t.db.database.query<{ n: number }>(
        `select count(*)::int as n from "${table_name}" x where x::text like any ($1::text[])`,
        [samples.map((s) => `%${s}%`)],
      );
      if ((row?.n ?? 0) > 0) found.push(`${table_name}: ${row?.n} rows`);
    }
    expect(found).toEqual([]);
    // The failed phone sign-in is audited under the masked number.
    const [audit] = await t.db.database.query<{ actor_name: string }>(
      `select actor_name from audit_log where action = 'auth.sign_in_failed' order by at desc limit 1`,
    );
    expect(audit?.actor_name).toBeDefined();
    expect(audit?.actor_name).not.toContain(traveller.phone);
  });

  it('the API shows a person their own phone masked', async () => {
    const l = demo.logins.find((x) => x.email === 'executive@huachen.example.com');
    if (!l) throw new Error('no demo executive');
    const s = await signInAs(t.app, l.email);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(me.json<{ phone: string }>().phone).toBe(maskPhone(l.phone));
    expect(me.body).not.toContain(l.phone);
  });

  it('an unknown phone fails the sign-in audited under a masked number', async () => {
    const phone = '13900001234';
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { phone, password: 'Wrong#password1' } });
    const rows = await t.db.database.query<{ actor_name: string; row: string }>(
      `select actor_name, a::text as row from audit_log a where action = 'auth.sign_in_failed' and entity_id is null order by at desc limit 1`,
    );
    expect(rows[0]?.actor_name).toBe(maskPhone(phone));
    expect(rows[0]?.row).not.toContain(phone);
  });
});
