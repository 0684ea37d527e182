import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_TENANT } from '../../src/modules/audit/hash.ts';
import { invalidateAccount } from '../../src/modules/auth/index.ts';
import { sha256 } from '../../src/modules/auth/tokens.ts';
import { DEMO_PASSWORD, generateDemoData } from '../../src/demo/demo-data.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { errorOf } from './helpers.ts';

/** Sign-in (email, phone), sessions and their cookies, CSRF, sign-out, password change; throttling: sign-in-throttle.test.ts. */

let t: TestApp;
let huachen: string;
const logins = generateDemoData().logins;

beforeAll(async () => {
  t = await testApp();
  huachen = t.db.demo.tenants.huachen;
});
afterAll(async () => {
  await t?.close();
});

function loginOf(email: string) {
  const l = logins.find((x) => x.email === email);
  if (!l) throw new Error(`no demo log-in ${email}`);
  return l;
}

/** Each group of tests signs in from its own address, so that their failures never add up to the per-address limit. */
const login = (payload: Record<string, string>, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress, headers } satisfies InjectOptions);

function cookieOf(setCookie: string | string[] | undefined, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.find((c) => c.startsWith(`${name}=`));
}
const tokenOf = (setCookie: string | string[] | undefined, name: string) =>
  /^[^=]+=([^;]*)/.exec(cookieOf(setCookie, name) ?? '')?.[1] ?? '';

async function auditActions(
  where: string,
  params: unknown[],
): Promise<{ action: string; tenant_id: string; entity_id: string | null; actor_name: string; data: Record<string, unknown> }[]> {
  return t.db.database.query(
    `select action, tenant_id, entity_id, actor_name, data from audit_log where ${where} order by at, seq`,
    params,
  );
}
const accountId = async (email: string) => {
  const [row] = await t.db.database.query<{ id: string }>('select id from accounts where email = $1', [email]);
  if (!row) throw new Error(`no account ${email}`);
  return row.id;
};
const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers });

describe('signing in', () => {
  const ip = '10.0.1.1';

  it('by email: sets an http-only session cookie and a readable CSRF cookie, both SameSite=Lax', async () => {
    const res = await login({ email: 'Traveller@Huachen.example.com', password: DEMO_PASSWORD }, ip);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'tenant', email: 'traveller@huachen.example.com', roles: ['traveller'] });
    const session = cookieOf(res.headers['set-cookie'], 'td_session') ?? '';
    const csrf = cookieOf(res.headers['set-cookie'], 'td_csrf') ?? '';
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).toMatch(/; Path=\//i);
    expect(session).toMatch(/; Expires=/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/; SameSite=Lax/i);
    // Only hashes are stored: the cookie value is nowhere in the sessions table.
    const token = tokenOf(res.headers['set-cookie'], 'td_session');
    const rows = await t.db.database.query<{ row: string; id: string }>('select s::text as row, s.id from sessions s where s.id = $1', [
      sha256(token),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.row).not.toContain(token);
    expect(rows[0]?.row).not.toContain(tokenOf(res.headers['set-cookie'], 'td_csrf'));
  });

  it('by phone (blind index), with or without +86 and separators', async () => {
    const l = loginOf('approver@huachen.example.com');
    for (const phone of [l.phone, `+86 ${l.phone.slice(0, 3)}-${l.phone.slice(3, 7)}-${l.phone.slice(7)}`]) {
      const res = await login({ phone, password: DEMO_PASSWORD }, ip);
      expect(res.statusCode, phone).toBe(200);
      expect(res.json<{ email: string; phone: string }>()).toMatchObject({
        email: l.email,
        phone: `${l.phone.slice(0, 3)}****${l.phone.slice(7)}`,
      });
    }
    // An operator signs in by phone too.
    const op = loginOf('agent@tripdesk.example.com');
    expect((await login({ phone: op.phone, password: DEMO_PASSWORD }, ip)).json()).toMatchObject({ kind: 'operator', email: op.email });
  });

  it('needs exactly one of email and phone', async () => {
    const l = loginOf('approver@huachen.example.com');
    expect(errorOf(await login({ email: l.email, phone: l.phone, password: DEMO_PASSWORD }, ip)).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await login({ password: DEMO_PASSWORD }, ip)).code).toBe('VALIDATION_FAILED');
  });

  it('a wrong password and an unknown account get the very same answer', async () => {
    const wrong = await login({ email: 'executive@huachen.example.com', password: 'Wrong#password1' }, ip);
    const unknown = await login({ email: 'nobody@huachen.example.com', password: 'Wrong#password1' }, ip);
    const unknownPhone = await login({ phone: '13900000000', password: 'Wrong#password1' }, ip);
    for (const res of [wrong, unknown, unknownPhone]) {
      expect(res.statusCode).toBe(401);
      expect(errorOf(res).code).toBe('AUTH_INVALID_CREDENTIALS');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const strip = (body: string) => {
      const { requestId: _r, ...rest } = JSON.parse(body) as Record<string, unknown>;
      return rest;
    };
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    expect(strip(unknownPhone.body)).toEqual(strip(wrong.body));
  });

  it('every checked attempt is audited: success and failure with its reason', async () => {
    const email = 'finance@yunfan.example.com';
    const id = await accountId(email);
    const yunfan = t.db.demo.tenants.yunfan;
    expect((await login({ email, password: DEMO_PASSWORD }, '10.0.1.2')).statusCode).toBe(200);
    expect((await login({ email, password: 'Wrong#password1' }, '10.0.1.2')).statusCode).toBe(401);
    const entries = await auditActions('entity_id = $1', [id]);
    expect(entries.map((e) => e.action)).toEqual(['auth.signed_in', 'auth.sign_in_failed']);
    expect(entries.every((e) => e.tenant_id === yunfan)).toBe(true);
    expect(entries[1]?.data).toMatchObject({ reason: 'wrong_password' });
    // Unknown accounts land in the platform's own chain, under the name tried.
    const ghost = await auditActions(`action = 'auth.sign_in_failed' and actor_name = $1`, ['nobody@huachen.example.com']);
    expect(ghost).toHaveLength(1);
    expect(ghost[0]).toMatchObject({
      tenant_id: PLATFORM_TENANT,
      entity_id: null,
      data: expect.objectContaining({ reason: 'unknown_account' }),
    });
  });
});

