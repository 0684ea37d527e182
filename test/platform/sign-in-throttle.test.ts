import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignInIdentifier } from '../../src/modules/auth/sign-in.ts';
import { accountRule, addressRule, delaySecondsAfter } from '../../src/modules/auth/throttle.ts';
import { DEMO_PASSWORD, generateDemoData } from '../../src/demo/demo-data.ts';
import { AppError } from '../../src/platform/errors/app-error.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { errorOf } from './helpers.ts';

/**
 * Sign-in throttling that cannot be turned against others: per-account progressive delays instead of
 * a lockout, per-address limits only on what the address failed on, the owner told once per episode.
 * The clock is injected (`now`): no test sleeps.
 */

let t: TestApp;
const logins = generateDemoData().logins;
const T0 = Date.parse('2031-03-01T02:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

type Outcome = 'OK' | 'AUTH_INVALID_CREDENTIALS' | { locked: number };

/** One sign-in at a given instant: OK, the error code, or the retry-after of an AUTH_LOCKED. */
async function attempt(identifier: SignInIdentifier, password: string, ip: string, now: Date): Promise<Outcome> {
  try {
    const base = { db: t.db.database.db, cipher: t.db.cipher, userAgent: null, requestId: null, sessionTtlHours: 12 };
    await signIn({ ...base, identifier, password, ip, now });
    return 'OK';
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'AUTH_LOCKED') return { locked: Number(e.details?.retryAfterSeconds) };
    if (e.code === 'AUTH_INVALID_CREDENTIALS') return e.code;
    throw e;
  }
}

const accountOf = async (email: string) => {
  const [row] = await t.db.database.query<{ id: string; employee_id: string | null }>(
    'select id, employee_id from accounts where email = $1',
    [email],
  );
  if (!row) throw new Error(`no account ${email}`);
  return row;
};
const auditOf = (entityId: string, action: string) =>
  t.db.database.query<{ tenant_id: string; data: Record<string, unknown> }>(
    'select tenant_id, data from audit_log where entity_id = $1 and action = $2 order by at, seq',
    [entityId, action],
  );
const noticesOf = (recipientId: string) =>
  t.db.database.query<{ template: string; data: Record<string, unknown> }>(
    `select template, data from notifications where recipient_id = $1 and template = 'sign_in_slowed' order by created_at`,
    [recipientId],
  );

/** Fails `count` times on one identifier, each attempt once the previous delay has passed; returns the clock. */
async function failRepeatedly(identifier: SignInIdentifier, ip: string, count: number, from: number): Promise<number> {
  let clock = from;
  for (let i = 0; i < count; i++) {
    expect(await attempt(identifier, `Wrong#password${i}`, ip, at(clock)), `failure ${i + 1}`).toBe('AUTH_INVALID_CREDENTIALS');
    clock += Math.max(1, delaySecondsAfter(i + 1));
  }
  return clock;
}

