import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINCIPAL_CHANGES_CHANNEL } from '../../src/modules/access/index.ts';
import { invalidateAccount } from '../../src/modules/auth/index.ts';
import { authenticateApiKey } from '../../src/modules/auth/api-keys.ts';
import { PrincipalCache } from '../../src/modules/auth/principal-cache.ts';
import { authenticateSession } from '../../src/modules/auth/session.ts';
import { sha256 } from '../../src/modules/auth/tokens.ts';
import { buildTripdeskApp } from '../../src/app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { LISTENER_APPLICATION_NAME } from '../../src/platform/db/postgres-listener.ts';
import type { App } from '../../src/platform/http/types.ts';
import { signInAs, type SignedIn } from '../support/app.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

/**
 * The principal cache across application instances: two apps over the same data (PostgreSQL: two
 * Databases, each with its pool and listening connection; PGlite: two apps over one Database).
 * The cache's TTL is ten minutes here, so whatever is refused at once was not refused by the TTL.
 */

let db: TestDb;
let databaseA: Database;
let databaseB: Database;
let a: App;
let b: App;

const TTL_SECONDS = 600;

beforeAll(async () => {
  db = await testDatabase();
  databaseA = db.database;
  databaseB = await db.another();
  const config = loadConfig({
    TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'),
    LOG_LEVEL: 'silent',
    TRIPDESK_AUTH_CACHE_TTL_SECONDS: String(TTL_SECONDS),
  });
  a = await buildTripdeskApp({ config, database: databaseA, cipher: db.cipher }, { logger: false });
  b = await buildTripdeskApp({ config, database: databaseB, cipher: db.cipher }, { logger: false });
  await a.ready();
  await b.ready();
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.close();
});

