import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { startTestProvider, type TestProvider } from '../support/oidc-test-provider.ts';

/**
 * Single sign-on end to end: the app in-process, a real OpenID provider (oidc-provider) on an
 * ephemeral port, the provider's redirects followed with a cookie jar, the callback injected with
 * the browser's td_sso cookie, and the resulting session used on /api/v1/me.
 */

const CALLBACK = 'http://localhost/api/v1/auth/sso/callback';

let t: TestApp;
let idp: TestProvider;
let admin: SignedIn;
let huachen: string;
let yunfan: string;
/** Every answer the app gave in this file, to check that the client secret is never in one. */
const answers: string[] = [];

type Person = {
  id: string;
  employeeNo: string;
  email: string | null;
  name: string;
};

async function inject(opts: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await t.app.inject(opts);
  answers.push(`${JSON.stringify(res.headers)} ${res.body}`);
  return res;
}

const cookieOf = (res: LightMyRequestResponse, name: string): string | undefined => {
  const all = res.headers['set-cookie'];
  for (const c of Array.isArray(all) ? all : all ? [all] : []) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c);
    if (m?.[1]) return m[1];
  }
  return undefined;
};

const query = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.database.query<T>(text, params);

async function saveSettings(patch: Record<string, unknown> = {}, as: SignedIn = admin) {
  return inject({
    method: 'PUT',
    url: '/api/v1/auth/sso/settings',
    headers: as.headers,
    payload: {
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.clientId,
      scopes: ['openid', 'email', 'profile', 'employee'],
      matchBy: 'email',
      employeeNoClaim: 'employee_no',
      jitEnabled: false,
      jitRoles: ['traveller'],
      passwordSignInDisabled: false,
      ...patch,
    },
  });
}

interface Attempt {
  /** Where the callback sent the browser. */
  location: string;
  /** The session's cookie header, when it signed in. */
  cookie: string | null;
  callbackUrl: string;
  browser: string;
}

/** A whole sign-in: start → provider (as `subject`) → callback. */
async function ssoSignIn(tenantCode: string, subject: string | null): Promise<Attempt> {
  const start = await inject({ method: 'GET', url: `/api/v1/auth/sso/${tenantCode}/start` });
  expect(start.statusCode).toBe(302);
  const browser = cookieOf(start, 'td_sso');
  if (!browser) throw new Error(`no td_sso cookie; went to ${String(start.headers.location)}`);
  idp.forget();
  idp.signInAs(subject);
  const back = await idp.follow(String(start.headers.location));
  expect(back.origin + back.pathname).toBe(CALLBACK);
  const callbackUrl = back.pathname + back.search;
  const res = await inject({ method: 'GET', url: callbackUrl, headers: { cookie: `td_sso=${browser}` } });
  expect(res.statusCode).toBe(302);
  const session = cookieOf(res, 'td_session');
  const csrf = cookieOf(res, 'td_csrf');
  return {
    location: String(res.headers.location),
    cookie: session && csrf ? `td_session=${session}; td_csrf=${csrf}` : null,
    callbackUrl,
    browser,
  };
}

async function me(cookie: string | null) {
  if (!cookie) throw new Error('not signed in');
  const res = await inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json<{ id: string; employeeId: string | null; roles: string[]; tenant: { code: string } | null }>();
}

/** An active employee of a tenant, with or without an account. */
async function employeeOf(tenantId: string, withAccount: boolean): Promise<Person> {
  const [row] = await query<Person>(
    `select e.id, e.employee_no as "employeeNo", e.email, e.name from employees e
      where e.tenant_id = $1 and e.status = 'active' and e.email is not null
        and ${withAccount ? '' : 'not '}exists (select 1 from accounts a where a.employee_id = e.id)
      order by e.employee_no limit 1`,
    [tenantId],
  );
  if (!row) throw new Error('no such employee in the demo data');
  return row;
}

