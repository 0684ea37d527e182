import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissions as allPermissions } from '../../src/modules/access/permissions.ts';
import { allRoles } from '../../src/modules/access/roles.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { describeRoute, fillPath, hasBody, routeCatalogue, type RouteEntry } from '../support/route-catalogue.ts';
import { errorOf, refusedBySelfAuthentication, roleLogins, type RoleLogin } from './helpers.ts';

/**
 * Every /api route × every role: the permission table (rolePermissions) decides, and the routes
 * must follow it. A role lacking a route's permission gets 403 FORBIDDEN; a role holding it is
 * never refused (401/403), whatever else the dummy request earns (a route that authenticates its
 * callers itself refuses every session with its own code: SELF_AUTHENTICATED); nothing ever answers 5xx.
 */

const LOGOUT = '/api/v1/auth/logout';

let t: TestApp;
let routes: RouteEntry[];
let huachen: string;
const sessions = new Map<string, SignedIn>();
const logins = roleLogins();

beforeAll(async () => {
  t = await testApp();
  routes = routeCatalogue(t.app);
  huachen = t.db.demo.tenants.huachen;
  for (const l of logins) sessions.set(l.email, await signInAs(t.app, l.email));
});
afterAll(async () => {
  await t?.close();
});

function session(l: RoleLogin): SignedIn {
  const s = sessions.get(l.email);
  if (!s) throw new Error(`no session for ${l.email}`);
  return s;
}

async function call(route: RouteEntry, headers: Record<string, string>) {
  return t.app.inject({
    method: route.method as 'GET',
    url: fillPath(route.url),
    headers,
    ...(hasBody(route.method) ? { payload: {} } : {}),
  });
}

describe('the role table', () => {
  it('has one demo log-in per role, and /me reports exactly the permissions the table gives', async () => {
    expect(logins.map((l) => l.role).sort()).toEqual([...allRoles].sort());
    for (const l of logins) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: session(l).headers });
      expect(res.statusCode, l.email).toBe(200);
      expect(res.json<{ permissions: string[] }>().permissions, l.email).toEqual([...l.permissions].sort());
    }
  });

  it('every route declares a known access', () => {
    for (const r of routes) expect(['public', 'authenticated', ...allPermissions], describeRoute(r)).toContain(r.access);
  });
});

describe('every route × every role', () => {
  it.each(logins.map((l) => [l.role, l] as const))('%s', async (_role, login) => {
    const base: Record<string, string> = { ...session(login).headers, ...(login.operator ? { 'x-tenant-id': huachen } : {}) };
    const violations: string[] = [];
    let refused = 0;
    let allowed = 0;
    for (const route of routes) {
      // Signing out would end the session the walk uses: sign out a second, throwaway session.
      const headers =
        route.url === LOGOUT
          ? { ...(await signInAs(t.app, login.email)).headers, ...(login.operator ? { 'x-tenant-id': huachen } : {}) }
          : base;
      const res = await call(route, headers);
      const name = `${describeRoute(route)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (res.statusCode >= 500) {
        violations.push(`5xx: ${name}`);
        continue;
      }
      const needs = route.access;
      const mayCall = needs === 'public' || needs === 'authenticated' || login.permissions.has(needs);
      if (mayCall) {
        allowed++;
        const refusedAsItShould = refusedBySelfAuthentication(route, res);
        if ((res.statusCode === 401 || res.statusCode === 403) && !refusedAsItShould)
          violations.push(`refused although permitted: ${name}`);
      } else {
        refused++;
        if (res.statusCode !== 403) {
          violations.push(`not refused although lacking ${needs}: ${name}`);
          continue;
        }
        const err = errorOf(res);
        if (err.code !== 'FORBIDDEN' || err.details?.permission !== needs) violations.push(`wrong refusal: ${name}`);
      }
    }
    expect(violations).toEqual([]);
    // The walk did what it claims: the counts follow the table.
    const lacking = routes.filter((r) => r.access !== 'public' && r.access !== 'authenticated' && !login.permissions.has(r.access));
    expect(refused).toBe(lacking.length);
    expect(allowed).toBe(routes.length - lacking.length);
  });

  it('somebody may call every route, and the walk refuses somebody somewhere', () => {
    // Guards the walk itself: a route nobody may call is dead, and a walk that never refuses proves nothing.
    for (const r of routes) {
      if (r.access === 'public' || r.access === 'authenticated') continue;
      const permission = r.access;
      expect(
        logins.some((l) => l.permissions.has(permission)),
        `nobody may call ${describeRoute(r)}`,
      ).toBe(true);
    }
    expect(
      routes.some((r) => logins.some((l) => r.access !== 'public' && r.access !== 'authenticated' && !l.permissions.has(r.access))),
    ).toBe(true);
  });
});

describe('without credentials', () => {
  it('every non-public route answers 401 AUTH_REQUIRED; public ones never 5xx', async () => {
    const violations: string[] = [];
    for (const route of routes) {
      const res = await call(route, {});
      const name = `${describeRoute(route)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (res.statusCode >= 500) violations.push(`5xx: ${name}`);
      if (route.access === 'public') continue;
      if (res.statusCode !== 401 || errorOf(res).code !== 'AUTH_REQUIRED') violations.push(`not 401 AUTH_REQUIRED: ${name}`);
    }
    expect(violations).toEqual([]);
    expect(routes.filter((r) => r.access !== 'public').length).toBeGreaterThan(0);
  });

  it('a forged or stale session cookie is no credential either', async () => {
    const violations: string[] = [];
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const res = await call(route, { cookie: 'td_session=forged-session-token; td_csrf=x', 'x-csrf-token': 'x' });
      if (res.statusCode !== 401 || errorOf(res).code !== 'AUTH_REQUIRED') violations.push(`${describeRoute(route)} → ${res.statusCode}`);
    }
    expect(violations).toEqual([]);
  });
});
