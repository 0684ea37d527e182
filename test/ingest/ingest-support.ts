/** Shared by the ingestion tests: a fixed supplier key map, a recording applier, signed requests. */
import os from 'node:os';
import path from 'node:path';
import { authentication, authRoutes } from '../../src/modules/auth/index.ts';
import { ingestRoutes, type ApplyOutcome, type EventApplier, type SupplierKeyLookup } from '../../src/modules/ingest/index.ts';
import { signatureHeader } from '../../src/modules/suppliers/index.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import type { Tx } from '../../src/platform/db/database.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import type { App } from '../../src/platform/http/types.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

export const SUPPLIERS = {
  CA: {
    supplierId: '0193a0b1-7c2e-7d11-9f00-0000000000ca',
    code: 'CA',
    secrets: [Buffer.from('ca-secret-old'), Buffer.from('ca-secret-new')],
  },
  MU: { supplierId: '0193a0b1-7c2e-7d11-9f00-0000000000ae', code: 'MU', secrets: [Buffer.from('mu-secret')] },
} as const;

/** A fixed map in place of the supplier registry. */
export const fixedKeys: SupplierKeyLookup = async (code) => {
  const s = SUPPLIERS[code as keyof typeof SUPPLIERS];
  return s ? { supplierId: s.supplierId, code: s.code, secrets: [...s.secrets] } : null;
};

/**
 * An applier over a set of known order references (what the orders module will do for real):
 * known → applied to a fixed order of the given tenant; unknown → dead. It counts each event it
 * applies, and the order each order's events came in.
 */
export function recordingApplier(tenantId: string) {
  const orders = new Map<string, string>();
  const appliedCount = new Map<string, number>();
  const sequenceByRef = new Map<string, string[]>();
  const apply: EventApplier<Tx> = async (_tx, event): Promise<ApplyOutcome> => {
    const orderId = orders.get(event.orderRef);
    if (!orderId) return { kind: 'dead', reason: 'unknown_order', message: `No order ${event.orderRef}` };
    appliedCount.set(event.eventId, (appliedCount.get(event.eventId) ?? 0) + 1);
    sequenceByRef.set(event.orderRef, [...(sequenceByRef.get(event.orderRef) ?? []), event.seq]);
    return { kind: 'applied', tenantId, orderId };
  };
  return { apply, orders, appliedCount, sequenceByRef };
}

export interface IngestApp {
  app: App;
  db: TestDb;
  close(): Promise<void>;
}

/**
 * Sign-in and the ingestion routes over a fixed key map and the test's applier. Not the whole
 * application: it wires ingestion itself, over the supplier registry and the orders module's applier.
 */
export async function ingestApp(apply: EventApplier<Tx>, db?: TestDb): Promise<IngestApp> {
  const database = db ?? (await testDatabase());
  const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-test'), LOG_LEVEL: 'silent' });
  const app = await buildApp(
    { config, database: database.database, cipher: database.cipher },
    { logger: false, authentication, routes: [authRoutes, (a, deps) => ingestRoutes(a, deps, { keys: fixedKeys, apply })] },
  );
  await app.ready();
  return {
    app,
    db: database,
    async close() {
      await app.close();
      if (!db) await database.close();
    },
  };
}

let counter = 0;
/** A valid event; ids unique per test run unless given. */
export function event(over: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    eventId: `evt-${process.pid}-${counter}`,
    type: 'order.ticketed',
    occurredAt: '2026-05-01T08:00:00.000Z',
    orderRef: 'F7K2M9QX',
    bookingRef: 'PNR123',
    data: { ticketNumbers: ['999-1234567890'] },
    ...over,
  };
}

/** Headers of a body signed by a supplier, with its keys (or the ones given), at a time (seconds). */
export function signed(
  body: string,
  supplier: keyof typeof SUPPLIERS | string = 'CA',
  opts: { secrets?: (Buffer | string)[]; at?: number } = {},
): Record<string, string> {
  const at = opts.at ?? Math.floor(Date.now() / 1000);
  const known = SUPPLIERS[supplier as keyof typeof SUPPLIERS];
  const secrets = opts.secrets ?? (known ? [known.secrets[1] ?? known.secrets[0]] : [Buffer.from('x')]);
  return {
    'content-type': 'application/json',
    'tripdesk-supplier': supplier,
    'tripdesk-timestamp': String(at),
    'tripdesk-signature': signatureHeader(secrets, at, body),
  };
}

/** POSTs a signed body to the ingestion endpoint (in-process). */
export async function post(app: App, payload: unknown, supplier = 'CA', opts: { secrets?: (Buffer | string)[]; at?: number } = {}) {
  const body = JSON.stringify(payload);
  return app.inject({ method: 'POST', url: '/api/v1/ingest/events', payload: body, headers: signed(body, supplier, opts) });
}