beforeAll(async () => {
  t = await testApp();
  huachen = t.db.demo.tenants.huachen;
  yunfan = t.db.demo.tenants.yunfan;
  idp = await startTestProvider(CALLBACK);
  admin = await signInAs(t.app, 'admin@huachen.example.com');
  const saved = await saveSettings({ clientSecret: idp.clientSecret });
  expect(saved.statusCode).toBe(200);
});
afterAll(async () => {
  await idp?.close();
  await t?.close();
});

describe('settings', () => {
  it('are the tenant’s, with the secret shown only as set, and audited without it', async () => {
    const res = await inject({ method: 'GET', url: '/api/v1/auth/sso/settings', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ configured: true, enabled: true, issuer: idp.issuer, clientSecretSet: true, callbackUrl: CALLBACK });
    expect(res.body).not.toContain(idp.clientSecret);
    const [stored] = await query<{ enc: string }>('select client_secret_enc as enc from sso_settings where tenant_id = $1', [huachen]);
    expect(stored?.enc).toMatch(/^v1\./);
    expect(stored?.enc).not.toContain(idp.clientSecret);
    const audits = await query<{ row: string }>(
      `select a::text as row from audit_log a where action = 'sso.settings_updated' and tenant_id = $1`,
      [huachen],
    );
    expect(audits.length).toBeGreaterThan(0);
    for (const a of audits) expect(a.row).not.toContain(idp.clientSecret);
  });

  it('another tenant’s admin sees their own (unconfigured) settings; a traveller may not look', async () => {
    const yf = await signInAs(t.app, 'admin@yunfan.example.com');
    const res = await inject({ method: 'GET', url: '/api/v1/auth/sso/settings', headers: yf.headers });
    expect(res.json()).toMatchObject({ configured: false, enabled: false, issuer: '' });
    const traveller = await signInAs(t.app, 'traveller@huachen.example.com');
    const denied = await inject({ method: 'GET', url: '/api/v1/auth/sso/settings', headers: traveller.headers });
    expect(denied.statusCode).toBe(403);
  });

  it('a plain-http issuer that is not this machine is refused', async () => {
    const res = await saveSettings({ issuer: 'http://idp.example.com' });
    expect(res.statusCode).toBe(422);
  });

  it('the connection test runs discovery and reports the endpoints, or the failure', async () => {
    const ok = await inject({ method: 'POST', url: '/api/v1/auth/sso/settings/test', headers: admin.headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, issuer: idp.issuer, authorizationEndpoint: `${idp.issuer}/auth`, error: null });
    // Nothing listens on port 9 here: the report says why, the settings stay as they were.
    const yf = await signInAs(t.app, 'admin@yunfan.example.com');
    expect((await saveSettings({ issuer: 'http://127.0.0.1:9', enabled: false }, yf)).statusCode).toBe(200);
    const bad = await inject({ method: 'POST', url: '/api/v1/auth/sso/settings/test', headers: yf.headers });
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({ ok: false, authorizationEndpoint: null });
    expect(bad.json<{ error: string }>().error.length).toBeGreaterThan(0);
  });
});

