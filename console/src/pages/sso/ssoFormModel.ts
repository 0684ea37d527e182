import type { SsoJitRole, SsoMatchBy, SsoSettings, SsoSettingsSave } from '../../api/sso';

/** What to do with the stored client secret on save. */
export type SecretMode = 'keep' | 'replace' | 'remove';

export interface SsoForm {
  enabled: boolean;
  issuer: string;
  clientId: string;
  secretMode: SecretMode;
  newSecret: string;
  scopes: string;
  matchBy: SsoMatchBy;
  employeeNoClaim: string;
  jitEnabled: boolean;
  jitRoles: SsoJitRole[];
  passwordSignInDisabled: boolean;
}

export type SsoFormProblem = 'required' | 'invalidIssuer' | 'rolesRequired';
export type SsoFormProblems = Partial<Record<'issuer' | 'clientId' | 'newSecret' | 'employeeNoClaim' | 'jitRoles', SsoFormProblem>>;

/** The server's rule for the issuer (the request schema's pattern): https, or http on this machine. */
const ISSUER = /^(https:\/\/[A-Za-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1))(:[0-9]{1,5})?(\/[^\s?#]*)?$/;
const CLAIM = /^[A-Za-z0-9_:-]{1,100}(\.[A-Za-z0-9_:-]{1,100}){0,4}$/;

export function formOf(s: SsoSettings): SsoForm {
  return {
    enabled: s.enabled,
    issuer: s.issuer,
    clientId: s.clientId,
    // Nothing stored yet: the first save sets one.
    secretMode: s.clientSecretSet ? 'keep' : 'replace',
    newSecret: '',
    scopes: s.scopes.join(' '),
    matchBy: s.matchBy,
    employeeNoClaim: s.employeeNoClaim,
    jitEnabled: s.jitEnabled,
    jitRoles: [...s.jitRoles],
    passwordSignInDisabled: s.passwordSignInDisabled,
  };
}

export function problemsOf(f: SsoForm): SsoFormProblems {
  const problems: SsoFormProblems = {};
  const issuer = f.issuer.trim();
  if (!issuer) problems.issuer = 'required';
  else if (!ISSUER.test(issuer)) problems.issuer = 'invalidIssuer';
  if (!f.clientId.trim()) problems.clientId = 'required';
  if (f.secretMode === 'replace' && !f.newSecret.trim()) problems.newSecret = 'required';
  if (f.matchBy === 'employee_no' && !CLAIM.test(f.employeeNoClaim.trim())) problems.employeeNoClaim = 'required';
  if (f.jitRoles.length === 0) problems.jitRoles = 'rolesRequired';
  return problems;
}

/** The scope tokens typed (spaces or commas between), each once. */
export const scopeList = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter(Boolean))];

export function bodyOf(f: SsoForm): SsoSettingsSave {
  return {
    enabled: f.enabled,
    issuer: f.issuer.trim(),
    clientId: f.clientId.trim(),
    ...(f.secretMode === 'replace' ? { clientSecret: f.newSecret.trim() } : f.secretMode === 'remove' ? { clientSecret: null } : {}),
    scopes: scopeList(f.scopes),
    matchBy: f.matchBy,
    employeeNoClaim: f.employeeNoClaim.trim() || 'employee_no',
    jitEnabled: f.jitEnabled,
    jitRoles: f.jitRoles,
    // Without SSO the switch means nothing on the server; keep it off so the form says what holds.
    passwordSignInDisabled: f.enabled && f.passwordSignInDisabled,
  };
}
