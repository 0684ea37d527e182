import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { acceptInvitation, openInvitation } from '../../src/modules/auth/invitations/accept-invitation.ts';
import { inviteEmployee } from '../../src/modules/auth/invitations/create-invitation.ts';
import { systemActor } from '../../src/modules/access/index.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { errorOf } from '../platform/helpers.ts';

/** Accounts, roles and invitations of an enterprise, managed by its travel admin; operator staff by the platform admin. */

let t: TestApp;
let hcAdmin: SignedIn;
let yfAdmin: SignedIn;
let platform: SignedIn;
let huachen: string;
let yunfan: string;

const PASSWORD = 'Harbour-Lights-77';
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await testApp();
  huachen = t.db.demo.tenants.huachen;
  yunfan = t.db.demo.tenants.yunfan;
  hcAdmin = await signInAs(t.app, 'admin@huachen.example.com');
  yfAdmin = await signInAs(t.app, 'admin@yunfan.example.com');
  platform = await signInAs(t.app, 'admin@tripdesk.example.com');
});
afterAll(async () => {
  await t?.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const put = (url: string, payload: unknown, headers: Record<string, string>) =>
  t.app.inject({ method: 'PUT', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

function sessionOf(res: LightMyRequestResponse): SignedIn {
  const jar = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const cookie = `td_session=${jar.td_session}; td_csrf=${jar.td_csrf}`;
  return { headers: { cookie, 'x-csrf-token': jar.td_csrf ?? '' }, csrf: jar.td_csrf ?? '', cookie };
}

/** Active employees of a tenant with an email address, no account and never invited. */
async function employeesWithoutAccount(tenantId: string, n: number): Promise<{ id: string; email: string }[]> {
  return t.db.database.query<{ id: string; email: string }>(
    `select e.id, e.email from employees e
      where e.tenant_id = $1 and e.status = 'active' and e.email is not null
        and not exists (select 1 from accounts a where a.employee_id = e.id)
        and not exists (select 1 from invitations i where i.employee_id = e.id)
      order by e.employee_no limit ${n}`,
    [tenantId],
  );
}

interface Created {
  invitation: { id: string; status: string };
  token: string;
}

async function invite(admin: SignedIn, employeeId: string, roles: string[]): Promise<Created> {
  const res = await post('/api/v1/invitations', { employeeId, roles }, admin.headers);
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.statusCode} ${res.body}`);
  return res.json<Created>();
}

describe('invitations: single use, expiring, replaceable', () => {
  it('expires after the configured time (72 h by default), judged by the injected clock', async () => {
    const [employee] = await employeesWithoutAccount(huachen, 1);
    if (!employee) throw new Error('no employee to invite');
    const now = new Date('2026-03-02T09:00:00Z');
    const created = await inviteEmployee(t.db.database.db, {
      tenantId: huachen,
      actor: systemActor('test'),
      employeeId: employee.id,
      roles: ['traveller'],
      now,
      ttlHours: 72,
    });
    expect(created.invitation.expiresAt).toBe(new Date(now.getTime() + 72 * HOUR).toISOString());
    const justBefore = new Date(now.getTime() + 72 * HOUR - 1000);
    await expect(openInvitation(t.db.database.db, created.token, justBefore)).resolves.toMatchObject({ email: employee.email });
    const at = new Date(now.getTime() + 72 * HOUR);
    await expect(openInvitation(t.db.database.db, created.token, at)).rejects.toMatchObject({ code: 'INVITATION_EXPIRED' });
    const accept = acceptInvitation({
      db: t.db.database.db,
      token: created.token,
      password: PASSWORD,
      now: at,
      ip: '127.0.0.1',
      userAgent: null,
      requestId: null,
      sessionTtlHours: 12,
    });
    await expect(accept).rejects.toMatchObject({ code: 'INVITATION_EXPIRED' });
    // By the real clock the invitation (made "in March") is long expired, and the list says so.
    const list = await get('/api/v1/invitations', hcAdmin.headers);
    expect(list.json<{ items: { id: string; status: string }[] }>().items.find((i) => i.id === created.invitation.id)?.status).toBe(
      'expired',
    );
    // A resend renews it: a new link, valid from now.
    const resent = await post(`/api/v1/invitations/${created.invitation.id}/resend`, {}, hcAdmin.headers);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json<Created>().invitation.status).toBe('pending');
  });

  it('a resend kills the old link; a revoke kills the link; both are 4xx with clear codes', async () => {
    const [employee] = await employeesWithoutAccount(huachen, 1);
    if (!employee) throw new Error('no employee to invite');
    const first = await invite(hcAdmin, employee.id, ['traveller']);
    // A second invitation for the same person is refused while one is pending.
    expect(errorOf(await post('/api/v1/invitations', { employeeId: employee.id, roles: ['traveller'] }, hcAdmin.headers)).code).toBe(
      'DUPLICATE',
    );
    const second = (await post(`/api/v1/invitations/${first.invitation.id}/resend`, {}, hcAdmin.headers)).json<Created>();
    expect(second.token).not.toBe(first.token);
    expect(errorOf(await post('/api/v1/invitations/open', { token: first.token })).code).toBe('NOT_FOUND');
    expect((await post('/api/v1/invitations/open', { token: second.token })).statusCode).toBe(200);
    const revoked = await post(`/api/v1/invitations/${first.invitation.id}/revoke`, {}, hcAdmin.headers);
    expect(revoked.statusCode).toBe(204);
    const opened = await post('/api/v1/invitations/open', { token: second.token });
    expect(opened.statusCode).toBe(410);
    expect(errorOf(opened).code).toBe('INVITATION_REVOKED');
    expect(errorOf(await post('/api/v1/invitations/accept', { token: second.token, password: PASSWORD })).code).toBe('INVITATION_REVOKED');
    // Revoked cannot be resent.
    expect(errorOf(await post(`/api/v1/invitations/${first.invitation.id}/resend`, {}, hcAdmin.headers)).code).toBe('INVALID_STATE');
  });

  it('refuses operator roles for an employee, unknown employees and employees of another enterprise', async () => {
    const [employee] = await employeesWithoutAccount(huachen, 1);
    const [foreign] = await employeesWithoutAccount(yunfan, 1);
    if (!employee || !foreign) throw new Error('no employee to invite');
    expect((await post('/api/v1/invitations', { employeeId: employee.id, roles: ['platform_admin'] }, hcAdmin.headers)).statusCode).toBe(
      422,
    );
    expect((await post('/api/v1/invitations', { employeeId: employee.id, roles: [] }, hcAdmin.headers)).statusCode).toBe(422);
    expect(errorOf(await post('/api/v1/invitations', { employeeId: foreign.id, roles: ['traveller'] }, hcAdmin.headers)).code).toBe(
      'NOT_FOUND',
    );
    const traveller = await signInAs(t.app, 'traveller@huachen.example.com');
    expect(errorOf(await post('/api/v1/invitations', { employeeId: employee.id, roles: ['traveller'] }, traveller.headers)).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await get('/api/v1/accounts', traveller.headers)).code).toBe('FORBIDDEN');
  });
});

describe('roles: granted and revoked, effective at the next request', () => {
  let person: SignedIn;
  let accountId: string;

  it('an invited employee accepts and holds exactly the invited roles', async () => {
    const [employee] = await employeesWithoutAccount(huachen, 1);
    if (!employee) throw new Error('no employee to invite');
    const created = await invite(hcAdmin, employee.id, ['traveller']);
    const res = await post('/api/v1/invitations/accept', { token: created.token, password: PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    person = sessionOf(res);
    accountId = res.json<{ id: string }>().id;
    expect(res.json<{ roles: string[] }>().roles).toEqual(['traveller']);
    const list = await get('/api/v1/accounts', hcAdmin.headers);
    const row = list
      .json<{ items: { id: string; roles: string[]; lastSignInAt: string | null; employee: { id: string } | null }[] }>()
      .items.find((a) => a.id === accountId);
    expect(row).toMatchObject({ roles: ['traveller'], employee: { id: employee.id } });
    expect(row?.lastSignInAt).not.toBeNull();
  });

  it('a grant works on the very next request of the same session, and so does a revoke', async () => {
    expect(errorOf(await get('/api/v1/budgets', person.headers)).code).toBe('FORBIDDEN');
    const granted = await put(`/api/v1/accounts/${accountId}/roles`, { roles: ['traveller', 'finance'] }, hcAdmin.headers);
    expect(granted.statusCode, granted.body).toBe(200);
    expect((await get('/api/v1/budgets', person.headers)).statusCode).toBe(200);
    const me = await get('/api/v1/me', person.headers);
    expect(me.json<{ roles: string[] }>().roles).toEqual(['traveller', 'finance']);
    await put(`/api/v1/accounts/${accountId}/roles`, { roles: ['traveller'] }, hcAdmin.headers);
    expect(errorOf(await get('/api/v1/budgets', person.headers)).code).toBe('FORBIDDEN');
    // Audited, with what was granted and revoked.
    const audit = await get(`/api/v1/audit-log?entityType=account&entityId=${accountId}&action=account.roles_changed`, hcAdmin.headers);
    const summaries = audit.json<{ items: { summary: string }[] }>().items.map((e) => e.summary);
    expect(summaries).toEqual([expect.stringMatching(/: -finance$/), expect.stringMatching(/: \+finance$/)]);
  });

  it('a travel admin made travel admin can manage accounts at once; the last travel admin cannot be removed', async () => {
    await put(`/api/v1/accounts/${accountId}/roles`, { roles: ['travel_admin'] }, hcAdmin.headers);
    expect((await get('/api/v1/accounts', person.headers)).statusCode).toBe(200);
    const list = await get('/api/v1/accounts', hcAdmin.headers);
    const admins = list.json<{ items: { id: string; roles: string[] }[] }>().items.filter((a) => a.roles.includes('travel_admin'));
    expect(admins.length).toBe(2);
    // Remove every travel admin but the last: refused at the last one.
    const [keep, ...rest] = admins.sort((a, b) => (a.id === accountId ? -1 : b.id === accountId ? 1 : 0));
    for (const a of rest)
      expect((await put(`/api/v1/accounts/${a.id}/roles`, { roles: ['traveller'] }, person.headers)).statusCode).toBe(200);
    const last = await put(`/api/v1/accounts/${keep?.id}/roles`, { roles: ['traveller'] }, person.headers);
    expect(last.statusCode).toBe(409);
    expect(errorOf(last).code).toBe('LAST_TRAVEL_ADMIN');
    // Restore the demo admin.
    for (const a of rest) await put(`/api/v1/accounts/${a.id}/roles`, { roles: ['travel_admin', 'traveller'] }, person.headers);
  });

  it('operator roles cannot be given to an enterprise account', async () => {
    expect((await put(`/api/v1/accounts/${accountId}/roles`, { roles: ['agent'] }, hcAdmin.headers)).statusCode).toBe(422);
  });
});

describe('cross-tenant isolation', () => {
  it('an admin of one enterprise neither sees nor changes another’s accounts or invitations', async () => {
    const [foreign] = await employeesWithoutAccount(yunfan, 1);
    if (!foreign) throw new Error('no employee to invite');
    const yfInvite = await invite(yfAdmin, foreign.id, ['traveller']);
    const hcAccounts = (await get('/api/v1/accounts', hcAdmin.headers)).json<{ items: { tenantId: string; id: string }[] }>().items;
    expect(hcAccounts.length).toBeGreaterThan(0);
    expect(hcAccounts.every((a) => a.tenantId === huachen)).toBe(true);
    const yfAccounts = (await get('/api/v1/accounts', yfAdmin.headers)).json<{ items: { id: string }[] }>().items;
    const hcInvitations = await get('/api/v1/invitations', hcAdmin.headers);
    expect(hcInvitations.body).not.toContain(yfInvite.invitation.id);
    for (const res of [
      await put(`/api/v1/accounts/${yfAccounts[0]?.id}/roles`, { roles: ['travel_admin'] }, hcAdmin.headers),
      await post(`/api/v1/invitations/${yfInvite.invitation.id}/resend`, {}, hcAdmin.headers),
      await post(`/api/v1/invitations/${yfInvite.invitation.id}/revoke`, {}, hcAdmin.headers),
      await get('/api/v1/accounts', { ...hcAdmin.headers, 'x-tenant-id': yunfan }),
    ]) {
      expect(errorOf(res).code).toBe('NOT_FOUND');
    }
    // Still pending: nothing of it changed.
    expect((await post('/api/v1/invitations/open', { token: yfInvite.token })).statusCode).toBe(200);
  });

  it('the enterprise side never reaches operator accounts, nor the operator side enterprise accounts', async () => {
    const ops = (await get('/api/v1/operator-accounts', platform.headers)).json<{ items: { id: string; kind: string }[] }>().items;
    expect(ops.every((a) => a.kind === 'operator')).toBe(true);
    const agent = ops.find((a) => a.kind === 'operator');
    expect(
      errorOf(await put(`/api/v1/accounts/${agent?.id}/roles`, { roles: ['traveller'] }, { ...platform.headers, 'x-tenant-id': huachen }))
        .code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await get('/api/v1/operator-accounts', hcAdmin.headers)).code).toBe('FORBIDDEN');
  });
});

describe('operator staff, managed by the platform admin', () => {
  it('invites an agent, who accepts, is assigned to an enterprise and sees only it', async () => {
    const created = await post(
      '/api/v1/operator-invitations',
      { email: 'lin.agent@tripdesk.example.com', displayName: '林晓', roles: ['agent'] },
      platform.headers,
    );
    expect(created.statusCode, created.body).toBe(201);
    const { token } = created.json<Created>();
    const accepted = await post('/api/v1/invitations/accept', { token, password: PASSWORD });
    expect(accepted.statusCode).toBe(200);
    const agent = sessionOf(accepted);
    const id = accepted.json<{ id: string }>().id;
    expect((await get('/api/v1/tenants', agent.headers)).json<{ items: unknown[] }>().items).toEqual([]);
    const current = (await get(`/api/v1/tenants/${huachen}/operators`, platform.headers)).json<{ items: { accountId: string }[] }>().items;
    await put(`/api/v1/tenants/${huachen}/operators`, { accountIds: [...current.map((o) => o.accountId), id] }, platform.headers);
    const seen = (await get('/api/v1/tenants', agent.headers)).json<{ items: { id: string }[] }>().items.map((x) => x.id);
    expect(seen).toEqual([huachen]);
    // Roles: a supervisor too, at once; enterprise roles refused.
    expect((await put(`/api/v1/operator-accounts/${id}/roles`, { roles: ['agent', 'supervisor'] }, platform.headers)).statusCode).toBe(200);
    expect((await get('/api/v1/me', agent.headers)).json<{ roles: string[] }>().roles).toEqual(['agent', 'supervisor']);
    expect((await put(`/api/v1/operator-accounts/${id}/roles`, { roles: ['travel_admin'] }, platform.headers)).statusCode).toBe(422);
    const list = (await get('/api/v1/operator-accounts', platform.headers)).json<{
      items: { id: string; assignedTenants: { id: string }[] }[];
    }>().items;
    expect(list.find((a) => a.id === id)?.assignedTenants.map((x) => x.id)).toEqual([huachen]);
  });
});