describe('signing in', () => {
  it('by email: an employee with an account gets a normal session for that account', async () => {
    const person = await employeeOf(huachen, true);
    idp.accounts.set('alice', { email: person.email, email_verified: true, name: person.name });
    const attempt = await ssoSignIn('huachen', 'alice');
    expect(attempt.location).toBe('/');
    const who = await me(attempt.cookie);
    expect(who.employeeId).toBe(person.id);
    expect(who.tenant?.code).toBe('huachen');
    // The session works for writes too: the CSRF cookie is the token.
    const csrf = /td_csrf=([^;]+)/.exec(attempt.cookie ?? '')?.[1] ?? '';
    const out = await inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: attempt.cookie ?? '', 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const [audit] = await query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'auth.signed_in_sso' and tenant_id = $1 and entity_id = $2`,
      [huachen, who.id],
    );
    expect(audit?.n).toBe(1);
  });

  it('by employee number, from a configurable (nested) claim', async () => {
    expect((await saveSettings({ matchBy: 'employee_no', employeeNoClaim: 'ext.staff_no' })).statusCode).toBe(200);
    const person = await employeeOf(huachen, true);
    idp.accounts.set('bob', { email: 'someone-else@elsewhere.example', ext: { staff_no: person.employeeNo } });
    const who = await me((await ssoSignIn('HuaChen', 'bob')).cookie);
    expect(who.employeeId).toBe(person.id);
    idp.accounts.set('bob-missing', { email: person.email });
    expect((await ssoSignIn('huachen', 'bob-missing')).location).toBe('/login?sso_error=claim_missing&tenant=huachen');
    expect((await saveSettings({ matchBy: 'email' })).statusCode).toBe(200);
  });

  it('an employee without an account: refused while JIT is off, given one (default roles) when on, then reused', async () => {
    const person = await employeeOf(huachen, false);
    idp.accounts.set('carol', { email: person.email?.toUpperCase() });
    const off = await ssoSignIn('huachen', 'carol');
    expect(off.location).toBe('/login?sso_error=no_account&tenant=huachen');
    expect(off.cookie).toBeNull();
    expect((await saveSettings({ jitEnabled: true, jitRoles: ['traveller', 'approver'] })).statusCode).toBe(200);
    const first = await me((await ssoSignIn('huachen', 'carol')).cookie);
    expect(first.employeeId).toBe(person.id);
    expect(first.roles.sort()).toEqual(['approver', 'traveller']);
    const again = await me((await ssoSignIn('huachen', 'carol')).cookie);
    expect(again.id).toBe(first.id);
    const [accounts] = await query<{ n: number }>('select count(*)::int as n from accounts where employee_id = $1', [person.id]);
    expect(accounts?.n).toBe(1);
    const [created] = await query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'auth.account_created_sso' and entity_id = $1`,
      [first.id],
    );
    expect(created?.n).toBe(1);
  });

  it('an unknown person, an inactive employee and an unverified email are refused with their reasons', async () => {
    idp.accounts.set('mallory', { email: 'nobody@nowhere.example', email_verified: true });
    expect((await ssoSignIn('huachen', 'mallory')).location).toBe('/login?sso_error=unknown_employee&tenant=huachen');
    const person = await employeeOf(huachen, false);
    await query(`update employees set status = 'inactive' where tenant_id = $1 and id = $2`, [huachen, person.id]);
    idp.accounts.set('dave', { email: person.email });
    expect((await ssoSignIn('huachen', 'dave')).location).toBe('/login?sso_error=employee_inactive&tenant=huachen');
    const other = await employeeOf(huachen, false);
    idp.accounts.set('erin', { email: other.email, email_verified: false });
    expect((await ssoSignIn('huachen', 'erin')).location).toBe('/login?sso_error=email_unverified&tenant=huachen');
    const [refusals] = await query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'auth.sso_refused' and tenant_id = $1`,
      [huachen],
    );
    expect(refusals?.n).toBeGreaterThanOrEqual(3);
  });

  it('cross-tenant: another enterprise’s employee is never matched, even with the same email', async () => {
    const foreign = await employeeOf(yunfan, false);
    idp.accounts.set('yvonne', { email: foreign.email });
    expect((await ssoSignIn('huachen', 'yvonne')).location).toBe('/login?sso_error=unknown_employee&tenant=huachen');
    // Now a Huachen employee has the same email: the sign-in for Huachen finds them, not Yunfan's.
    const own = await employeeOf(huachen, true);
    await query('update employees set email = $3 where tenant_id = $1 and id = $2', [huachen, own.id, foreign.email]);
    const who = await me((await ssoSignIn('huachen', 'yvonne')).cookie);
    expect(who.employeeId).toBe(own.id);
    expect(who.tenant?.code).toBe('huachen');
  });

  it('a state is single-use, bound to the browser that started it, and a cancelled sign-in is reported', async () => {
    const person = await employeeOf(huachen, true);
    idp.accounts.set('frank', { email: person.email });
    const first = await ssoSignIn('huachen', 'frank');
    expect(first.cookie).not.toBeNull();
    const replay = await inject({ method: 'GET', url: first.callbackUrl, headers: { cookie: `td_sso=${first.browser}` } });
    expect(replay.headers.location).toBe('/login?sso_error=state_invalid');
    expect(cookieOf(replay, 'td_session')).toBeUndefined();
    // Another browser (no td_sso cookie, or a different one) cannot finish someone else's sign-in.
    const start = await inject({ method: 'GET', url: '/api/v1/auth/sso/huachen/start' });
    idp.forget();
    idp.signInAs('frank');
    const back = await idp.follow(String(start.headers.location));
    const stranger = await inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: 'td_sso=someone-else' } });
    expect(stranger.headers.location).toBe('/login?sso_error=state_invalid');
    const forged = await inject({ method: 'GET', url: '/api/v1/auth/sso/callback?code=x&state=made-up' });
    expect(forged.headers.location).toBe('/login?sso_error=state_invalid');
    const cancelled = await ssoSignIn('huachen', null);
    expect(cancelled.location).toBe('/login?sso_error=access_denied&tenant=huachen');
  });

  it('unknown enterprises and enterprises without SSO go back to the login page', async () => {
    const unknown = await inject({ method: 'GET', url: '/api/v1/auth/sso/no-such-company/start' });
    expect(unknown.statusCode).toBe(302);
    expect(unknown.headers.location).toBe('/login?sso_error=unknown_tenant&tenant=no-such-company');
    const off = await inject({ method: 'GET', url: '/api/v1/auth/sso/yunfan/start' });
    expect(off.headers.location).toBe('/login?sso_error=sso_disabled&tenant=yunfan');
  });
});

describe('password sign-in switched off', () => {
  it('refuses the tenant’s correct passwords with a clear code, and only while SSO is on', async () => {
    expect((await saveSettings({ passwordSignInDisabled: true })).statusCode).toBe(200);
    const login = (email: string, password = 'Tripdesk#2026') =>
      inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    const refused = await login('approver@huachen.example.com');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'PASSWORD_SIGN_IN_DISABLED', details: { tenantCode: 'huachen' } });
    expect(cookieOf(refused, 'td_session')).toBeUndefined();
    // A wrong password says only that; other enterprises and operator staff are not affected.
    expect((await login('approver@huachen.example.com', 'Wrong#password1')).json()).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS' });
    expect((await login('approver@yunfan.example.com')).statusCode).toBe(200);
    expect((await login('agent@tripdesk.example.com')).statusCode).toBe(200);
    // SSO still signs the same people in.
    const person = await employeeOf(huachen, true);
    idp.accounts.set('grace', { email: person.email });
    expect((await me((await ssoSignIn('huachen', 'grace')).cookie)).employeeId).toBe(person.id);
    // Switching SSO off brings password sign-in back, whatever the switch says.
    expect((await saveSettings({ enabled: false, passwordSignInDisabled: true })).statusCode).toBe(200);
    expect((await login('approver@huachen.example.com')).statusCode).toBe(200);
    expect((await saveSettings({ enabled: true, passwordSignInDisabled: false })).statusCode).toBe(200);
  });
});

describe('the client secret', () => {
  it('is in no answer the app gave', () => {
    expect(answers.length).toBeGreaterThan(30);
    expect(answers.filter((a) => a.includes(idp.clientSecret))).toEqual([]);
  });

  it('can be replaced without being shown, and kept by leaving it out', async () => {
    const replaced = await saveSettings({ clientSecret: 'a-new-secret-Zq9' });
    expect(replaced.json()).toMatchObject({ clientSecretSet: true });
    const kept = await saveSettings({});
    expect(kept.json()).toMatchObject({ clientSecretSet: true });
    const [audit] = await query<{ data: { clientSecret: string } }>(
      `select data from audit_log where action = 'sso.settings_updated' and tenant_id = $1 order by seq desc limit 2`,
      [huachen],
    );
    expect(audit?.data.clientSecret).toBe('unchanged');
    expect(replaced.body).not.toContain('a-new-secret-Zq9');
  });
});
