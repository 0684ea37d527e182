import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { Tx } from '../platform/db/database.ts';
import { inSystemScope } from '../platform/db/scope.ts';
import type { App, AppDeps } from '../platform/http/types.ts';
import { bookingRoutes, resumeBookings, startBookingResumer, type BookingDeps, type BookingResumer } from '../modules/booking/index.ts';
import { approvalDepsOf } from '../approval-subjects.ts';
import { ingestRoutes, startEventApplier, type EventApplier, type RunningApplier } from '../modules/ingest/index.ts';
import { orderRoutes, supplierEventApplier, type OrderChangeHook } from '../modules/orders/index.ts';
import { createSimulator, httpEventSink, SIMULATED_SUPPLIERS, simulatorRoutes, type Simulator } from '../modules/simulator/index.ts';
import {
  createCallLog,
  createSupplierGateway,
  seedSuppliers,
  signingSecretsOf,
  simulatorSecretOf,
  supplierDirectoryOf,
  supplierRoutes,
  type SupplierGateway,
} from '../modules/suppliers/index.ts';
import { injectFetch } from './inject-fetch.ts';
import { orderWebhooks } from './order-webhooks.ts';

export interface SupplyOptions {
  /** Tests and benches: suppliers of their own instead of the registry's gateway over the simulator. */
  gateway?: SupplierGateway;
}

/** What runs beside the routes: started by the server (and by tests that book), stopped when the app closes. */
export interface SupplyServices {
  gateway: SupplierGateway;
  /** What booking runs on (the demo books its first orders through it). */
  booking: BookingDeps;
  simulator: Simulator | null;
  /** Seeds the simulated suppliers (when on), starts the simulator's event sender, the call log and the event applier. */
  start(): Promise<void>;
  /** Tests: carries booking runs on, sends the simulator's due events and applies what ingestion stored, now. */
  drain(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    supply: SupplyServices;
  }
}

/** The simulated suppliers in the registry (by code; existing ones left as they are), with their derived signing keys. */
export function seedSimulatedSuppliers(tx: Tx, cipher: PiiCipher): Promise<number> {
  return seedSuppliers(
    tx,
    cipher,
    SIMULATED_SUPPLIERS.map((s) => ({
      code: s.code,
      nameZh: s.name['zh-CN'],
      nameEn: s.name.en,
      categories: [...s.categories],
      adapter: 'simulator' as const,
    })),
  );
}

/**
 * Booking's services, joined here: the supplier registry and the gateway every supplier call goes
 * through, the built-in simulator (its adapters in the gateway, its events posted signed to the
 * ingestion endpoint through this very app), ingestion with the orders module's applier, search
 * and orders. Started by `app.supply.start()`, stopped when the app closes.
 */
export const supplyRoutes =
  (options: SupplyOptions = {}) =>
  async (app: App, deps: AppDeps): Promise<void> => {
    const { database, cipher, config } = deps;
    const { db } = database;
    const callLog = createCallLog(db, { logger: app.log });
    const simulator: Simulator | null = config.simulatorEnabled
      ? createSimulator({
          db,
          sink: httpEventSink({
            url: '/api/v1/ingest/events',
            secretOf: (code) => [Buffer.from(simulatorSecretOf(cipher, code), 'utf8')],
            fetch: injectFetch(app),
          }),
          settings: { latencyMs: config.simulatorLatencyMs },
          onError: (err) => app.log.warn({ err }, 'simulator event delivery failed; retrying'),
        })
      : null;
    const gateway =
      options.gateway ??
      createSupplierGateway({
        adapters: simulator?.adapters ?? [],
        directory: supplierDirectoryOf(db),
        callLog,
        logger: app.log,
        metrics: app.metricsRegistry,
      });

    const resumer: { current: BookingResumer | null } = { current: null };
    const onOrderChange: OrderChangeHook = async (tx, change) => {
      await orderWebhooks(tx, change);
      if (change.to !== change.from) resumer.current?.kick();
    };

    supplierRoutes(app, deps);
    if (simulator) simulatorRoutes(app, deps, simulator);
    const apply: EventApplier<Tx> = supplierEventApplier({ onOrderChange });
    ingestRoutes(app, deps, { keys: (code, now) => signingSecretsOf(db, cipher, code, now), apply });
    const booking: BookingDeps = { db, gateway, approvals: approvalDepsOf(deps), onOrderChange };
    bookingRoutes(app, deps, booking);
    orderRoutes(app, deps);

    let applier: RunningApplier | null = null;
    const services: SupplyServices = {
      gateway,
      booking,
      simulator,
      async start() {
        if (applier) return;
        if (simulator) {
          await inSystemScope(db, (tx) => seedSimulatedSuppliers(tx, cipher));
          simulator.start();
        }
        callLog.start();
        applier = await startEventApplier({ database, apply, log: app.log });
        resumer.current = startBookingResumer(booking, { onError: (err) => app.log.error({ err }, 'resuming bookings failed') });
      },
      async drain() {
        await resumeBookings(booking);
        await simulator?.deliverDue();
        await applier?.drain();
      },
    };
    app.decorate('supply', services);
    app.addHook('onClose', async () => {
      await resumer.current?.stop();
      await applier?.stop();
      await simulator?.stop();
      await callLog.stop();
    });
  };
