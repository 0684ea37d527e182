import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { errorOf } from '../platform/helpers.ts';

/** A platform admin onboards an enterprise; its first administrator signs in from the invitation. */

let t: TestApp;
let platform: SignedIn;

const PASSWORD = 'Lakeside-Tea-2026';

beforeAll(async () => {
  t = await testApp();
  platform = await signInAs(t.app, 'admin@tripdesk.example.com');
});
afterAll(async () => {
  await t?.close();
});

export function onboardingBody(overrides: Record<string, unknown> = {}) {
  return {
    code: 'lanhu',
    name: '蓝湖科技有限公司',
    nameEn: 'Lanhu Technology Co., Ltd.',
    shortName: '蓝湖',
    creditCode: '91440300708461136T',
    tier: 'professional',
    contactName: '周敏',
    contactPhone: '13912345678',
    contactEmail: 'zhoumin@lanhu.example.com',
    admin: { employeeNo: 'LH0001', name: '周敏', email: 'zhoumin@lanhu.example.com', phone: '13912345678' },
    ...overrides,
  };
}

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

function cookiesOf(res: LightMyRequestResponse): SignedIn {
  const jar = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const cookie = `td_session=${jar.td_session}; td_csrf=${jar.td_csrf}`;
  return { headers: { cookie, 'x-csrf-token': jar.td_csrf ?? '' }, csrf: jar.td_csrf ?? '', cookie };
}

interface Onboarded {
  tenant: { id: string; code: string; creditCode: string; tier: string; contactPhone: string; status: string };
  adminEmployeeId: string;
  invitation: { token: string; invitation: { id: string; status: string; roles: string[]; email: string } };
}

