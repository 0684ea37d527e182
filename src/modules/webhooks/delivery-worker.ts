import type { Database } from '../../platform/db/database.ts';
import { attemptDelivery, claimDeliveries, type AttemptOutcome, type DeliveryDeps } from './attempt.ts';
import { WEBHOOK_CHANNEL } from './enqueue.ts';

/**
 * Why a loop over webhook_deliveries rather than pg-boss jobs: enqueueWebhook runs inside another
 * module's transaction and holds only that transaction, so the rows it writes ARE the queue (an
 * outbox: committed with the change or not at all, with no "send the job after commit" step that
 * a crash could lose, and nothing to re-arm at start). The retry schedule (1 min … 12 h with
 * jitter) is ours, not pg-boss's doubling, and the row is the delivery log the tenant reads.
 * Claiming with FOR UPDATE SKIP LOCKED and a lease lets every instance run the loop.
 */

/** One pass: claims up to `limit` due deliveries and attempts them side by side. Tests call it with their clock. */
export async function deliverDueWebhooks(deps: DeliveryDeps, now: Date, limit = 10): Promise<AttemptOutcome[]> {
  const claimed = await claimDeliveries(deps, now, { limit });
  return Promise.all(claimed.map((c) => attemptDelivery(deps, c, now)));
}

/** Claims and attempts one delivery now (a test ping, a redelivery); null when it is not due or another worker has it. */
export async function deliverOneNow(deps: DeliveryDeps, tenantId: string, id: string, now: Date): Promise<AttemptOutcome | null> {
  const [c] = await claimDeliveries(deps, now, { tenantId, id });
  return c ? attemptDelivery(deps, c, now) : null;
}

export interface WebhookWorker {
  stop(): Promise<void>;
}

export interface WebhookWorkerOptions {
  /** How often an idle worker looks for due retries (new deliveries wake it at once). */
  intervalMs?: number;
  batchSize?: number;
  onError?: (err: unknown) => void;
  /** The clock (tests). */
  now?: () => Date;
}

/**
 * Starts the delivery loop of this instance: a pass every `intervalMs` (5 s), straight away again
 * while passes come back full, and at once when a transaction that queued deliveries commits.
 */
export async function startWebhookDelivery(
  database: Database,
  deps: Omit<DeliveryDeps, 'db'>,
  opts: WebhookWorkerOptions = {},
): Promise<WebhookWorker> {
  const full = { ...deps, db: database.db };
  const batch = opts.batchSize ?? 10;
  const clock = opts.now ?? (() => new Date());
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const pass = async () => {
    do {
      again = false;
      try {
        const done = await deliverDueWebhooks(full, clock(), batch);
        if (done.length === batch) again = true;
      } catch (err) {
        opts.onError?.(err);
      }
    } while (again && !stopped);
  };
  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => {
      running = null;
    });
  };
  const unlisten = await database.listen(WEBHOOK_CHANNEL, { notification: kick });
  timer = setInterval(kick, opts.intervalMs ?? 5_000);
  kick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
      await unlisten();
      await running;
    },
  };
}
