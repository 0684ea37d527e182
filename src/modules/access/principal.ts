import type { Permission } from './permissions.ts';
import type { Role } from './roles.ts';

/**
 * Who is calling: a signed-in account or an API key, with what they may see and do. Principals are
 * cached and shared between requests (auth's principal cache): treat them as read-only (the
 * cached ones are frozen).
 */
export interface Principal {
  via: 'session' | 'api_key';
  /** Account id, or API key id. */
  id: string;
  accountKind: 'tenant' | 'operator';
  displayName: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** The enterprise an enterprise account or API key belongs to; null for operator staff. */
  homeTenantId: string | null;
  /** Every tenant this principal may see: its own, or an operator's assigned tenants. */
  tenantIds: string[];
  employeeId: string | null;
  sessionId: string | null;
}

/** The actor written to the audit log and timelines. */
export interface Actor {
  kind: 'account' | 'api_key' | 'system';
  id: string | null;
  name: string;
  requestId: string | null;
  ip: string | null;
}

export const systemActor = (name = 'system'): Actor => ({ kind: 'system', id: null, name, requestId: null, ip: null });

export function actorOf(p: Principal, requestId: string | null, ip: string | null): Actor {
  return { kind: p.via === 'session' ? 'account' : 'api_key', id: p.id, name: p.displayName, requestId, ip };
}
