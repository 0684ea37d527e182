import type { Me } from '../api/types';

const STORAGE_KEY = 'tripdesk.tenant';

export function storedTenantId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeTenantId(id: string | null): void {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage unavailable: the choice lasts for this tab only
  }
}

/**
 * The tenant an operator works in: the remembered one if still offered, else the first.
 * Tenant users never send X-Tenant-Id (their tenant comes from the session).
 */
export function chooseTenant(me: Me, preferred: string | null): string | null {
  if (me.kind !== 'operator') return null;
  if (preferred && me.tenants.some((t) => t.id === preferred)) return preferred;
  return me.tenants[0]?.id ?? null;
}
