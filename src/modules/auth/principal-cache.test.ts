import { describe, expect, it } from 'vitest';
import { permissionsOf, type Principal } from '../access/index.ts';
import { frozenPrincipal, PrincipalCache, type CachedCredential } from './principal-cache.ts';

const principal = (id: string): Principal =>
  frozenPrincipal({
    via: 'session',
    id,
    accountKind: 'tenant',
    displayName: id,
    roles: ['traveller'],
    permissions: permissionsOf(['traveller']),
    homeTenantId: '00000000-0000-7000-8000-000000000001',
    tenantIds: ['00000000-0000-7000-8000-000000000001'],
    employeeId: null,
    sessionId: `s-${id}`,
  });

const credential = (accountId: string, expiresAt: number | null = null, kind: 'account' | 'api_key' = 'account'): CachedCredential => ({
  principal: principal(accountId),
  csrfHash: kind === 'account' ? 'c' : null,
  subject: { kind, id: accountId },
  expiresAt: expiresAt === null ? null : new Date(expiresAt),
  touchedAt: 0,
});

const T = 1_000_000;

describe('PrincipalCache', () => {
  it('serves an entry until its TTL, then forgets it', () => {
    const cache = new PrincipalCache({ size: 10, ttlMs: 1_000 });
    expect(cache.set('k', credential('a'), cache.epoch, T)).toBe(true);
    expect(cache.get('k', T + 999)?.subject.id).toBe('a');
    expect(cache.get('k', T + 1_000)).toBeUndefined();
    expect(cache.count).toBe(0);
  });

  it('never serves a credential at or after its own expiry, whatever the TTL', () => {
    const cache = new PrincipalCache({ size: 10, ttlMs: 3_600_000 });
    cache.set('k', credential('a', T + 500), cache.epoch, T);
    expect(cache.get('k', T + 499)).toBeDefined();
    expect(cache.get('k', T + 500)).toBeUndefined();
  });

  it('keeps at most size entries, dropping the least recently used', () => {
    const cache = new PrincipalCache({ size: 3, ttlMs: 60_000 });
    for (const k of ['a', 'b', 'c']) cache.set(k, credential(k), cache.epoch, T);
    expect(cache.get('a', T)).toBeDefined(); // a is now the most recently used
    cache.set('d', credential('d'), cache.epoch, T);
    expect(cache.count).toBe(3);
    expect(cache.get('b', T)).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => cache.get(k, T)?.subject.id)).toEqual(['a', 'c', 'd']);
  });

  it('an account change evicts every session of the account, and nothing else', () => {
    const cache = new PrincipalCache({ size: 10, ttlMs: 60_000 });
    cache.set('s1', credential('a'), cache.epoch, T);
    cache.set('s2', credential('a'), cache.epoch, T);
    cache.set('s3', credential('b'), cache.epoch, T);
    cache.set('k1', credential('a', null, 'api_key'), cache.epoch, T);
    cache.apply({ kind: 'account', id: 'a' });
    expect(cache.get('s1', T)).toBeUndefined();
    expect(cache.get('s2', T)).toBeUndefined();
    expect(cache.get('s3', T)).toBeDefined();
    // An API key with the same id is another subject.
    expect(cache.get('k1', T)).toBeDefined();
    cache.apply({ kind: 'api_key', id: 'a' });
    expect(cache.get('k1', T)).toBeUndefined();
    cache.apply({ kind: 'all' });
    expect(cache.count).toBe(0);
  });

  it('a load that began before an eviction does not put back what was evicted', () => {
    const cache = new PrincipalCache({ size: 10, ttlMs: 60_000 });
    const epoch = cache.epoch; // the load reads the database …
    cache.apply({ kind: 'account', id: 'a' }); // … while the account changes
    expect(cache.set('k', credential('a'), epoch, T)).toBe(false);
    expect(cache.get('k', T)).toBeUndefined();
    expect(cache.set('k', credential('a'), cache.epoch, T)).toBe(true);
  });

  it('suspended (announcements may be missed) it forgets everything and keeps nothing; resumed it starts empty', () => {
    const cache = new PrincipalCache({ size: 10, ttlMs: 60_000 });
    cache.set('k', credential('a'), cache.epoch, T);
    cache.suspend();
    expect(cache.enabled).toBe(false);
    expect(cache.get('k', T)).toBeUndefined();
    expect(cache.set('k', credential('a'), cache.epoch, T)).toBe(false);
    cache.resume();
    expect(cache.enabled).toBe(true);
    expect(cache.count).toBe(0);
    expect(cache.set('k', credential('a'), cache.epoch, T)).toBe(true);
  });

  it('a TTL of 0 turns it off', () => {
    const cache = new PrincipalCache({ size: 10, ttlMs: 0 });
    expect(cache.enabled).toBe(false);
    expect(cache.set('k', credential('a'), cache.epoch, T)).toBe(false);
  });

  it('cached principals are frozen', () => {
    const p = principal('a');
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => (p.tenantIds as string[]).push('x')).toThrow(TypeError);
    expect(() => (p.roles as string[]).push('x')).toThrow(TypeError);
  });
});
