import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyScopeNames, scopePermissions, type ApiKeyScope } from '../../src/modules/access/permissions.ts';
import { invalidateApiKey } from '../../src/modules/auth/index.ts';
import { sha256 } from '../../src/modules/auth/tokens.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { describeRoute, fillPath, hasBody, routeCatalogue } from '../support/route-catalogue.ts';
import { errorOf, refusedBySelfAuthentication } from './helpers.ts';

/** Machine credentials: created by a travel admin, shown once, stored hashed, limited to their scopes. */

let t: TestApp;
let admin: SignedIn;

interface Created {
  key: {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    createdAt: string;
    lastUsedAt: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
  };
  secret: string;
}

beforeAll(async () => {
  t = await testApp();
  admin = await signInAs(t.app, 'admin@huachen.example.com');
});
afterAll(async () => {
  await t?.close();
});

async function createKey(scopes: ApiKeyScope[], extra: Record<string, unknown> = {}): Promise<Created> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: admin.headers,
    payload: { name: `key ${scopes.join('+')}`, scopes, ...extra },
  });
  if (res.statusCode !== 201) throw new Error(`creating a key failed: ${res.statusCode} ${res.body}`);
  return res.json<Created>();
}
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

describe('creating and listing', () => {
  it('the secret is shown once, in the td_<prefix>_<secret> form; the list never shows it', async () => {
    const created = await createKey(['org:read']);
    expect(created.secret).toMatch(/^td_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,}$/);
    expect(created.secret.startsWith(`td_${created.key.prefix}_`)).toBe(true);
    expect(created.key).toMatchObject({ scopes: ['org:read'], revokedAt: null, lastUsedAt: null, expiresAt: null });
    const list = await get('/api/v1/api-keys', admin.headers);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { id: string }[] }>().items.map((k) => k.id)).toContain(created.key.id);
    const secretPart = created.secret.slice(`td_${created.key.prefix}_`.length);
    expect(list.body).not.toContain(secretPart);
    expect(list.body).not.toContain(sha256(created.secret));
    expect(list.body).not.toMatch(/secret/i);
  });

  it('is stored as a hash only', async () => {
    const created = await createKey(['audit:read']);
    const rows = await t.db.database.query<{ secret_hash: string; row: string }>(
      'select secret_hash, k::text as row from api_keys k where id = $1',
      [created.key.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.secret_hash).toBe(sha256(created.secret));
    expect(rows[0]?.row).not.toContain(created.secret.slice(12));
    // The audit entry names the key and its scopes, not its secret.
    const audit = await t.db.database.query<{ row: string }>(`select a::text as row from audit_log a where entity_id = $1`, [
      created.key.id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.row).toContain('api_key.created');
    expect(audit[0]?.row).not.toContain(created.secret.slice(12));
  });

  it('refuses an expiry in the past and unknown scopes', async () => {
    const past = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'old', scopes: ['org:read'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(errorOf(past).code).toBe('VALIDATION_FAILED');
    const scope = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'god', scopes: ['apikey:manage'] },
    });
    expect(errorOf(scope).code).toBe('VALIDATION_FAILED');
  });
});