describe('sessions', () => {
  let admin: SignedIn;
  beforeAll(async () => {
    admin = await signInAs(t.app, 'admin@huachen.example.com');
  });

  const createKey = (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers, payload: { name: 'csrf probe', scopes: ['org:read'] } });

  it('CSRF: a cookie-authenticated write needs the matching X-CSRF-Token', async () => {
    const noToken = await createKey({ cookie: admin.cookie });
    expect(noToken.statusCode).toBe(403);
    expect(errorOf(noToken).code).toBe('CSRF_FAILED');
    const wrong = await createKey({ cookie: admin.cookie, 'x-csrf-token': 'not-the-token' });
    expect(errorOf(wrong).code).toBe('CSRF_FAILED');
    const empty = await createKey({ cookie: admin.cookie, 'x-csrf-token': '' });
    expect(errorOf(empty).code).toBe('CSRF_FAILED');
    // Another session's token does not fit this session.
    const other = await signInAs(t.app, 'admin@huachen.example.com');
    const foreign = await createKey({ cookie: admin.cookie, 'x-csrf-token': other.csrf });
    expect(errorOf(foreign).code).toBe('CSRF_FAILED');
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/api-keys/00000000-0000-4000-8000-000000000000',
      headers: { cookie: admin.cookie },
    });
    expect(errorOf(del).code).toBe('CSRF_FAILED');
    const [row] = await t.db.database.query<{ n: number }>(`select count(*)::int as n from api_keys where name = 'csrf probe'`);
    expect(row?.n).toBe(0);
    const right = await createKey(admin.headers);
    expect(right.statusCode).toBe(201);
  });

  it('CSRF: reads need no token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect((await me({ cookie: admin.cookie })).statusCode).toBe(200);
  });

  it('signing out ends the session and clears the cookies', async () => {
    const s = await signInAs(t.app, 'traveller@huachen.example.com');
    expect((await me(s.headers)).statusCode).toBe(200);
    const withoutToken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(errorOf(withoutToken).code).toBe('CSRF_FAILED');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out.headers['set-cookie'], 'td_session')).toMatch(/^td_session=;/);
    expect(cookieOf(out.headers['set-cookie'], 'td_csrf')).toMatch(/^td_csrf=;/);
    const after = await me(s.headers);
    expect(after.statusCode).toBe(401);
    expect(errorOf(after).code).toBe('AUTH_REQUIRED');
    const actions = (
      await auditActions(`action = 'auth.signed_out' and entity_id = $1`, [await accountId('traveller@huachen.example.com')])
    ).map((e) => e.action);
    expect(actions).toEqual(['auth.signed_out']);
  });

  it('an expired session is refused', async () => {
    const s = await signInAs(t.app, 'traveller@huachen.example.com');
    expect((await me(s.headers)).statusCode).toBe(200);
    const token = /td_session=([^;]*)/.exec(s.cookie)?.[1] ?? '';
    await t.db.database.query(`update sessions set expires_at = now() - interval '1 second' where id = $1`, [sha256(token)]);
    // A change made in SQL reaches the principal caches when it is announced (else at their TTL).
    await invalidateAccount(t.db.database.db, await accountId('traveller@huachen.example.com'));
    const res = await me(s.headers);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('AUTH_REQUIRED');
  });

  it('a disabled account cannot sign in (told so only with the right password), and its sessions stop working', async () => {
    const email = 'approver@huachen.example.com';
    const s = await signInAs(t.app, email);
    await t.db.database.query(`update accounts set status = 'disabled' where email = $1`, [email]);
    expect((await me(s.headers)).statusCode).toBe(401);
    const res = await login({ email, password: DEMO_PASSWORD }, '10.0.4.1');
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('ACCOUNT_DISABLED');
    const [entry] = (await auditActions(`action = 'auth.sign_in_failed' and entity_id = $1`, [await accountId(email)])).slice(-1);
    expect(entry?.data).toMatchObject({ reason: 'disabled' });
    expect(entry?.tenant_id).toBe(huachen);
    const wrong = await login({ email, password: 'not-the-password-1' }, '10.0.4.1');
    expect(errorOf(wrong).code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.db.database.query(`update accounts set status = 'active' where email = $1`, [email]);
    expect((await login({ email, password: DEMO_PASSWORD }, '10.0.4.1')).statusCode).toBe(200);
  });
});

