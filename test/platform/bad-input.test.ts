import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue, errorCodes } from '../../src/platform/errors/catalogue.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { describeRoute, fillPath, pathParams, routeCatalogue, routeInputs, type RouteEntry } from '../support/route-catalogue.ts';
import { errorOf, leaksInternals } from './helpers.ts';

/**
 * Every /api route against malformed input, as a platform admin (who may call everything) and as
 * an enterprise travel admin: each answer is a 4xx catalogue error as JSON — never a 5xx, never a
 * stack trace or driver message.
 */

const HUGE = 'x'.repeat(10_000);
const SIX_MIB = `{"a":"${'x'.repeat(6 * 1024 * 1024)}"}`;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

let t: TestApp;
let routes: RouteEntry[];
const callers: { name: string; headers: Record<string, string> }[] = [];

beforeAll(async () => {
  t = await testApp();
  routes = routeCatalogue(t.app);
  const platformAdmin: SignedIn = await signInAs(t.app, 'admin@tripdesk.example.com');
  const travelAdmin: SignedIn = await signInAs(t.app, 'admin@huachen.example.com');
  callers.push(
    { name: 'platform admin', headers: { ...platformAdmin.headers, 'x-tenant-id': t.db.demo.tenants.huachen } },
    { name: 'travel admin', headers: travelAdmin.headers },
  );
});
afterAll(async () => {
  await t?.close();
});

interface BadRequest {
  what: string;
  options: InjectOptions;
}