const me = (app: App, headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/v1/me', headers });
const status = async (app: App, headers: Record<string, string>) => (await me(app, headers)).statusCode;

async function accountId(email: string): Promise<string> {
  const [row] = await databaseA.query<{ id: string }>('select id from accounts where email = $1', [email]);
  if (!row) throw new Error(`no account ${email}`);
  return row.id;
}

/**
 * Resolves when database's listeners have heard payload on the principal-changes channel. It listens
 * after the app built on that database did, so by then the app's cache has heard it too.
 */
async function heard(database: Database, payload: string): Promise<() => Promise<void>> {
  let resolve: () => void = () => {};
  const arrived = new Promise<void>((r) => (resolve = r));
  const stop = await database.listen(PRINCIPAL_CHANGES_CHANNEL, { notification: (p) => p === payload && resolve() });
  return async () => {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no notification ${payload} within 5 s`)), 5_000));
    try {
      await Promise.race([arrived, timeout]);
    } finally {
      await stop();
    }
  };
}

async function until(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('two instances', () => {
  it('B serves a session from its cache: a change nobody announces goes unnoticed (until the TTL)', async () => {
    const s = await signInAs(a, 'traveller@yunfan.example.com');
    expect(await status(b, s.headers)).toBe(200);
    const token = /td_session=([^;]*)/.exec(s.cookie)?.[1] ?? '';
    await databaseA.query('delete from sessions where id = $1', [sha256(token)]);
    // Cached: B does not look. (The cache's TTL, and its once-a-minute write of the last-seen time, would.)
    expect(await status(b, s.headers)).toBe(200);
    const done = await heard(databaseB, `account:${await accountId('traveller@yunfan.example.com')}`);
    await invalidateAccount(databaseA.db, await accountId('traveller@yunfan.example.com'));
    await done();
    expect(await status(b, s.headers)).toBe(401);
  });

  it('signing out on A refuses the session on B at once', async () => {
    const s = await signInAs(a, 'approver@huachen.example.com');
    expect(await status(b, s.headers)).toBe(200);
    expect(await status(a, s.headers)).toBe(200);
    const done = await heard(databaseB, `account:${await accountId('approver@huachen.example.com')}`);
    const out = await a.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    // A itself refuses at once (its own caches hear the change before the commit).
    expect(await status(a, s.headers)).toBe(401);
    await done();
    expect(await status(b, s.headers)).toBe(401);
  });

  it('a password change on A ends the other sessions on B at once, and keeps the one that made it', async () => {
    const email = 'finance@yunfan.example.com';
    const changer = await signInAs(a, email);
    const other = await signInAs(a, email);
    expect(await status(b, other.headers)).toBe(200);
    expect(await status(b, changer.headers)).toBe(200);
    const done = await heard(databaseB, `account:${await accountId(email)}`);
    const res = await a.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: changer.headers,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Quiet-Harbour-42' },
    });
    expect(res.statusCode).toBe(204);
    await done();
    expect(await status(b, other.headers)).toBe(401);
    expect(await status(b, changer.headers)).toBe(200);
  });

  it('revoking an API key on A refuses it on B at once', async () => {
    const admin = await signInAs(a, 'admin@huachen.example.com');
    const created = await a.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'two instances', scopes: ['org:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { key, secret } = created.json<{ key: { id: string }; secret: string }>();
    const bearer = { authorization: `Bearer ${secret}` };
    expect(await status(b, bearer)).toBe(200);
    const done = await heard(databaseB, `api_key:${key.id}`);
    expect((await a.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}`, headers: admin.headers })).statusCode).toBe(204);
    expect(await status(a, bearer)).toBe(401);
    await done();
    expect(await status(b, bearer)).toBe(401);
  });

  it('an account deactivated in SQL and announced with invalidateAccount is refused at once', async () => {
    const email = 'executive@huachen.example.com';
    const id = await accountId(email);
    const s = await signInAs(a, email);
    expect(await status(b, s.headers)).toBe(200);
    expect(await status(a, s.headers)).toBe(200);
    const done = await heard(databaseB, `account:${id}`);
    await databaseA.query(`update accounts set status = 'disabled' where id = $1`, [id]);
    await invalidateAccount(databaseA.db, id);
    expect(await status(a, s.headers)).toBe(401);
    await done();
    expect(await status(b, s.headers)).toBe(401);
    await databaseA.query(`update accounts set status = 'active' where id = $1`, [id]);
  });

  it('an announcement made in SQL alone (pg_notify) reaches every instance', async () => {
    // No process-local shortcut here: both apps learn of it through LISTEN/NOTIFY only.
    const email = 'executive@yunfan.example.com';
    const id = await accountId(email);
    const s = await signInAs(a, email);
    expect(await status(a, s.headers)).toBe(200);
    expect(await status(b, s.headers)).toBe(200);
    const doneA = await heard(databaseA, `account:${id}`);
    const doneB = await heard(databaseB, `account:${id}`);
    await databaseA.query(`update accounts set status = 'disabled' where id = $1`, [id]);
    await databaseA.query('select pg_notify($1, $2)', [PRINCIPAL_CHANGES_CHANNEL, `account:${id}`]);
    await doneA();
    await doneB();
    expect(await status(a, s.headers)).toBe(401);
    expect(await status(b, s.headers)).toBe(401);
    await databaseA.query(`update accounts set status = 'active' where id = $1`, [id]);
  });

  it('a cached session is not served past its expiry, with nothing announced', async () => {
    const email = 'traveller@huachen.example.com';
    const s = await signInAs(a, email);
    const token = /td_session=([^;]*)/.exec(s.cookie)?.[1] ?? '';
    const [row] = await databaseA.query<{ expires_at: Date }>(
      `update sessions set expires_at = now() + interval '1500 milliseconds' where id = $1 returning expires_at`,
      [sha256(token)],
    );
    expect(await status(b, s.headers)).toBe(200);
    const expiresAt = new Date(row?.expires_at ?? 0).getTime();
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt - Date.now()) + 20));
    expect(await status(b, s.headers)).toBe(401);
  });

  it('a notification lost while the listening connection was down leaves no stale principal', async (ctx) => {
    if (db.kind !== 'postgres') ctx.skip(); // PGlite listens in-process: there is no connection to lose.
    const email = 'approver@yunfan.example.com';
    const id = await accountId(email);
    const s = await signInAs(a, email);
    expect(await status(b, s.headers)).toBe(200);
    // A change nobody announces (as if the notification had been lost) …
    await databaseA.query(`update accounts set status = 'disabled' where id = $1`, [id]);
    expect(await status(b, s.headers)).toBe(200);
    // … and the listening connections drop: B forgets what it cached, long before the TTL.
    const listening = () =>
      databaseA.query<{ pid: number }>(`select pid from pg_stat_activity where application_name = $1 and datname = current_database()`, [
        LISTENER_APPLICATION_NAME,
      ]);
    const before = (await listening()).map((r) => r.pid);
    expect(before.length).toBeGreaterThanOrEqual(2);
    await databaseA.query('select pg_terminate_backend(pid) from pg_stat_activity where pid = any($1::int[])', [before]);
    await until(async () => (await status(b, s.headers)) === 401, 'B refuses the disabled account');
    await databaseA.query(`update accounts set status = 'active' where id = $1`, [id]);

    // Both reconnect and listen again; announcements reach B as before.
    await until(async () => (await listening()).filter((r) => !before.includes(r.pid)).length >= 2, 'the listening connections are back');
    const again = await signInAs(a, email);
    expect(await status(b, again.headers)).toBe(200);
    const done = await heard(databaseB, `account:${id}`);
    expect((await a.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: again.headers })).statusCode).toBe(204);
    await done();
    expect(await status(b, again.headers)).toBe(401);
  });
});

