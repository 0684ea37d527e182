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
  'booking.self',
  'booking.others',
  'order.read_all',
  'order.manage',
  'supplier.read',
  'supplier.manage',
  'simulator.control',
  'ingest.manage',
  'webhook.manage',
  'ticket.request',
  'ticket.read_all',
  'ticket.work',
  'ticket.supervise',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['org.read', 'tenant.read', 'policy.read'];
/** Every enterprise user may file travel requests and sees the approval inbox (acting needs to be an approver). */
const employee: Permission[] = [...everyone, 'travel.request', 'booking.self', 'ticket.request'];
/** Operator staff who work tickets (客服): they also open them for callers (a logged call, an email). */
const deskWork: Permission[] = ['ticket.request', 'ticket.read_all', 'ticket.work'];

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
    'booking.others',
    'order.read_all',
    'order.manage',
    'webhook.manage',
    'ticket.read_all',
  ],
  finance: [...employee, 'budget.read', 'budget.manage', 'travel.read_all', 'order.read_all'],
  executive: [...employee, 'audit.read', 'budget.read', 'travel.read_all', 'order.read_all'],
  agent: [...everyone, 'pii.read', 'travel.read_all', 'booking.others', 'order.read_all', 'order.manage', 'supplier.read', ...deskWork],
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
    'order.read_all',
    'supplier.read',
    ...deskWork,
  ],
  operations: [...everyone, 'order.read_all', 'supplier.read', 'supplier.manage', 'simulator.control', 'ingest.manage', ...deskWork],
  supervisor: [
    ...everyone,
    'pii.read',
    'audit.read',
    'travel.read_all',
    'booking.others',
    'order.read_all',
    'order.manage',
    'supplier.read',
    ...deskWork,
    'ticket.supervise',
  ],
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
    'booking.others',
    'order.read_all',
    'order.manage',
    'supplier.read',
    'supplier.manage',
    'simulator.control',
    'ingest.manage',
    'webhook.manage',
    ...deskWork,
    'ticket.supervise',
  ],
  auditor: [...everyone, 'audit.read', 'audit.verify', 'budget.read', 'travel.read_all', 'order.read_all', 'ticket.read_all'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => rolePermissions[r]));
}

/** API key scopes and the permissions each grants. */
export const apiKeyScopes = {
  'org:read': ['org.read', 'tenant.read'],
  'org:write': ['org.read', 'org.write', 'org.import', 'org.sync', 'tenant.read'],
  'audit:read': ['audit.read'],
  'orders:read': ['order.read_all', 'tenant.read'],
  'tickets:write': ['ticket.request', 'ticket.read_all', 'tenant.read'],
} as const satisfies Record<string, readonly Permission[]>;

export type ApiKeyScope = keyof typeof apiKeyScopes;
export const apiKeyScopeNames = Object.keys(apiKeyScopes) as ApiKeyScope[];
export const isApiKeyScope = (s: string): s is ApiKeyScope => Object.hasOwn(apiKeyScopes, s);

export function scopePermissions(scopes: readonly ApiKeyScope[]): Set<Permission> {
  return new Set(scopes.flatMap((s) => apiKeyScopes[s]));
}
