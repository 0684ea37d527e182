import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth';
import { ApiError, setTenantId, setUnauthorizedHandler } from '../api/client';
import type { Me, TenantRef } from '../api/types';
import { chooseTenant, storeTenantId, storedTenantId } from './tenantStorage';

export type SessionStatus = 'loading' | 'anonymous' | 'ready' | 'error';

export interface Session {
  status: SessionStatus;
  me: Me | null;
  /** Error of the last failed GET /me other than 401. */
  error: unknown;
  /** Tenant the console works in: the operator's pick, or the user's own tenant. */
  tenant: TenantRef | null;
  tenantId: string | null;
  /** True after an explicit sign-out: the next sign-in starts at home, not on the last page. */
  signedOut: boolean;
  hasPermission: (permission: string) => boolean;
  selectTenant: (id: string) => Promise<void>;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** GET /me with the given tenant header; a rejected stale header is retried without one. */
async function fetchMe(tenantId: string | null): Promise<Me> {
  setTenantId(tenantId);
  try {
    return await authApi.me();
  } catch (err) {
    if (tenantId && err instanceof ApiError && err.status !== 401 && err.status < 500) {
      setTenantId(null);
      return authApi.me();
    }
    throw err;
  }
}

interface Loaded {
  user: Me;
  tenantId: string | null;
}

/** Who is signed in, in which tenant: the preferred one if still offered (operators), asked again in the chosen one. */
async function loadSession(preferredTenant: string | null): Promise<Loaded> {
  let user = await fetchMe(preferredTenant);
  const chosen = chooseTenant(user, preferredTenant);
  // An operator's first visit: ask again in the chosen tenant's context.
  if (chosen && chosen !== preferredTenant) user = await fetchMe(chosen);
  setTenantId(chosen);
  if (user.kind === 'operator') storeTenantId(chosen);
  return { user, tenantId: chosen };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tenantId, setTenantState] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  const show = useCallback(({ user, tenantId: chosen }: Loaded) => {
    setTenantState(chosen);
    setMe(user);
    setError(null);
    setSignedOut(false);
    setStatus('ready');
  }, []);

  const fail = useCallback((err: unknown) => {
    setMe(null);
    if (err instanceof ApiError && err.status === 401) {
      setStatus('anonymous');
    } else {
      setError(err);
      setStatus('error');
    }
  }, []);

  const load = useCallback((preferredTenant: string | null) => loadSession(preferredTenant).then(show, fail), [show, fail]);

  useEffect(() => {
    let current = true;
    setUnauthorizedHandler(() => {
      setMe(null);
      setStatus('anonymous');
    });
    loadSession(storedTenantId()).then(
      (loaded) => {
        if (current) show(loaded);
      },
      (err: unknown) => {
        if (current) fail(err);
      },
    );
    return () => {
      current = false;
      setUnauthorizedHandler(null);
    };
  }, [show, fail]);

  const refresh = useCallback(() => load(storedTenantId()), [load]);

  const selectTenant = useCallback(
    async (id: string) => {
      storeTenantId(id);
      await load(id);
    },
    [load],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // the session is dropped locally whatever the server answered
    }
    setTenantId(null);
    setMe(null);
    setSignedOut(true);
    setStatus('anonymous');
  }, []);

  const value = useMemo<Session>(() => {
    const permissions = new Set(me?.permissions ?? []);
    const tenant = me?.kind === 'operator' ? (me.tenants.find((t) => t.id === tenantId) ?? null) : (me?.tenant ?? null);
    return {
      status,
      me,
      error,
      tenant,
      tenantId,
      signedOut,
      hasPermission: (permission) => permissions.has(permission),
      selectTenant,
      refresh,
      logout,
    };
  }, [status, me, error, tenantId, signedOut, selectTenant, refresh, logout]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