describe('what a cached credential still honours', () => {
  async function sessionFor(email: string): Promise<{ token: string; id: string; signedIn: SignedIn }> {
    const signedIn = await signInAs(a, email);
    const token = /td_session=([^;]*)/.exec(signedIn.cookie)?.[1] ?? '';
    return { token, id: sha256(token), signedIn };
  }
  const lastSeen = async (id: string) => {
    const [row] = await databaseA.query<{ last_seen_at: Date }>('select last_seen_at from sessions where id = $1', [id]);
    return new Date(row?.last_seen_at ?? 0).getTime();
  };

  it('writes the last-seen time at most once a minute, and holds the expiry to the millisecond', async () => {
    const { token, id } = await sessionFor('admin@yunfan.example.com');
    const t0 = Date.now() + 1_000;
    const expiresAt = t0 + 10 * 60_000;
    await databaseA.query(`update sessions set last_seen_at = $2, expires_at = $3 where id = $1`, [
      id,
      new Date(t0 - 120_000),
      new Date(expiresAt),
    ]);
    const cache = new PrincipalCache({ size: 10, ttlMs: 60 * 60_000 });
    const at = (ms: number) => authenticateSession(databaseA.db, token, { cache, now: new Date(ms) });

    expect(await at(t0)).not.toBeNull();
    expect(await lastSeen(id)).toBe(t0); // loaded: seen two minutes ago, so written
    expect(cache.count).toBe(1);
    expect(await at(t0 + 30_000)).not.toBeNull();
    expect(await lastSeen(id)).toBe(t0); // cached, within the minute: no write
    expect(await at(t0 + 61_000)).not.toBeNull();
    expect(await lastSeen(id)).toBe(t0 + 61_000); // cached, a minute on: written
    expect(await at(expiresAt - 1)).not.toBeNull();
    expect(await at(expiresAt)).toBeNull();
  });

  it('a cached session deleted behind the cache’s back is refused at its next last-seen write', async () => {
    const { token, id } = await sessionFor('admin@yunfan.example.com');
    const cache = new PrincipalCache({ size: 10, ttlMs: 60 * 60_000 });
    const t0 = Date.now();
    expect(await authenticateSession(databaseA.db, token, { cache, now: new Date(t0) })).not.toBeNull();
    await databaseA.query('delete from sessions where id = $1', [id]);
    expect(await authenticateSession(databaseA.db, token, { cache, now: new Date(t0 + 1_000) })).not.toBeNull();
    expect(await authenticateSession(databaseA.db, token, { cache, now: new Date(t0 + 61_000) })).toBeNull();
    expect(cache.count).toBe(0);
  });

  it('an API key: expiry to the millisecond, last-used time at most once a minute', async () => {
    const admin = await signInAs(a, 'admin@yunfan.example.com');
    const expires = new Date(Date.now() + 3_600_000).toISOString();
    const created = await a.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'expiry', scopes: ['org:read'], expiresAt: expires },
    });
    const { key, secret } = created.json<{ key: { id: string; expiresAt: string }; secret: string }>();
    const expiresAt = new Date(key.expiresAt).getTime();
    const cache = new PrincipalCache({ size: 10, ttlMs: 2 * 3_600_000 });
    const lastUsed = async () => {
      const [row] = await databaseA.query<{ last_used_at: Date | null }>('select last_used_at from api_keys where id = $1', [key.id]);
      return row?.last_used_at ? new Date(row.last_used_at).getTime() : null;
    };
    const t0 = Date.now() + 1_000;
    const at = (ms: number) => authenticateApiKey(databaseA.db, secret, { cache, now: new Date(ms) });
    expect((await at(t0))?.id).toBe(key.id);
    expect(await lastUsed()).toBe(t0);
    expect(await at(t0 + 30_000)).not.toBeNull();
    expect(await lastUsed()).toBe(t0);
    expect(await at(t0 + 61_000)).not.toBeNull();
    expect(await lastUsed()).toBe(t0 + 61_000);
    expect(await at(expiresAt - 1)).not.toBeNull();
    expect(await at(expiresAt)).toBeNull();
  });
});