describe('per-account progressive delay', () => {
  it('delays double from 5 s to a 60 s cap', () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 50].map((n) => delaySecondsAfter(n))).toEqual([0, 0, 5, 10, 20, 40, 60, 60, 60]);
    expect(accountRule.freeFailures).toBe(5);
  });

  it('an account under attack slows down; its owner’s correct password works once the short delay has passed', async () => {
    const email = 'executive@yunfan.example.com';
    const id = { email };
    // Four failures cost nothing; the fifth imposes 5 s, then 10, 20, 40, 60, 60 s.
    let clock = 0;
    for (let i = 1; i <= 4; i++) expect(await attempt(id, `Wrong#pw${i}`, '10.1.0.1', at(clock))).toBe('AUTH_INVALID_CREDENTIALS');
    for (const delay of [5, 10, 20, 40, 60, 60]) {
      expect(await attempt(id, 'Wrong#pw-again', '10.1.0.1', at(clock))).toBe('AUTH_INVALID_CREDENTIALS');
      // During the delay every attempt is refused unchecked, even the right password, from any address.
      expect(await attempt(id, 'Wrong#pw-during', '10.1.0.2', at(clock + 1))).toEqual({ locked: delay - 1 });
      expect(await attempt(id, DEMO_PASSWORD, '10.1.0.3', at(clock + delay - 1))).toEqual({ locked: 1 });
      clock += delay;
    }
    // Refusals were not counted: the delay stays at its cap. The owner gets in as soon as it has passed.
    expect(await attempt(id, DEMO_PASSWORD, '10.1.0.3', at(clock))).toBe('OK');
    // A success ends the episode: the next failure costs nothing again.
    expect(await attempt(id, 'Wrong#pw-later', '10.1.0.1', at(clock + 1))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(await attempt(id, DEMO_PASSWORD, '10.1.0.3', at(clock + 1))).toBe('OK');
  });

  it('over HTTP: 429 AUTH_LOCKED with a Retry-After of seconds, not a quarter of an hour', async () => {
    const email = 'finance@huachen.example.com';
    const login = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
        remoteAddress: '10.1.1.1',
      } satisfies InjectOptions);
    for (let i = 1; i <= 5; i++) expect((await login(`Wrong#password${i}`)).statusCode, `attempt ${i}`).toBe(401);
    const slowed = await login(DEMO_PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(errorOf(slowed).code).toBe('AUTH_LOCKED');
    const retry = Number(slowed.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(5);
    expect(errorOf(slowed).details?.retryAfterSeconds).toBe(retry);
    expect(slowed.headers['set-cookie']).toBeUndefined();
  });

  it('email and phone share one budget: switching identifier does not buy more attempts', async () => {
    const account = logins.find((l) => l.email === 'ops@tripdesk.example.com');
    if (!account) throw new Error('no demo ops log-in');
    for (let i = 1; i <= 3; i++) expect(await attempt({ email: account.email }, `Wrong#pw${i}`, '10.1.2.1', at(0))).not.toBe('OK');
    for (let i = 4; i <= 5; i++) expect(await attempt({ phone: account.phone }, `Wrong#pw${i}`, '10.1.2.1', at(0))).not.toBe('OK');
    expect(await attempt({ phone: account.phone }, DEMO_PASSWORD, '10.1.2.1', at(1))).toEqual({ locked: 4 });
    expect(await attempt({ email: account.email }, DEMO_PASSWORD, '10.1.2.1', at(5))).toBe('OK');
  });

  it('an episode ends after a quarter of an hour of quiet, not while the attack goes on', async () => {
    const id = { email: 'approver@huachen.example.com' };
    // Failures spread over more than the window: the fifth starts a new episode, no delay.
    for (const minutes of [0, 1, 2, 3, 20])
      expect(await attempt(id, 'Wrong#pw', '10.1.3.1', at(minutes * 60))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(await attempt(id, 'Wrong#pw', '10.1.3.1', at(20 * 60))).toBe('AUTH_INVALID_CREDENTIALS');
    // A slow, steady attack keeps its episode (and its delays) long past the first quarter of an hour.
    let clock = await failRepeatedly(id, '10.1.3.2', 25, 40 * 60);
    expect(clock - 40 * 60).toBeGreaterThan(15 * 60);
    expect(await attempt(id, 'Wrong#pw', '10.1.3.2', at(clock))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(await attempt(id, 'Wrong#pw', '10.1.3.2', at(clock + 1))).toEqual({ locked: 59 });
    // Quiet for a quarter of an hour after the last delay: a new episode.
    clock += 60 + 15 * 60 + 1;
    for (let i = 0; i < 4; i++) expect(await attempt(id, 'Wrong#pw', '10.1.3.3', at(clock))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(await attempt(id, DEMO_PASSWORD, '10.1.3.3', at(clock))).toBe('OK');
  });
});

describe('per-address limit', () => {
  it('thirty-odd failures from one address on account A do not refuse account B’s correct password from it', async () => {
    const ip = '10.2.0.1';
    const a = { email: 'traveller@yunfan.example.com' };
    const b = { email: 'approver@yunfan.example.com' };
    // Ten failures on A, then unknown names: the address is well past its limit in its window.
    let clock = 0;
    for (let i = 0; i < 10; i++) {
      expect(await attempt(a, `Wrong#password${i}`, ip, at(clock))).not.toBe('OK');
      clock += Math.max(1, delaySecondsAfter(i + 1));
    }
    for (let i = 0; i < addressRule.maxFailures; i++) {
      expect(await attempt({ email: `nobody${i}@yunfan.example.com` }, 'Wrong#pw', ip, at(clock))).not.toBe('OK');
    }
    expect(clock).toBeLessThan(addressRule.windowMinutes * 60);
    // B did not fail from this address: its correct password is accepted.
    expect(await attempt(b, DEMO_PASSWORD, ip, at(clock))).toBe('OK');
    // What the address failed on, it may not try again in its window, whether the account exists or not…
    expect(await attempt(a, DEMO_PASSWORD, ip, at(clock + 120))).toEqual({ locked: expect.any(Number) });
    expect(await attempt({ email: 'nobody0@yunfan.example.com' }, 'Wrong#pw', ip, at(clock + 120))).toEqual({ locked: expect.any(Number) });
    // …while a name it has not tried yet is checked (known or not, the same answer).
    expect(await attempt({ email: 'nobody-new@yunfan.example.com' }, 'Wrong#pw', ip, at(clock + 120))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(await attempt(b, 'Wrong#pw', ip, at(clock + 120))).toBe('AUTH_INVALID_CREDENTIALS');
    // A's owner elsewhere only waits out the account's short delay.
    expect(await attempt(a, DEMO_PASSWORD, '10.2.0.2', at(clock + 120))).toBe('OK');
    // Once the address's window is over, it may try A again.
    expect(await attempt(a, DEMO_PASSWORD, ip, at(addressRule.windowMinutes * 60 + 1))).toBe('OK');
  });
});

describe('the owner is told', () => {
  it('once per episode, in-app and audited', async () => {
    const email = 'traveller@huachen.example.com';
    const account = await accountOf(email);
    if (!account.employee_id) throw new Error('the demo traveller has no employee');
    const clock = await failRepeatedly({ email }, '10.3.0.1', 12, 0);
    const notices = await noticesOf(account.employee_id);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.data).toMatchObject({ failures: 5, delaySeconds: 5 });
    const audits = await auditOf(account.id, 'auth.slowed_down');
    expect(audits).toHaveLength(1);
    expect(audits[0]?.data).toMatchObject({ failures: 5, delaySeconds: 5, notified: true });
    // The owner signs in: the episode ends, and a new attack is a new episode, told again.
    expect(await attempt({ email }, DEMO_PASSWORD, '10.3.0.2', at(clock))).toBe('OK');
    await failRepeatedly({ email }, '10.3.0.3', 5, clock + 1);
    expect(await noticesOf(account.employee_id)).toHaveLength(2);
    expect(await auditOf(account.id, 'auth.slowed_down')).toHaveLength(2);
  });

  it('operator staff have no employee: the slow-down is audited in the platform’s chain', async () => {
    const account = await accountOf('agent@tripdesk.example.com');
    await failRepeatedly({ email: 'agent@tripdesk.example.com' }, '10.3.1.1', 7, 0);
    const audits = await auditOf(account.id, 'auth.slowed_down');
    expect(audits).toHaveLength(1);
    expect(audits[0]?.data).toMatchObject({ failures: 5, notified: false });
  });
});