describe('using a key', () => {
  it('an org:read key reads /me and its own tenant, and nothing else', async () => {
    const { secret, key } = await createKey(['org:read']);
    const me = await get('/api/v1/me', bearer(secret));
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ via: 'api_key', id: key.id, kind: 'tenant', roles: [], permissions: ['org.read', 'tenant.read'] });
    const tenants = await get('/api/v1/tenants', bearer(secret));
    expect(tenants.statusCode).toBe(200);
    expect(tenants.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([t.db.demo.tenants.huachen]);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: bearer(secret),
      payload: { name: 'escalate', scopes: ['org:write'] },
    });
    expect(create.statusCode).toBe(403);
    expect(errorOf(create)).toMatchObject({ code: 'FORBIDDEN', details: { permission: 'apikey.manage' } });
    const audit = await get('/api/v1/audit-log', bearer(secret));
    expect(errorOf(audit).code).toBe('FORBIDDEN');
    // Writing to the organisation is refused as well.
    expect(routeCatalogue(t.app)).toContainEqual({ method: 'POST', url: '/api/v1/org/departments', access: 'org.write' });
    const dept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/departments',
      headers: bearer(secret),
      payload: { code: 'KEY-MADE', name: 'Key made' },
    });
    expect(errorOf(dept)).toMatchObject({ code: 'FORBIDDEN', details: { permission: 'org.write' } });
    // It records when it was last used.
    const [row] = await t.db.database.query<{ last_used_at: Date | null }>('select last_used_at from api_keys where id = $1', [key.id]);
    expect(row?.last_used_at).not.toBeNull();
  });

  it('an audit:read key reads the audit log of its tenant only', async () => {
    const { secret } = await createKey(['audit:read']);
    const res = await get('/api/v1/audit-log', bearer(secret));
    expect(res.statusCode).toBe(200);
    const tenantIds = new Set(res.json<{ items: { tenantId: string }[] }>().items.map((i) => i.tenantId));
    expect([...tenantIds]).toEqual([t.db.demo.tenants.huachen]);
    expect(errorOf(await get('/api/v1/audit-log?chain=platform', bearer(secret))).code).toBe('FORBIDDEN');
    expect(errorOf(await get('/api/v1/tenants', bearer(secret))).code).toBe('FORBIDDEN');
    expect(errorOf(await get('/api/v1/audit-log/verify', bearer(secret))).code).toBe('FORBIDDEN');
  });

  it.each(apiKeyScopeNames.map((s) => [s]))(
    'a key with scope %s on every route: refused exactly where its scope does not reach',
    async (scope) => {
      const { secret } = await createKey([scope]);
      const granted = scopePermissions([scope]);
      const violations: string[] = [];
      for (const route of routeCatalogue(t.app)) {
        // Changing a password is for people: keys have none (a well-formed body gets past validation to say so).
        const forPeopleOnly = route.url === '/api/v1/auth/password';
        const payload = forPeopleOnly ? { currentPassword: 'x', newPassword: 'Long-enough-9' } : {};
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fillPath(route.url),
          headers: bearer(secret),
          ...(hasBody(route.method) ? { payload } : {}),
        });
        const name = `${describeRoute(route)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode >= 500) violations.push(`5xx: ${name}`);
        if (res.statusCode === 401 && !refusedBySelfAuthentication(route, res)) violations.push(`key not accepted: ${name}`);
        const code = res.statusCode >= 400 ? errorOf(res).code : null;
        if (code === 'CSRF_FAILED') violations.push(`CSRF asked of a key: ${name}`);
        const permitted = route.access === 'public' || route.access === 'authenticated' || granted.has(route.access);
        if (permitted && !forPeopleOnly && res.statusCode === 403) violations.push(`refused although in scope: ${name}`);
        if ((!permitted || forPeopleOnly) && code !== 'FORBIDDEN') violations.push(`not refused although out of scope: ${name}`);
      }
      expect(violations).toEqual([]);
    },
  );

  it('needs no CSRF token for writes', async () => {
    const { secret } = await createKey(['org:write']);
    const dept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/departments',
      headers: bearer(secret),
      payload: { code: 'KEY-MADE', name: 'Made by a key' },
    });
    expect(dept.statusCode, dept.body).toBe(201);
    const [row] = await t.db.database.query<{ tenant_id: string }>(`select tenant_id from departments where code = 'KEY-MADE'`);
    expect(row?.tenant_id).toBe(t.db.demo.tenants.huachen);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(secret) });
    expect(out.statusCode).toBe(204);
    // Signing out means nothing for a key: it still works.
    expect((await get('/api/v1/me', bearer(secret))).statusCode).toBe(200);
  });

  it('a Bearer header wins over a session cookie: a bad key is not rescued by the cookie', async () => {
    const res = await get('/api/v1/me', { ...admin.headers, authorization: 'Bearer td_AAAAAAAA_not-a-real-secret-at-all-xx' });
    expect(res.statusCode).toBe(401);
  });
});

describe('keys that do not work', () => {
  it('revoked', async () => {
    const { secret, key } = await createKey(['org:read']);
    expect((await get('/api/v1/me', bearer(secret))).statusCode).toBe(200);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}`, headers: admin.headers });
    expect(del.statusCode).toBe(204);
    const res = await get('/api/v1/me', bearer(secret));
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('AUTH_REQUIRED');
    // Revoking twice: there is no live key of that id any more.
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}`, headers: admin.headers })).statusCode).toBe(404);
    const list = await get('/api/v1/api-keys', admin.headers);
    expect(list.json<{ items: Created['key'][] }>().items.find((k) => k.id === key.id)?.revokedAt).not.toBeNull();
  });

  it('expired', async () => {
    const { secret, key } = await createKey(['org:read'], { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await get('/api/v1/me', bearer(secret))).statusCode).toBe(200);
    await t.db.database.query(`update api_keys set expires_at = now() - interval '1 second' where id = $1`, [key.id]);
    // A change made in SQL reaches the principal caches when it is announced (else at their TTL).
    await invalidateApiKey(t.db.database.db, key.id);
    const res = await get('/api/v1/me', bearer(secret));
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('AUTH_REQUIRED');
  });

  it('malformed or forged', async () => {
    const { secret, key } = await createKey(['org:read']);
    const forged = `td_${key.prefix}_${'A'.repeat(43)}`;
    const wrongPrefix = secret.replace(`td_${key.prefix}_`, 'td_ZZZZZZZZ_');
    for (const authorization of [
      'Bearer',
      'Bearer ',
      'Bearer garbage',
      'Bearer td_short',
      `Bearer ${forged}`,
      `Bearer ${wrongPrefix}`,
      `Bearer ${secret}x`,
      `Bearer ${secret} extra`,
      `Basic ${Buffer.from(`user:${secret}`).toString('base64')}`,
      `Token ${secret}`,
    ]) {
      const res = await get('/api/v1/me', { authorization });
      expect(res.statusCode, authorization).toBe(401);
      expect(errorOf(res).code, authorization).toBe('AUTH_REQUIRED');
    }
    // The scheme is case-insensitive; the real secret still works.
    expect((await get('/api/v1/me', { authorization: `bearer ${secret}` })).statusCode).toBe(200);
  });
});
