import { useEffect, useState } from 'react';
import type { OrderStatus } from '../../api/types';

/** States a supplier moves on by itself soon (the simulator confirms or tickets after its latency). */
const SETTLING: ReadonlySet<OrderStatus> = new Set(['approved', 'booking']);
export const POLL_EVERY_MS = 2_000;
export const POLL_FOR_MS = 60_000;

/**
 * Reloads the order every 2 s while it is settling, for at most a minute from when it began to
 * settle (a supplier that takes longer is seen on the next visit). Returns whether it is polling.
 */
export function useOrderPolling(orderId: string, status: OrderStatus, reload: () => void): boolean {
  const settling = SETTLING.has(status);
  const [expired, setExpired] = useState<string | null>(null);
  const key = `${orderId}/${status}`;
  const polling = settling && expired !== key;
  useEffect(() => {
    if (!polling) return undefined;
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started >= POLL_FOR_MS) {
        window.clearInterval(timer);
        setExpired(key);
        return;
      }
      reload();
    }, POLL_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [polling, key, reload]);
  return polling;
}
