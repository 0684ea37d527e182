import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { APPROVALS_CHANGED, approvalApi } from '../api/approval';

const REFRESH_MS = 60_000;

/** The number of approvals waiting for the signed-in user (GET /approvals/inbox counts), kept fresh. */
export function usePendingApprovals(enabled: boolean): number {
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);
  const { pathname } = useLocation();

  useEffect(() => {
    if (!enabled) return undefined;
    const bump = () => setTick((n) => n + 1);
    const timer = window.setInterval(bump, REFRESH_MS);
    window.addEventListener(APPROVALS_CHANGED, bump);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(APPROVALS_CHANGED, bump);
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    approvalApi
      .inbox('pending', null, 1)
      .then((page) => {
        if (current) setCount(page.counts.pending);
      })
      .catch(() => {
        // the badge is a hint: keep the last count when the inbox cannot be read
      });
    return () => {
      current = false;
    };
  }, [enabled, tick, pathname]);

  return enabled ? count : 0;
}
