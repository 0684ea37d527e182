import { useEffect, useState } from 'react';

/**
 * The current time (ms since the epoch), read once and then every `everyMs`: for what the passing
 * of time changes on screen (a deadline becomes overdue, a delegation ends) without reading the
 * clock during render.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
