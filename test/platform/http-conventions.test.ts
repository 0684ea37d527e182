import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleDist } from '../../src/platform/http/static-console.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';
import { openApiOperation, openApiPath, routeCatalogue } from '../support/route-catalogue.ts';
import { errorOf } from './helpers.ts';

/** What every client can rely on: health, metrics, the API description, request ids, headers, 404s. */

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('health and metrics', () => {
  it('/healthz answers ok', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers ready with the database kind', async () => {
    const res = await get('/readyz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: t.db.kind });
  });

  it('/metrics is not there unless a metrics token is configured', async () => {
    const res = await get('/metrics');
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });

  it('/metrics with a token: refused without it or with another, and exposes request durations by route with it', async () => {
    const token = 'metrics-token-'.padEnd(40, 'x');
    const withToken = await testApp({ env: { TRIPDESK_METRICS_TOKEN: token } });
    try {
      const metrics = (authorization?: string) =>
        withToken.app.inject({ method: 'GET', url: '/metrics', headers: authorization === undefined ? {} : { authorization } });
      for (const wrong of [undefined, `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, token, `Basic ${token}`]) {
        const refused = await metrics(wrong);
        expect(refused.statusCode, String(wrong)).toBe(401);
        expect(errorOf(refused).code).toBe('AUTH_REQUIRED');
        expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(refused.body).not.toContain('tripdesk_');
      }
      await withToken.app.inject({ method: 'GET', url: '/api/v1/me' });
      const res = await metrics(`Bearer ${token}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.body).toContain('# TYPE tripdesk_http_request_duration_seconds histogram');
      expect(res.body).toMatch(/tripdesk_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/me",status="401"\} [1-9]/);
      expect(res.body).toContain('tripdesk_process_cpu_user_seconds_total');
    } finally {
      await withToken.close();
    }
  });
});

describe('the client address', () => {
  const sessionIpAfterSignIn = async (app: TestApp, forwardedFor: string) => {
    const res = await app.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'traveller@huachen.example.com', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': forwardedFor },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await app.db.database.query<{ ip: string }>('select ip from sessions order by created_at desc limit 1');
    return row?.ip;
  };

  it('is the connection’s, whatever X-Forwarded-For says, unless the proxy is trusted (TRIPDESK_TRUST_PROXY)', async () => {
    expect(await sessionIpAfterSignIn(t, '203.0.113.9')).toBe('127.0.0.1');
    const behindProxy = await testApp({ env: { TRIPDESK_TRUST_PROXY: '127.0.0.1' } });
    try {
      expect(await sessionIpAfterSignIn(behindProxy, '203.0.113.9')).toBe('203.0.113.9');
    } finally {
      await behindProxy.close();
    }
  });
});

describe('the API description', () => {
  it('/openapi.json is OpenAPI 3.1.0 and lists exactly the /api routes, with their access', async () => {
    const res = await get('/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, { description?: string; security?: unknown[] }>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Tripdesk API');
    const routes = routeCatalogue(t.app);
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(documented).toEqual(routes.map((r) => `${r.method} ${openApiPath(r.url)}`).sort());
    for (const r of routes) {
      const op = doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()];
      if (r.access === 'public') expect(op?.security, r.url).toEqual([]);
      else if (r.access === 'authenticated') expect(op?.description, r.url).toContain('Any signed-in caller.');
      else expect(op?.description, r.url).toContain(`Needs the permission \`${r.access}\`.`);
      expect(openApiOperation(t.app, r), r.url).toBeDefined();
    }
  });

  it('/docs serves the HTML viewer', async () => {
    let res = await get('/docs');
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 3; hops++) {
      const location = String(res.headers.location);
      res = await get(location.startsWith('/') ? location : `/docs/${location.replace(/^\.\//, '')}`);
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/<html/i);
  });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id', async () => {
    const res = await get('/healthz', { 'x-request-id': 'trace-abc.123' });
    expect(res.headers['x-request-id']).toBe('trace-abc.123');
  });

  it('generates one when none or a malformed one is given, and puts it in error bodies', async () => {
    const none = await get('/api/v1/me');
    expect(String(none.headers['x-request-id'])).toMatch(uuidLike);
    expect(none.json<{ requestId: string }>().requestId).toBe(none.headers['x-request-id']);
    const bad = await get('/api/v1/me', { 'x-request-id': 'has spaces and <script>' });
    expect(String(bad.headers['x-request-id'])).toMatch(uuidLike);
    const long = await get('/healthz', { 'x-request-id': 'x'.repeat(101) });
    expect(String(long.headers['x-request-id'])).toMatch(uuidLike);
    const other = await get('/api/v1/me');
    expect(other.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
  });
});

describe('security headers', () => {
  it.each(['/healthz', '/api/v1/me', '/openapi.json', '/api/v1/no-such-route'])('%s carries them', async (url) => {
    const res = await get(url);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('a signed-in response carries them too', async () => {
    const s = await signInAs(t.app, 'traveller@huachen.example.com');
    const res = await get('/api/v1/me', s.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });
});

describe('unknown paths', () => {
  it('an unknown /api path is a JSON 404 NOT_FOUND, for any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/v1/no-such-thing?x=1' });
      expect(res.statusCode, method).toBe(404);
      const err = errorOf(res);
      expect(err.code).toBe('NOT_FOUND');
      expect(err.message).toContain('/api/v1/no-such-thing');
      expect(err.message).not.toContain('x=1');
    }
  });

  it('an unknown page is the console (when built) or a 404', async () => {
    const built = fs.existsSync(path.join(consoleDist, 'index.html'));
    const res = await get('/travel/some/client-side/route');
    if (built) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toBe(fs.readFileSync(path.join(consoleDist, 'index.html'), 'utf8'));
    } else {
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).code).toBe('NOT_FOUND');
    }
    // Reserved prefixes never fall back to the console.
    for (const url of ['/api/v1/nope', '/openapi.json/x', '/metrics/x', '/healthz/x']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/^application\/json/);
    }
    // A write to a page path is a 404, not the console.
    const post = await t.app.inject({ method: 'POST', url: '/travel/some/route', payload: {} });
    expect(post.statusCode).toBe(404);
  });
});
