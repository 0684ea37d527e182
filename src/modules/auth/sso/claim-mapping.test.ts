import { describe, expect, it } from 'vitest';
import { claimText, decideAccess, employeeKeyOf, requestedScopes } from './claim-mapping.ts';

const byEmail = { matchBy: 'email', employeeNoClaim: 'employee_no' } as const;
const byNumber = (claim = 'employee_no') => ({ matchBy: 'employee_no', employeeNoClaim: claim }) as const;

describe('claimText', () => {
  it('reads strings trimmed and numbers as text, through dotted paths', () => {
    expect(claimText({ a: '  x ' }, 'a')).toBe('x');
    expect(claimText({ n: 1042 }, 'n')).toBe('1042');
    expect(claimText({ ext: { hr: { no: 'E-7' } } }, 'ext.hr.no')).toBe('E-7');
  });

  it('is null for what is absent, empty, not text, or reached only through the prototype', () => {
    expect(claimText({}, 'a')).toBeNull();
    expect(claimText({ a: '   ' }, 'a')).toBeNull();
    expect(claimText({ a: true }, 'a')).toBeNull();
    expect(claimText({ a: ['x'] }, 'a')).toBeNull();
    expect(claimText({ a: Number.NaN }, 'a')).toBeNull();
    expect(claimText({ a: 'x' }, 'a.b')).toBeNull();
    expect(claimText({ a: ['x'] }, 'a.0')).toBeNull();
    expect(claimText({}, 'constructor.name')).toBeNull();
    expect(claimText({ a: 'x' }, 'toString')).toBeNull();
  });
});

describe('employeeKeyOf', () => {
  it('by email: lower-cased; refused when the provider says it is unverified, trusted when it does not say', () => {
    expect(employeeKeyOf({ email: ' Li.Wei@HuaChen.example.com ' }, byEmail)).toEqual({
      ok: true,
      key: { by: 'email', value: 'li.wei@huachen.example.com' },
    });
    expect(employeeKeyOf({ email: 'a@b.cn', email_verified: true }, byEmail)).toMatchObject({ ok: true });
    expect(employeeKeyOf({ email: 'a@b.cn', email_verified: false }, byEmail)).toEqual({ ok: false, reason: 'email_unverified' });
    expect(employeeKeyOf({ email: 'a@b.cn', email_verified: 'false' }, byEmail)).toEqual({ ok: false, reason: 'email_unverified' });
    expect(employeeKeyOf({ sub: 'x', employee_no: 'E1' }, byEmail)).toEqual({ ok: false, reason: 'claim_missing' });
  });

  it('by employee number: the configured claim only, as written (not lower-cased), email ignored', () => {
    expect(employeeKeyOf({ employee_no: 'HC00011', email: 'a@b.cn' }, byNumber())).toEqual({
      ok: true,
      key: { by: 'employee_no', value: 'HC00011' },
    });
    expect(employeeKeyOf({ ext: { staff_no: 7 } }, byNumber('ext.staff_no'))).toEqual({ ok: true, key: { by: 'employee_no', value: '7' } });
    expect(employeeKeyOf({ employee_no: 'HC00011' }, byNumber('staff_no'))).toEqual({ ok: false, reason: 'claim_missing' });
    expect(employeeKeyOf({ email: 'a@b.cn', email_verified: false, employee_no: 'E1' }, byNumber())).toMatchObject({ ok: true });
  });
});

describe('decideAccess', () => {
  const active = { id: 'e1', status: 'active' } as const;
  it('refuses unknown and inactive employees whatever else holds', () => {
    expect(decideAccess(null, null, true)).toEqual({ kind: 'refuse', reason: 'unknown_employee' });
    expect(decideAccess({ id: 'e1', status: 'inactive' }, { id: 'a1', status: 'active' }, true)).toEqual({
      kind: 'refuse',
      reason: 'employee_inactive',
    });
  });

  it('uses an active account, refuses a disabled one (JIT does not replace it)', () => {
    expect(decideAccess(active, { id: 'a1', status: 'active' }, false)).toEqual({ kind: 'use', accountId: 'a1' });
    expect(decideAccess(active, { id: 'a1', status: 'disabled' }, true)).toEqual({ kind: 'refuse', reason: 'account_disabled' });
  });

  it('creates an account just in time only when switched on', () => {
    expect(decideAccess(active, null, true)).toEqual({ kind: 'create' });
    expect(decideAccess(active, null, false)).toEqual({ kind: 'refuse', reason: 'no_account' });
  });
});

describe('requestedScopes', () => {
  it('always asks for openid first, each scope once', () => {
    expect(requestedScopes(['email', 'openid', 'profile', 'email'])).toBe('openid email profile');
    expect(requestedScopes([])).toBe('openid');
  });
});