describe('changing the password', () => {
  const email = 'finance@huachen.example.com';
  const newPassword = 'Quiet-Harbour-42';
  const change = (headers: Record<string, string>, currentPassword: string, next: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload: { currentPassword, newPassword: next } });

  it('refuses a wrong current password and weak new ones', async () => {
    const s = await signInAs(t.app, email);
    const wrong = await change(s.headers, 'Not-the-password-1', newPassword);
    expect(wrong.statusCode).toBe(401);
    expect(errorOf(wrong).code).toBe('AUTH_INVALID_CREDENTIALS');
    for (const weak of ['short', 'alllowercaseletters', 'Finance-Account-1', DEMO_PASSWORD]) {
      const res = await change(s.headers, DEMO_PASSWORD, weak);
      expect(res.statusCode, weak).toBe(422);
      expect(errorOf(res).code, weak).toBe('PASSWORD_TOO_WEAK');
    }
    // Still the old password.
    expect((await login({ email, password: DEMO_PASSWORD }, '10.0.5.1')).statusCode).toBe(200);
    // Refusals leave the session as it was.
    expect((await me(s.headers)).statusCode).toBe(200);
  });

  it('wrong current passwords count towards the account’s sign-in delay, so a session cannot guess the password', async () => {
    const s = await signInAs(t.app, 'supervisor@tripdesk.example.com');
    for (let i = 1; i <= 5; i++) {
      const res = await change(s.headers, `Guess-number-${i}`, newPassword);
      expect(res.statusCode, `guess ${i}`).toBe(401);
    }
    const sixth = await change(s.headers, DEMO_PASSWORD, newPassword);
    expect(sixth.statusCode).toBe(429);
    expect(errorOf(sixth).code).toBe('AUTH_LOCKED');
    expect((await login({ email: 'supervisor@tripdesk.example.com', password: DEMO_PASSWORD }, '10.0.5.9')).statusCode).toBe(429);
    const actions = (await auditActions('entity_id = $1', [await accountId('supervisor@tripdesk.example.com')])).map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.password_change_failed')).toHaveLength(5);
  });

  it('a change ends the other sessions; the old password stops working, the new one works', async () => {
    const mine = await signInAs(t.app, email);
    const other = await signInAs(t.app, email);
    const res = await change(mine.headers, DEMO_PASSWORD, newPassword);
    expect(res.statusCode).toBe(204);
    expect((await me(mine.headers)).statusCode).toBe(200);
    expect((await me(other.headers)).statusCode).toBe(401);
    const old = await login({ email, password: DEMO_PASSWORD }, '10.0.5.2');
    expect(old.statusCode).toBe(401);
    expect((await login({ email, password: newPassword }, '10.0.5.2')).statusCode).toBe(200);
    const actions = (await auditActions(`action = 'auth.password_changed' and entity_id = $1`, [await accountId(email)])).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['auth.password_changed']);
  });
});
