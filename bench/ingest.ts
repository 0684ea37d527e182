/**
 * `npm run bench -- ingest`: supplier events per second through POST /api/v1/ingest/events in
 * batches of 1,000 — signed, validated, deduplicated, durably stored and applied — over real HTTP to
 * an in-process server with several concurrent clients, beside the ceiling measured in the same
 * run: plain multi-row INSERTs of the same rows into a table of the same shape, with the same
 * concurrency. Once on PGlite, once on PostgreSQL, each in a fresh process. The last line is one
 * line of JSON.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Worker } from 'node:worker_threads';
import { authentication } from '../src/modules/auth/index.ts';
import { ingestRoutes, startEventApplier, type EventApplier, type SupplierKeyLookup } from '../src/modules/ingest/index.ts';
import { signatureHeader } from '../src/modules/suppliers/index.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import { createPiiCipher } from '../src/platform/crypto/pii.ts';
import type { Database, Tx } from '../src/platform/db/database.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { openPgliteDatabase, openPostgresDatabase, runCleanups } from './support/databases.ts';
import { fmt, median } from './support/figures.ts';
import type { IngestClientAnswer, IngestClientJob } from './support/ingest-client.ts';

const BATCH = 1_000;
const CLIENTS = 4;
const SECRET = Buffer.from('bench-supplier-secret');
const SUPPLIER = { supplierId: '0193a0b1-7c2e-7d11-9f00-00000000be11', code: 'BENCH', secrets: [SECRET] };
const keys: SupplierKeyLookup = async (code) => (code === SUPPLIER.code ? SUPPLIER : null);
/** The orders module's own work is not ingestion's: the bench applier settles each event without any. */
const apply: EventApplier<Tx> = async () => ({
  kind: 'applied',
  tenantId: '00000000-0000-0000-0000-0000000000be',
  orderId: '00000000-0000-0000-0000-0000000000ef',
});

type DbKind = 'pglite' | 'postgres';

interface Figures {
  events: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  ceilingPerSecond: number;
  ratio: number;
}

function batches(
  tag: string,
  count: number,
): { eventId: string; type: string; occurredAt: string; orderRef: string; bookingRef: string; data: object }[][] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: count }, (_, b) =>
    Array.from({ length: BATCH }, (_, i) => ({
      eventId: `${tag}-${b}-${i}`,
      type: i % 3 === 0 ? 'flight.delayed' : 'order.ticketed',
      occurredAt,
      orderRef: `BENCH${String((b * BATCH + i) % 5_000).padStart(5, '0')}`,
      bookingRef: `PNR${i}`,
      data: i % 3 === 0 ? { newDepartureAt: occurredAt, delayMinutes: 45 } : { ticketNumbers: [`999-${b}${i}`] },
    })),
  );
}