describe('onboarding an enterprise to its first sign-in', () => {
  let onboarded: Onboarded;

  it('creates the enterprise, its first administrator and an invitation whose token is shown once', async () => {
    const res = await post('/api/v1/tenants', onboardingBody({ creditCode: ' 91440300708461136t ' }), platform.headers);
    expect(res.statusCode, res.body).toBe(201);
    onboarded = res.json<Onboarded>();
    expect(onboarded.tenant).toMatchObject({ code: 'lanhu', creditCode: '91440300708461136T', tier: 'professional', status: 'active' });
    expect(onboarded.tenant.contactPhone).toBe('13912345678');
    expect(onboarded.invitation.invitation).toMatchObject({
      status: 'pending',
      roles: ['travel_admin'],
      email: 'zhoumin@lanhu.example.com',
    });
    expect(onboarded.invitation.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // The list of invitations never shows the token again.
    const list = await get('/api/v1/invitations', { ...platform.headers, 'x-tenant-id': onboarded.tenant.id });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(onboarded.invitation.invitation.id);
    expect(list.body).not.toContain(onboarded.invitation.token);
  });

  it('the link tells who is invited where; a weak password is refused with the usual rules', async () => {
    const opened = await post('/api/v1/invitations/open', { token: onboarded.invitation.token });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ displayName: '周敏', tenant: { name: '蓝湖科技有限公司' }, roles: ['travel_admin'] });
    const weak = await post('/api/v1/invitations/accept', { token: onboarded.invitation.token, password: 'short' });
    expect(errorOf(weak).code).toBe('PASSWORD_TOO_WEAK');
  });

  it('accepting sets the password and signs in: a travel admin of the new enterprise, who sees its root department', async () => {
    const res = await post('/api/v1/invitations/accept', { token: onboarded.invitation.token, password: PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    const me = res.json<{ roles: string[]; tenant: { id: string } | null; employeeId: string }>();
    expect(me.roles).toEqual(['travel_admin']);
    expect(me.tenant?.id).toBe(onboarded.tenant.id);
    expect(me.employeeId).toBe(onboarded.adminEmployeeId);
    const session = cookiesOf(res);
    const departments = await get('/api/v1/org/departments', session.headers);
    expect(departments.statusCode).toBe(200);
    expect(departments.body).toContain('蓝湖科技有限公司');
    const flows = await get('/api/v1/approval-flows', session.headers);
    expect(flows.statusCode).toBe(200);
    // The default flows: travel requests, out-of-policy orders and budget adjustments.
    expect(flows.json<{ items: unknown[] }>().items.length).toBe(3);
    // Their set-up list asks for a policy and budgets, not for a manager of the only person there.
    const setup = await get('/api/v1/home/setup', session.headers);
    const pending = new Map(setup.json<{ items: { code: string; count: number }[] }>().items.map((c) => [c.code, c.count]));
    expect(pending.get('employees_without_manager')).toBe(0);
    expect(pending.get('no_published_policy')).toBe(1);
    // The password works for a later sign-in, by email and by the employee's phone.
    await signInAs(t.app, 'zhoumin@lanhu.example.com', PASSWORD);
    const byPhone = await post('/api/v1/auth/login', { phone: '13912345678', password: PASSWORD });
    expect(byPhone.statusCode).toBe(200);
  });

  it('the link is single use', async () => {
    expect(errorOf(await post('/api/v1/invitations/accept', { token: onboarded.invitation.token, password: PASSWORD })).code).toBe(
      'INVITATION_USED',
    );
    const reopened = await post('/api/v1/invitations/open', { token: onboarded.invitation.token });
    expect(reopened.statusCode).toBe(410);
    expect(errorOf(reopened).code).toBe('INVITATION_USED');
  });

  it('every step is audited on the new enterprise’s chain', async () => {
    const admin = await signInAs(t.app, 'zhoumin@lanhu.example.com', PASSWORD);
    const res = await get('/api/v1/audit-log?limit=50', admin.headers);
    expect(res.statusCode).toBe(200);
    const actions = res.json<{ items: { action: string }[] }>().items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['tenant.created', 'department.created', 'employee.created', 'invitation.created', 'invitation.accepted']),
    );
  });

  it('the enterprise can be edited, suspended (its people are signed out and refused) and reactivated', async () => {
    const admin = await signInAs(t.app, 'zhoumin@lanhu.example.com', PASSWORD);
    const id = onboarded.tenant.id;
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${id}`,
      headers: platform.headers,
      payload: { tier: 'flagship', shortName: '蓝湖科技' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ tier: 'flagship', shortName: '蓝湖科技', code: 'lanhu' });
    const suspended = await post(`/api/v1/tenants/${id}/suspend`, { reason: '合同到期' }, platform.headers);
    expect(suspended.json()).toMatchObject({ status: 'suspended' });
    expect((await get('/api/v1/me', admin.headers)).statusCode).toBe(401);
    expect(errorOf(await post('/api/v1/auth/login', { email: 'zhoumin@lanhu.example.com', password: PASSWORD })).code).toBe(
      'TENANT_SUSPENDED',
    );
    // The platform admin still sees it, to reactivate it.
    expect((await get(`/api/v1/tenants/${id}`, platform.headers)).json()).toMatchObject({ status: 'suspended' });
    const reactivated = await post(`/api/v1/tenants/${id}/reactivate`, {}, platform.headers);
    expect(reactivated.json()).toMatchObject({ status: 'active' });
    await signInAs(t.app, 'zhoumin@lanhu.example.com', PASSWORD);
  });
});

describe('bad onboarding input is a clear 4xx', () => {
  it('a credit code with a wrong check digit: 422 naming creditCode', async () => {
    const res = await post('/api/v1/tenants', onboardingBody({ code: 'badcc', creditCode: '91440300708461136U' }), platform.headers);
    const err = errorOf(res);
    expect(res.statusCode).toBe(422);
    expect(err.details?.errors).toEqual([expect.objectContaining({ path: 'creditCode' })]);
  });

  it('characters outside the code’s alphabet are refused by the schema', async () => {
    const res = await post('/api/v1/tenants', onboardingBody({ code: 'badcc', creditCode: '9144030070846113IT' }), platform.headers);
    expect(res.statusCode).toBe(422);
  });

  it('an administrator with a bad mobile number: 422 naming admin.phone, and nothing is created', async () => {
    const res = await post(
      '/api/v1/tenants',
      onboardingBody({
        code: 'badphone',
        creditCode: '914403001922038216',
        admin: { employeeNo: 'X1', name: '王五', email: 'w@x.example.com', phone: '12345' },
      }),
      platform.headers,
    );
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'admin.phone' })]));
    const list = await get('/api/v1/tenants', platform.headers);
    expect(list.body).not.toContain('badphone');
  });

  it('a code or credit code already taken: 409 naming the field', async () => {
    const again = await post('/api/v1/tenants', onboardingBody({ creditCode: '914403001922038216' }), platform.headers);
    expect(errorOf(again)).toMatchObject({ code: 'DUPLICATE', details: { errors: [expect.objectContaining({ path: 'code' })] } });
    const sameCc = await post('/api/v1/tenants', onboardingBody({ code: 'other' }), platform.headers);
    expect(errorOf(sameCc)).toMatchObject({ code: 'DUPLICATE', details: { errors: [expect.objectContaining({ path: 'creditCode' })] } });
  });

  it('only a platform admin onboards: a travel admin and an account manager are refused', async () => {
    for (const email of ['admin@huachen.example.com', 'am@tripdesk.example.com']) {
      const who = await signInAs(t.app, email);
      const res = await post('/api/v1/tenants', onboardingBody({ code: 'nope', creditCode: '91110108551385082Q' }), who.headers);
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
  });

  it('an unknown or malformed invitation token', async () => {
    expect(errorOf(await post('/api/v1/invitations/open', { token: 'x'.repeat(43) })).code).toBe('NOT_FOUND');
    expect((await post('/api/v1/invitations/open', { token: 'short' })).statusCode).toBe(422);
    expect((await post('/api/v1/invitations/accept', { token: 'a b'.repeat(10), password: PASSWORD })).statusCode).toBe(422);
  });
});
