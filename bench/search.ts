/**
 * `npm run bench -- search`: p99 latency of POST /api/v1/booking/search on the full app (PGlite,
 * demo data, signed in as the demo traveller, whose published policy marks every option): four
 * suppliers answering at once (latency 0), merged into about 200 options with policy marks. Beside
 * it, in the same run, the same merge without the policy, the database or HTTP (gateway + merge +
 * rank, in-process), and the gateway alone. The last line is one line of JSON. See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/platform/config/config.ts';
import { createPiiCipher } from '../src/platform/crypto/pii.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { chinaDateOf } from '../src/platform/time/china-time.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { seedDemoIfEmpty } from '../src/demo/seed-demo.ts';
import { tripdeskRoutes } from '../src/routes.ts';
import { authentication } from '../src/modules/auth/index.ts';
import { mergeOffers, rankOptions, type SearchAnswer } from '../src/modules/booking/index.ts';
import { createSimulator } from '../src/modules/simulator/index.ts';
import { createSupplierGateway, supplierDirectoryOf, type HotelQuery, type SupplierGateway } from '../src/modules/suppliers/index.ts';
import type { Db } from '../src/platform/db/database.ts';
import { cleanups, openPgliteDatabase, runCleanups } from './support/databases.ts';
import { fmt } from './support/figures.ts';

const TRAVELLER = 'traveller@huachen.example.com';

/**
 * The four suppliers: four of the built-in simulator's hotel groups (latency 0), through the real
 * gateway (its policies), for two nights in 上海 — about 150 hotels' rooms, each marked with the
 * traveller's hotel caps by city tier.
 */
const BENCH_SUPPLIERS = ['sim-jinjiang', 'sim-huazhu', 'sim-btg', 'sim-marriott'];
const benchGateway = (db: Db): SupplierGateway => {
  const simulator = createSimulator({ db, sink: async () => {}, settings: { latencyMs: 0 } });
  const registry = supplierDirectoryOf(db);
  return createSupplierGateway({
    adapters: simulator.adapters.filter((a) => BENCH_SUPPLIERS.includes(a.supplierCode)),
    directory: { states: async () => new Map([...(await registry.states())].filter(([code]) => BENCH_SUPPLIERS.includes(code))) },
  });
};

function positiveEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return Number(raw);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function timed(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}

async function signIn(origin: string): Promise<Record<string, string>> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TRAVELLER, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${TRAVELLER} failed: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('td_csrf='))?.slice('td_csrf='.length) ?? '';
  return { cookie: cookies.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' };
}

