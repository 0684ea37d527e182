import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { StatusPage } from '../components/StatusPage';
import { useSession } from './SessionContext';

export interface LoginRedirectState {
  from?: string;
}

/** How a sign-in arrives at its first page: `landing` lets home send a role to its own start (the desk). */
export interface LandingState {
  landing?: boolean;
}
export const LANDING: LandingState = { landing: true };

/** Renders children once signed in; otherwise sends the visitor to /login. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, error, refresh, signedOut } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading testId="session-loading" />;
  if (status === 'error') {
    return (
      <div className="centered-panel">
        <ErrorNotice error={error} testId="session-error" onRetry={() => void refresh()} />
      </div>
    );
  }
  if (status === 'anonymous') {
    // After an expired session come back to the same page; after signing out, start afresh.
    const state: LoginRedirectState | null = signedOut ? null : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}

/** Renders children only when the user holds `permission` (or, given a list, any of them). */
export function RequirePermission({ permission, children }: { permission: string | readonly string[]; children: ReactNode }) {
  const { hasPermission } = useSession();
  const wanted = typeof permission === 'string' ? [permission] : permission;
  return wanted.some((p) => hasPermission(p)) ? <>{children}</> : <StatusPage kind="forbidden" />;
}
