import { useEffect } from 'react';

export const LIVE_RELOAD_MS = 30_000;

/**
 * Keeps a view live-ish without a push channel: `reload` runs every 30 s while the tab is visible,
 * and at once when the window regains focus or the tab becomes visible again (the agent comes back
 * to the desk and sees the queue as it is now).
 */
export function useLiveReload(reload: () => void, everyMs = LIVE_RELOAD_MS): void {
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, everyMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    window.addEventListener('focus', reload);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, everyMs]);
}
