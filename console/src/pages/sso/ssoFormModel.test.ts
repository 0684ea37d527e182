import { describe, expect, it } from 'vitest';
import type { SsoSettings } from '../../api/sso';
import { bodyOf, formOf, problemsOf, scopeList } from './ssoFormModel';
import { ssoErrorCodes } from '../../../../src/modules/auth/sso/sso-errors.ts';
import { zhCN } from '../../i18n/zh-CN';
import { ssoErrorOf } from './ssoErrors';

const saved: SsoSettings = {
  configured: true,
  enabled: true,
  issuer: 'https://login.example.com/tenant',
  clientId: 'tripdesk',
  clientSecretSet: true,
  scopes: ['openid', 'email'],
  matchBy: 'email',
  employeeNoClaim: 'employee_no',
  jitEnabled: false,
  jitRoles: ['traveller'],
  passwordSignInDisabled: false,
  updatedAt: null,
  callbackUrl: 'https://tripdesk.example.com/api/v1/auth/sso/callback',
};

describe('the SSO settings form', () => {
  it('keeps a stored secret unless told otherwise, and never sends one it was not given', () => {
    const form = formOf(saved);
    expect(form.secretMode).toBe('keep');
    expect(bodyOf(form)).not.toHaveProperty('clientSecret');
    expect(bodyOf({ ...form, secretMode: 'replace', newSecret: ' s3cret ' }).clientSecret).toBe('s3cret');
    expect(bodyOf({ ...form, secretMode: 'remove' }).clientSecret).toBeNull();
    expect(formOf({ ...saved, clientSecretSet: false }).secretMode).toBe('replace');
  });

  it('checks the issuer as the server does, and asks for what is missing', () => {
    const form = formOf(saved);
    expect(problemsOf(form)).toEqual({});
    expect(problemsOf({ ...form, issuer: 'http://idp.example.com' }).issuer).toBe('invalidIssuer');
    expect(problemsOf({ ...form, issuer: 'http://localhost:8080/realms/x' }).issuer).toBeUndefined();
    expect(problemsOf({ ...form, issuer: ' ' }).issuer).toBe('required');
    expect(problemsOf({ ...form, secretMode: 'replace', newSecret: '' }).newSecret).toBe('required');
    expect(problemsOf({ ...form, jitRoles: [] }).jitRoles).toBe('rolesRequired');
    expect(problemsOf({ ...form, matchBy: 'employee_no', employeeNoClaim: 'has space' }).employeeNoClaim).toBe('required');
  });

  it('sends password sign-in off only together with SSO on', () => {
    const form = { ...formOf(saved), passwordSignInDisabled: true };
    expect(bodyOf(form).passwordSignInDisabled).toBe(true);
    expect(bodyOf({ ...form, enabled: false }).passwordSignInDisabled).toBe(false);
  });

  it('splits scopes on spaces and commas, each once', () => {
    expect(scopeList(' openid, email  profile email ')).toEqual(['openid', 'email', 'profile']);
  });
});

describe('the login page’s SSO error codes', () => {
  it('knows the server’s codes and reads anything else as a provider error', () => {
    expect(ssoErrorOf('unknown_employee')).toBe('unknown_employee');
    expect(ssoErrorOf('something_new')).toBe('provider_error');
    expect(ssoErrorOf(null)).toBeNull();
  });

  it('has words for every code the server sends, and no others', () => {
    expect(Object.keys(zhCN.sso.error).sort()).toEqual([...ssoErrorCodes].sort());
    for (const code of ssoErrorCodes) expect(ssoErrorOf(code)).toBe(code);
  });
});
