/**
 * The applier's loop in a running server: woken by the notification ingestion sends when events
 * are stored (store-events.ts), and by a periodic poll that also catches up after a restart, after
 * a lost notification and on retries that fell due.
 */
import type { Database, Tx } from '../../platform/db/database.ts';
import { applierBehind, applyDueEvents, applyHeldEvents } from './apply-events.ts';
import type { EventApplier } from './stored-event.ts';
import { SUPPLIER_EVENTS_CHANNEL } from './store-events.ts';

export interface ApplierLog {
  error(obj: object, msg: string): void;
}

export interface EventApplierOptions {
  database: Database;
  apply: EventApplier<Tx>;
  log?: ApplierLog;
  /** Events per transaction (default 500). */
  batchSize?: number;
  /** Milliseconds between polls (default 1,000). */
  pollMs?: number;
}

export interface RunningApplier {
  /** Stops listening and polling; resolves once the round in progress is over. */
  stop(): Promise<void>;
  /** Applies until nothing is left queued (tests); rejects after timeoutMs (default 30 s). */
  drain(timeoutMs?: number): Promise<void>;
}

const silent: ApplierLog = { error: () => {} };

export async function startEventApplier(opts: EventApplierOptions): Promise<RunningApplier> {
  const { database } = opts;
  const log = opts.log ?? silent;
  const batchSize = opts.batchSize ?? 500;
  let stopped = false;
  let again = false;
  let current: Promise<void> | null = null;

  const onError = (err: unknown, seq: number | null) => log.error({ err, seq }, 'applying a supplier event failed');

  /** Held events whose retry fell due first, then along the stream until it is caught up. */
  async function rounds(): Promise<void> {
    do {
      again = false;
      await applyHeldEvents(database.db, opts.apply, onError);
      for (;;) {
        if (stopped) return;
        const { more } = await applyDueEvents(database.db, opts.apply, batchSize, onError);
        if (!more) break;
      }
    } while (again && !stopped);
  }

  /** Runs rounds unless they are running, in which case they go round once more. */
  function wake(): Promise<void> {
    if (current) {
      again = true;
      return current;
    }
    current = rounds()
      .catch((err: unknown) => log.error({ err }, 'the supplier event applier failed'))
      .finally(() => {
        current = null;
      });
    return current;
  }

  const unlisten = await database.listen(SUPPLIER_EVENTS_CHANNEL, { notification: () => void wake(), resumed: () => void wake() });
  const timer = setInterval(() => void wake(), opts.pollMs ?? 1_000);
  timer.unref();
  void wake();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await unlisten();
      await current;
    },
    async drain(timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        await wake();
        if (!(await applierBehind(database.db))) return;
        if (Date.now() > until) throw new Error('supplier events are still queued after the drain timeout');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
