import type { ApiKey, ApiKeyScope } from '../../api/types';

export const SCOPE_LABELS = {
  'org:read': 'apiKeys.scopeOrgRead',
  'org:write': 'apiKeys.scopeOrgWrite',
  'audit:read': 'apiKeys.scopeAuditRead',
  'orders:read': 'apiKeys.scopeOrdersRead',
  'tickets:write': 'apiKeys.scopeTicketsWrite',
} as const satisfies Record<ApiKeyScope, string>;

export function isKnownScope(scope: string): scope is ApiKeyScope {
  return scope in SCOPE_LABELS;
}

export type KeyState = 'active' | 'revoked' | 'expired';

export function keyState(key: ApiKey, now = Date.now()): KeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

/** A yyyy-mm-dd date input as the end of that day in the viewer's zone, in UTC ISO. */
export function endOfLocalDay(date: string): string | undefined {
  if (!date) return undefined;
  const value = new Date(`${date}T23:59:59`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}
