import type { Db } from '../../platform/db/database.ts';
import type { SupplierAdapter } from '../suppliers/index.ts';
import { simulatedAdapters } from './adapters.ts';
import type { SimContext } from './booking-rows.ts';
import { runCommand, type CommandOutcome, type SimulatorCommand } from './commands.ts';
import { listSimulatedBookings, type SimulatedBookingView } from './list-bookings.ts';
import { deliverDue, type DeliveryReport, type EventSink } from './outbox.ts';
import { DEFAULT_SETTINGS, type SimulatorSettings } from './settings.ts';

export interface SimulatorOptions {
  db: Db;
  /** The current time (tests pass a settable clock). */
  clock?: () => Date;
  /** Where events go: httpEventSink to the ingestion endpoint, or a function in tests. */
  sink: EventSink;
  settings?: Partial<SimulatorSettings>;
  /** How often the sender looks for due events; 1 s by default. */
  pollMs?: number;
  /** Told of a delivery that failed (to log it); the sender retries anyway. */
  onError?: (err: unknown) => void;
}

export interface Simulator {
  adapters: SupplierAdapter[];
  /** Starts the outbox sender loop. */
  start(): void;
  /** Stops it, waiting for a delivery in progress. */
  stop(): Promise<void>;
  settings(): SimulatorSettings;
  updateSettings(next: SimulatorSettings): SimulatorSettings;
  command(cmd: SimulatorCommand): Promise<CommandOutcome[]>;
  recentBookings(limit?: number): Promise<SimulatedBookingView[]>;
  /** One pass of the sender (the loop calls it; tests call it directly). */
  deliverDue(): Promise<DeliveryReport>;
}

/** The built-in network of simulated suppliers: adapters, operator control and the event sender. */
export function createSimulator(options: SimulatorOptions): Simulator {
  const clock = options.clock ?? (() => new Date());
  let current: SimulatorSettings = {
    ...DEFAULT_SETTINGS,
    ...options.settings,
    rates: { ...DEFAULT_SETTINGS.rates, ...options.settings?.rates },
  };
  const ctx: SimContext = { db: options.db, now: clock, settings: () => current };
  const pollMs = options.pollMs ?? 1000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  const deliver = () => deliverDue(options.db, options.sink, clock());
  const tick = () => {
    running = deliver()
      .then((report) => {
        if (report.failed > 0) options.onError?.(new Error(`${report.failed} simulator events not delivered; retrying with backoff`));
      })
      .catch((err: unknown) => options.onError?.(err))
      .finally(() => {
        running = null;
        if (!stopped) {
          timer = setTimeout(tick, pollMs);
          timer.unref();
        }
      });
  };

  return {
    adapters: simulatedAdapters(ctx),
    start() {
      if (!stopped) return;
      stopped = false;
      timer = setTimeout(tick, 0);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
    settings: () => structuredClone(current),
    updateSettings(next) {
      current = structuredClone(next);
      return structuredClone(current);
    },
    command: (cmd) => runCommand(ctx, cmd),
    recentBookings: (limit = 50) => listSimulatedBookings(options.db, clock(), limit),
    deliverDue: deliver,
  };
}
