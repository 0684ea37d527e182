import type { Role } from './roles.ts';

/** Every permission a route can require. */
export const permissions = [
  'org.read',
  'org.write',
  'org.import',
  'org.sync',
  'pii.read',
  'apikey.manage',
  'audit.read',
  'audit.verify',
  'tenant.read',
  'tenant.manage',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['org.read', 'tenant.read'];

/** What each role may do. A user's permissions are the union over their roles. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  traveller: everyone,
  approver: everyone,
  travel_admin: [...everyone, 'org.write', 'org.import', 'org.sync', 'pii.read', 'apikey.manage', 'audit.read'],
  finance: everyone,
  executive: [...everyone, 'audit.read'],
  agent: [...everyone, 'pii.read'],
  account_manager: [...everyone, 'org.write', 'org.import', 'pii.read', 'audit.read'],
  operations: everyone,
  supervisor: [...everyone, 'pii.read', 'audit.read'],
  platform_admin: [...everyone, 'org.write', 'org.import', 'org.sync', 'pii.read', 'apikey.manage', 'audit.read', 'audit.verify', 'tenant.manage'],
  auditor: [...everyone, 'audit.read', 'audit.verify'],
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
