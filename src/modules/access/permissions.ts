import type { Role } from './roles.ts';

/** Every permission a route can require. */
export const permissions = [
  'org.read',
  'org.write',
  'org.import',
  'org.sync',
  'pii.read',
  'apikey.manage',
  'sso.manage',
  'audit.read',
  'audit.verify',
  'tenant.read',
  'tenant.manage',
  'account.manage',
  'operator.manage',
  'policy.read',
  'policy.manage',
  'budget.read',
  'budget.manage',
  'approval.manage',
  'travel.request',
  'travel.read_all',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['org.read', 'tenant.read', 'policy.read'];
/** Every enterprise user may file travel requests and sees the approval inbox (acting needs to be an approver). */
const employee: Permission[] = [...everyone, 'travel.request'];

/** What each role may do. A user's permissions are the union over their roles. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  traveller: employee,
  approver: employee,
  travel_admin: [
    ...employee,
    'org.write',
    'org.import',
    'org.sync',
    'pii.read',
    'apikey.manage',
    'sso.manage',
    'account.manage',
    'audit.read',
    'policy.manage',
    'budget.read',
    'budget.manage',
    'approval.manage',
    'travel.read_all',
  ],
  finance: [...employee, 'budget.read', 'budget.manage', 'travel.read_all'],
  executive: [...employee, 'audit.read', 'budget.read', 'travel.read_all'],
  agent: [...everyone, 'pii.read', 'travel.read_all'],
  account_manager: [
    ...everyone,
    'org.write',
    'org.import',
    'pii.read',
    'audit.read',
    'policy.manage',
    'budget.read',
    'approval.manage',
    'travel.read_all',
  ],
  operations: everyone,
  supervisor: [...everyone, 'pii.read', 'audit.read', 'travel.read_all'],
  platform_admin: [
    ...everyone,
    'org.write',
    'org.import',
    'org.sync',
    'pii.read',
    'apikey.manage',
    'sso.manage',
    'audit.read',
    'audit.verify',
    'tenant.manage',
    'account.manage',
    'operator.manage',
    'policy.manage',
    'budget.read',
    'budget.manage',
    'approval.manage',
    'travel.read_all',
  ],
  auditor: [...everyone, 'audit.read', 'audit.verify', 'budget.read', 'travel.read_all'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => rolePermissions[r]));
}

/** API key scopes and the permissions each grants. */
export const apiKeyScopes = {
  'org:read': ['org.read', 'tenant.read'],
  'org:write': ['org.read', 'org.write', 'org.import', 'org.sync', 'tenant.read'],
  'audit:read': ['audit.read'],
} as const satisfies Record<string, readonly Permission[]>;

export type ApiKeyScope = keyof typeof apiKeyScopes;
export const apiKeyScopeNames = Object.keys(apiKeyScopes) as ApiKeyScope[];
export const isApiKeyScope = (s: string): s is ApiKeyScope => Object.hasOwn(apiKeyScopes, s);

export function scopePermissions(scopes: readonly ApiKeyScope[]): Set<Permission> {
  return new Set(scopes.flatMap((s) => apiKeyScopes[s]));
}