export async function run(): Promise<void> {
  const requests = positiveEnv('BENCH_REQUESTS', 300);
  const warmup = positiveEnv('BENCH_WARMUP', 30);
  const loadBefore = os.loadavg();
  console.log(
    `node ${process.version} on ${os.platform()}/${os.arch()}, ${os.availableParallelism()} CPUs; load average ${loadBefore.map((l) => fmt(l, 2)).join(' ')}`,
  );
  const onSignal = () => void runCleanups().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const database = await openPgliteDatabase();
    const key = randomBytes(32);
    process.stdout.write('migrating and seeding the demo data… ');
    await runMigrations(database);
    await seedDemoIfEmpty(database.db, createPiiCipher(key));
    console.log('done');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tripdesk-bench-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const config = loadConfig({ TRIPDESK_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const gateway = benchGateway(database.db);
    const app = await buildApp(
      { config, database, cipher: createPiiCipher(key) },
      { logger: false, authentication, routes: tripdeskRoutes({ gateway }) },
    );
    cleanups.push(() => app.close());
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const headers = await signIn(origin);
    const date = chinaDateOf(new Date(Date.now() + 14 * 86_400_000));
    const query: HotelQuery = { cityId: 'shanghai', checkIn: date, checkOut: chinaDateOf(new Date(Date.now() + 16 * 86_400_000)) };
    const body = JSON.stringify({ category: 'hotel', query });
    const call = async () => {
      const res = await fetch(`${origin}/api/v1/booking/search`, { method: 'POST', headers, body });
      if (res.status !== 200) throw new Error(`search answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      return (await res.json()) as SearchAnswer<'hotel'>;
    };

    const first = await call();
    const offers = (await gateway.search('hotel', query)).offers.length;
    const outcomes = new Map<string, number>();
    for (const o of first.options) outcomes.set(o.policy?.outcome ?? 'none', (outcomes.get(o.policy?.outcome ?? 'none') ?? 0) + 1);
    if (first.version === null) throw new Error(`${TRAVELLER} has no published policy: nothing would be marked`);
    console.log(
      `${first.suppliers.length} suppliers, ${offers} offers → ${first.options.length} options (+${first.hiddenCount} blocked); policy ${first.policy?.name} v${first.version.version}; outcomes ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    );

    const mergeOnly = async () => {
      const outcome = await gateway.search('hotel', query);
      const weights = new Map(outcome.asked.map((a) => [a.supplierCode, a.rankingWeight]));
      const merged = mergeOffers(outcome.offers, (c) => weights.get(c) ?? 50);
      return rankOptions(
        merged.map((m) => ({ offer: m.offer, outcome: null, compliant: true, noted: false })),
        { weights },
      );
    };
    await timed(warmup, call);
    await timed(warmup, mergeOnly);
    // Interleaved thirds, so that a change in the machine's load falls on all three alike.
    const route: number[] = [];
    const merge: number[] = [];
    const raw: number[] = [];
    for (let round = 0; round < 3; round++) {
      route.push(...(await timed(Math.ceil(requests / 3), call)));
      merge.push(...(await timed(Math.ceil(requests / 3), mergeOnly)));
      raw.push(...(await timed(Math.ceil(requests / 3), () => gateway.search('hotel', query))));
    }
    for (const list of [route, merge, raw]) list.sort((a, b) => a - b);
    const p = (list: number[], q: number) => Number(percentile(list, q).toFixed(2));
    const figures = {
      route: { p50: p(route, 50), p99: p(route, 99) },
      merge: { p50: p(merge, 50), p99: p(merge, 99) },
      gateway: { p50: p(raw, 50), p99: p(raw, 99) },
    };
    console.log(`\n${''.padEnd(44)}  p50 ms   p99 ms`);
    console.log(
      `${'POST /api/v1/booking/search (HTTP, PGlite)'.padEnd(44)}  ${fmt(figures.route.p50, 2).padStart(6)}   ${fmt(figures.route.p99, 2).padStart(6)}`,
    );
    console.log(
      `${'gateway + merge + rank, no policy (baseline)'.padEnd(44)}  ${fmt(figures.merge.p50, 2).padStart(6)}   ${fmt(figures.merge.p99, 2).padStart(6)}`,
    );
    console.log(`${'gateway alone'.padEnd(44)}  ${fmt(figures.gateway.p50, 2).padStart(6)}   ${fmt(figures.gateway.p99, 2).padStart(6)}`);
    const ratio = figures.merge.p99 > 0 ? figures.route.p99 / figures.merge.p99 : null;
    console.log(
      `\ntarget p99 < 150 ms: ${fmt(figures.route.p99, 2)} ms ${figures.route.p99 < 150 ? 'met' : 'MISSED'}; route ÷ baseline p99: ${ratio === null ? 'n/a' : fmt(ratio, 1)}×; ${route.length} requests`,
    );
    console.log(
      JSON.stringify({
        bench: 'search',
        p99_ms: figures.route.p99,
        p50_ms: figures.route.p50,
        baseline_p99_ms: figures.merge.p99,
        p99_ratio: ratio === null ? null : Number(ratio.toFixed(2)),
        gateway_p99_ms: figures.gateway.p99,
        options: first.options.length,
        offers,
        suppliers: first.suppliers.length,
        requests: route.length,
        load_before: loadBefore.map((l) => Number(l.toFixed(2))),
        load_after: os.loadavg().map((l) => Number(l.toFixed(2))),
      }),
    );
  } finally {
    process.removeListener('SIGINT', onSignal);
    await runCleanups();
  }
}