/** Runs tasks with `clients` workers pulling from one queue; returns each task's milliseconds. */
async function concurrently<T>(items: T[], clients: number, task: (item: T) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < items.length; i = next++) {
        const item = items[i] as T;
        const started = performance.now();
        await task(item);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** The ceiling: each batch as one plain multi-row INSERT … VALUES into a table of the same shape. */
async function ceiling(database: Database, rows: ReturnType<typeof batches>): Promise<number> {
  await database.query('create table supplier_events_ceiling (like supplier_events including all)');
  const receivedAt = new Date().toISOString();
  const insert = async (batch: (typeof rows)[number]) => {
    const params: unknown[] = [];
    const values = batch.map((e) => {
      const n = params.length;
      params.push(
        SUPPLIER.supplierId,
        SUPPLIER.code,
        e.eventId,
        e.type,
        e.orderRef,
        e.bookingRef,
        e.occurredAt,
        receivedAt,
        JSON.stringify(e.data),
      );
      return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}, $${n + 8}, $${n + 9})`;
    });
    await database.query(
      `insert into supplier_events_ceiling (supplier_id, supplier_code, event_id, type, order_ref, booking_ref, occurred_at, received_at, data) values ${values.join(', ')}`,
      params,
    );
  };
  // Warm-up, as for Tripdesk's side: one batch, not counted.
  await insert(rows[0] ?? []);
  const started = performance.now();
  await concurrently(rows.slice(1), CLIENTS, insert);
  const seconds = (performance.now() - started) / 1000;
  await database.query('drop table supplier_events_ceiling');
  return ((rows.length - 1) * BATCH) / seconds;
}

/** The clients in a worker thread (support/ingest-client.ts), started and ready; run() sends everything. */
async function startClients(job: IngestClientJob): Promise<{ run(): Promise<number[]> }> {
  const worker = new Worker(new URL('./support/ingest-client.ts', import.meta.url), { workerData: job });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    async run() {
      const answer = await new Promise<IngestClientAnswer>((resolve, reject) => {
        worker.once('message', (m: IngestClientAnswer) => resolve(m));
        worker.once('error', reject);
        worker.postMessage('go');
      });
      await worker.terminate();
      if ('error' in answer) throw new Error(answer.error);
      return answer.latencies;
    },
  };
}

async function throughApp(database: Database, rows: ReturnType<typeof batches>): Promise<{ seconds: number; latencies: number[] }> {
  const config = loadConfig({ TRIPDESK_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' });
  const app = await buildApp(
    { config, database, cipher: createPiiCipher(Buffer.alloc(32, 7)) },
    { logger: false, authentication, routes: [(a, deps) => ingestRoutes(a, deps, { keys, apply })] },
  );
  const applier = await startEventApplier({ database, apply, batchSize: 1_000, pollMs: 500 });
  try {
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    // Signed beforehand (the client's work is not the server's); within the 5-minute window.
    const at = Math.floor(Date.now() / 1000);
    const requests = rows.map((batch) => {
      const body = JSON.stringify({ events: batch });
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'tripdesk-supplier': SUPPLIER.code,
          'tripdesk-timestamp': String(at),
          'tripdesk-signature': signatureHeader([SECRET], at, body),
        },
      };
    });
    const send = async (r: (typeof requests)[number]) => {
      const res = await fetch(`${origin}/api/v1/ingest/events`, { method: 'POST', headers: r.headers, body: r.body });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`ingestion answered ${res.status}: ${text.slice(0, 300)}`);
    };
    await send(requests[0] as (typeof requests)[number]); // warm-up: not counted
    await applier.drain(120_000);
    const clients = await startClients({ url: `${origin}/api/v1/ingest/events`, clients: CLIENTS, requests: requests.slice(1) });
    const started = performance.now();
    const latencies = await clients.run();
    const stored = (performance.now() - started) / 1000;
    await applier.drain(300_000);
    console.log(
      `  all acknowledged (stored) after ${fmt(stored, 2)} s, all applied after ${fmt((performance.now() - started) / 1000, 2)} s`,
    );
    const seconds = (performance.now() - started) / 1000;
    const [left] = await database.query<{ n: number }>(
      `select count(*)::int as n from supplier_events s where not (s.seq <= (select position from event_stream_consumers where name = 'ingest.applier') and not exists (select 1 from supplier_event_dead_letters d where d.seq = s.seq) and not exists (select 1 from supplier_event_retries r where r.seq = s.seq))`,
    );
    if ((left?.n ?? 0) !== 0) throw new Error(`${left?.n} events were not applied`);
    return { seconds, latencies };
  } finally {
    await applier.stop();
    await app.close();
  }
}

async function benchOn(kind: DbKind, count: number): Promise<Figures | null> {
  console.log(
    `\n== ${kind === 'pglite' ? 'PGlite (embedded, in-memory, in the server process)' : 'PostgreSQL (node-postgres pool of 10)'}`,
  );
  try {
    const database = kind === 'pglite' ? await openPgliteDatabase() : await openPostgresDatabase();
    if (!database) return null;
    await runMigrations(database);
    const tag = `${kind}-${Date.now()}`;
    const rows = batches(tag, count + 1);
    const ceilingPerSecond = await ceiling(database, batches(`${tag}-ceiling`, count + 1));
    const { seconds, latencies } = await throughApp(database, rows);
    const events = count * BATCH;
    const perSecond = events / seconds;
    const figures = {
      events,
      seconds,
      perSecond,
      p50: median(latencies),
      p99: percentile(latencies, 99),
      ceilingPerSecond,
      ratio: perSecond / ceilingPerSecond,
    };
    console.log(
      `${fmt(events)} events in ${fmt(count)} batches of ${fmt(BATCH)}, ${CLIENTS} clients: ${fmt(seconds, 2)} s until all were applied`,
    );
    console.log(`  tripdesk (signed, validated, deduplicated, stored, applied): ${fmt(perSecond)} events/s`);
    console.log(`  ceiling (plain multi-row INSERT of the same rows, same clients): ${fmt(ceilingPerSecond)} events/s`);
    console.log(`  ratio ${fmt(figures.ratio, 2)}; batch latency p50 ${fmt(figures.p50, 1)} ms, p99 ${fmt(figures.p99, 1)} ms`);
    return figures;
  } finally {
    await runCleanups();
  }
}

const PHASE_MARK = 'INGEST_PHASE_FIGURES ';

/**
 * Each database in a process of its own (this file again, with --phase): the first one's heap and
 * the embedded database's memory must not tax the second's figures. The child's lines are passed on.
 */
async function phase(kind: DbKind): Promise<Figures | null> {
  const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'run.ts'), 'ingest', '--phase', kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let figures: Figures | null = null;
  for await (const line of readline.createInterface({ input: child.stdout })) {
    if (line.startsWith(PHASE_MARK)) figures = JSON.parse(line.slice(PHASE_MARK.length)) as Figures | null;
    else console.log(line);
  }
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the ${kind} phase exited with ${code}`);
  return figures;
}

export async function run(args: string[] = []): Promise<void> {
  if (args[0] === '--phase') {
    const kind: DbKind = args[1] === 'postgres' ? 'postgres' : 'pglite';
    const count = Number(kind === 'pglite' ? (process.env.BENCH_PGLITE_BATCHES ?? 30) : (process.env.BENCH_POSTGRES_BATCHES ?? 100));
    console.log(PHASE_MARK + JSON.stringify(await benchOn(kind, count)));
    return;
  }
  const loadBefore = os.loadavg();
  console.log(
    `node ${process.version}, ${os.availableParallelism()} CPUs; load average before: ${loadBefore.map((l) => fmt(l, 2)).join(' ')}`,
  );
  const pglite = await phase('pglite');
  const postgres = await phase('postgres');
  const r = (x: number | undefined, d = 0) => (x === undefined ? null : Number(x.toFixed(d)));
  console.log(
    `\nload average after: ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')}; target on PostgreSQL: ≥ 20,000 events/s and ≥ 0.4 of the ceiling`,
  );
  console.log(
    JSON.stringify({
      bench: 'ingest',
      postgres_events_per_s: r(postgres?.perSecond),
      postgres_ratio: r(postgres?.ratio, 3),
      pglite_events_per_s: r(pglite?.perSecond),
      pglite_ratio: r(pglite?.ratio, 3),
      p99_batch_ms: r(postgres?.p99 ?? pglite?.p99, 1),
      postgres_ceiling_events_per_s: r(postgres?.ceilingPerSecond),
      pglite_ceiling_events_per_s: r(pglite?.ceilingPerSecond),
      pglite_p99_batch_ms: r(pglite?.p99, 1),
      batch: BATCH,
      clients: CLIENTS,
    }),
  );
}