/** The malformed requests that apply to a route, derived from its URL and its OpenAPI description. */
function badRequestsFor(route: RouteEntry, headers: Record<string, string>): BadRequest[] {
  const inputs = routeInputs(t.app, route);
  const method = route.method as 'GET';
  const url = fillPath(route.url);
  const out: BadRequest[] = [];
  const add = (what: string, o: Partial<InjectOptions>) =>
    out.push({ what, options: { method, url, ...o, headers: { ...headers, ...(o.headers as Record<string, string> | undefined) } } });
  const json = (what: string, payload: string) => add(what, { payload, headers: { 'content-type': 'application/json' } });

  for (const param of pathParams(route.url)) {
    for (const [what, value] of [
      ['not a uuid', 'not-a-uuid'],
      ['sql-ish', "1' or '1'='1"],
      ['10k chars', HUGE],
      ['unicode', '中文-ü-🙂'],
      ['NUL', 'a\u0000b'],
    ] as const) {
      add(`path :${param} ${what}`, {
        url: fillPath(route.url, { [param]: value }),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      });
    }
  }
  for (const param of pathParams(route.url)) {
    // Not encodable with encodeURIComponent: broken percent-encoding straight into the URL.
    add(`path :${param} bad percent-encoding`, {
      url: route.url.replace(`:${param}`, '%E0%A4%A').replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => fillPath(`:${name}`)),
      ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
    });
  }
  const withQuery = (what: string, query: Record<string, string>) => add(what, { query });
  if (inputs.query.includes('limit')) {
    for (const limit of ['-1', '0', 'abc', '1.5', '1000000', '99999999999999999999']) withQuery(`limit=${limit}`, { limit });
  }
  if (inputs.query.includes('cursor')) {
    for (const [what, cursor] of [
      ['garbage', 'garbage!!'],
      ['not base64 json', 'bm90IGpzb24'],
      ['wrong arity', b64([1])],
      ['an object', b64({ a: 1 })],
      ['well formed but lying', b64(['not-a-date', 'not-a-uuid', 'not-a-number'])],
      ['nested values', b64([[1], { a: 1 }, null])],
      ['10k chars', HUGE],
    ] as const) {
      withQuery(`cursor ${what}`, { cursor });
    }
  }
  if (inputs.query.length > 0) {
    withQuery('unknown query parameter', { unknownParameter: '1' });
    for (const name of inputs.query.filter((q) => q !== 'limit' && q !== 'cursor')) withQuery(`query ${name} 10k chars`, { [name]: HUGE });
    for (const name of inputs.query) withQuery(`query ${name} NUL`, { [name]: 'a\u0000b' });
  }
  if (route.method !== 'GET') {
    json('invalid JSON', '{"a":');
    json('empty JSON body', '');
    add('XML body', { payload: '<a/>', headers: { 'content-type': 'application/xml' } });
    add('6 MiB body', { payload: SIX_MIB, headers: { 'content-type': 'application/json' } });
  }
  if (inputs.jsonBody) {
    json('array body', '[]');
    json('string body', '"text"');
    json('number body', '42');
    json('null body', 'null');
    json('unknown field', '{"unknownField":1}');
    json(
      'every field 10k chars',
      JSON.stringify(Object.fromEntries((inputs.bodyProperties.length ? inputs.bodyProperties : ['name']).map((p) => [p, HUGE]))),
    );
    json(
      'every field holding NUL',
      JSON.stringify(Object.fromEntries((inputs.bodyProperties.length ? inputs.bodyProperties : ['name']).map((p) => [p, 'a\u0000b']))),
    );
    json('every field of the wrong type', JSON.stringify(Object.fromEntries(inputs.bodyProperties.map((p) => [p, { nested: [1, 2, 3] }]))));
    json('prototype pollution', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    add('text/plain body', { payload: 'hello', headers: { 'content-type': 'text/plain' } });
    add('form body', { payload: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
  return out;
}

describe('malformed input on every route', () => {
  it('the walk has something to walk', () => {
    const cases = routes.flatMap((r) => badRequestsFor(r, {}));
    expect(cases.length).toBeGreaterThan(routes.length);
    expect(cases.some((c) => c.what === '6 MiB body')).toBe(true);
    expect(cases.some((c) => c.what.startsWith('cursor'))).toBe(true);
    expect(cases.some((c) => c.what.startsWith('path'))).toBe(true);
  });

  it.each(['platform admin', 'travel admin'])('as %s: 4xx catalogue errors only', async (callerName) => {
    const caller = callers.find((c) => c.name === callerName);
    if (!caller) throw new Error(`no caller ${callerName}`);
    const violations: string[] = [];
    for (const route of routes) {
      for (const bad of badRequestsFor(route, caller.headers)) {
        const res = await t.app.inject(bad.options);
        const name = `${describeRoute(route)} ${bad.what} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        // Browser-only routes (single sign-on's start and callback) refuse by sending the browser
        // back to the login page with an error code it shows in words, never into the flow.
        const location = typeof res.headers.location === 'string' ? res.headers.location : '';
        if (res.statusCode === 302 && /^\/login\?sso_error=[a-z_]+/.test(location)) continue;
        if (res.statusCode < 400 || res.statusCode >= 500) {
          violations.push(`status: ${name}`);
          continue;
        }
        try {
          const err = errorOf(res);
          if (errorCatalogue[err.code].status !== res.statusCode) violations.push(`status differs from the catalogue: ${name}`);
        } catch (e) {
          violations.push(`${e instanceof Error ? e.message : String(e)}: ${name}`);
        }
        if (leaksInternals(res.body)) violations.push(`leaks internals: ${name}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the errors are the specific ones', async () => {
    const caller = callers[1];
    if (!caller) throw new Error('no travel admin');
    const post = (payload: string, contentType: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/api-keys', payload, headers: { ...caller.headers, 'content-type': contentType } });
    expect(errorOf(await post('{"a":', 'application/json')).code).toBe('MALFORMED_REQUEST');
    expect(errorOf(await post('<a/>', 'application/xml')).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(errorOf(await post(SIX_MIB, 'application/json')).code).toBe('PAYLOAD_TOO_LARGE');
    const unknown = errorOf(await post('{"name":"k","scopes":["org:read"],"extra":1}', 'application/json'));
    expect(unknown.code).toBe('VALIDATION_FAILED');
    expect(unknown.details?.errors).toBeInstanceOf(Array);
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/api-keys/not-a-uuid', headers: caller.headers });
    expect(errorOf(res).code).toBe('VALIDATION_FAILED');
    const limit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?limit=-1', headers: caller.headers });
    expect(errorOf(limit).code).toBe('VALIDATION_FAILED');
    const cursor = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?cursor=garbage', headers: caller.headers });
    expect(errorOf(cursor).code).toBe('VALIDATION_FAILED');
    // A cursor of the right shape holding nonsense is refused the same way, not a 500.
    const lying = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log',
      query: { cursor: b64(['x', 'y', 'z']) },
      headers: caller.headers,
    });
    expect(errorOf(lying).code).toBe('VALIDATION_FAILED');
    // Router-level refusals speak the catalogue too, without echoing the path back.
    const long = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${HUGE}`, headers: caller.headers });
    expect(long.statusCode).toBe(400);
    expect(errorOf(long).code).toBe('MALFORMED_REQUEST');
    expect(long.body).not.toContain(HUGE.slice(0, 200));
    const badUrl = await t.app.inject({ method: 'DELETE', url: '/api/v1/api-keys/%E0%A4%A', headers: caller.headers });
    expect(errorOf(badUrl).code).toBe('MALFORMED_REQUEST');
  });

  it('answers in Chinese when asked, with the same code', async () => {
    const caller = callers[1];
    if (!caller) throw new Error('no travel admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: '{"a":',
      headers: { ...caller.headers, 'content-type': 'application/json', 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    const err = errorOf(res);
    expect(err.code).toBe('MALFORMED_REQUEST');
    expect(err.message).toBe(errorCatalogue.MALFORMED_REQUEST.zh);
  });

  it('nothing was created by all that', async () => {
    const [row] = await t.db.database.query<{ n: number }>('select count(*)::int as n from api_keys');
    expect(row?.n).toBe(0);
    const [tenants] = await t.db.database.query<{ n: number }>('select count(*)::int as n from tenants');
    expect(tenants?.n).toBe(2);
  });
});

describe('the error catalogue', () => {
  it('every code has an English and a Chinese message and an error status', () => {
    expect(errorCodes.length).toBeGreaterThan(5);
    for (const code of errorCodes) {
      const e = errorCatalogue[code];
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(e.en.trim(), code).not.toBe('');
      expect(e.zh.trim(), code).not.toBe('');
      expect(e.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(e.en, code).not.toBe(e.zh);
      expect(e.status >= 400 && e.status <= 599, `${code} ${e.status}`).toBe(true);
    }
  });

  it('every code is documented in the OpenAPI description table', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    const description = res.json<{ info: { description: string } }>().info.description;
    for (const code of errorCodes) {
      const e = errorCatalogue[code];
      expect(description, code).toContain(`| ${code} | ${e.status} | ${e.en} | ${e.zh} |`);
    }
  });
});
