/**
 * Load runs with autocannon: a server's rounds, summed into one measurement, and two servers
 * measured in alternating rounds so that a change in the machine's load falls on both alike.
 */
import autocannon from 'autocannon';
import { median } from './figures.ts';

export const CONNECTIONS = 10;
export const WARMUP_SECONDS = 2;

export interface Target {
  /** What the report calls it. */
  label: string;
  url: string;
  headers: Record<string, string>;
}

/** One load run (a round) against one server. */
interface Run {
  seconds: number;
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Map<string, number>;
}

/** A server's runs, summed (requests, failures) or as the median round (latencies). */
export interface Measurement {
  label: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: string;
  /** req/s of each round. */
  rounds: number[];
}

export interface Plan {
  /** Measured seconds per server, over all rounds. */
  durationSeconds: number;
  rounds: number;
}

function wholeFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return Number(raw);
}

/** BENCH_DURATION measured seconds per server (default 10) in BENCH_ROUNDS rounds (default 5). */
export function planFromEnv(): Plan {
  const durationSeconds = wholeFromEnv('BENCH_DURATION', 10, 1);
  const rounds = Math.min(wholeFromEnv('BENCH_ROUNDS', 5, 1), durationSeconds);
  return { durationSeconds, rounds };
}

async function load(target: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: seconds,
    // The load generator runs on its own thread so that it does not share the server's event loop.
    workers: 1,
  });
}

/** One request first, so that a broken endpoint fails with its status and body rather than as a pile of non-2xx. */
async function preflight(target: Target, expect: string): Promise<void> {
  const res = await fetch(target.url, { headers: target.headers });
  const body = await res.text();
  if (res.status !== 200) {
    throw new Error(`${target.label}: GET ${new URL(target.url).pathname} answered ${res.status}, not 200: ${body.slice(0, 500)}`);
  }
  if (!body.includes(expect)) {
    throw new Error(`${target.label}: the response does not mention the employee ${expect}: ${body.slice(0, 500)}`);
  }
}

async function loadRun(target: Target, seconds: number): Promise<Run> {
  const r = await load(target, seconds);
  const statusCodes = new Map<string, number>();
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) statusCodes.set(code, stat.count ?? 0);
  return {
    seconds,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
  };
}

function summarise(label: string, runs: Run[]): Measurement {
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const codes = new Map<string, number>();
  for (const r of runs) for (const [code, n] of r.statusCodes) codes.set(code, (codes.get(code) ?? 0) + n);
  return {
    label,
    reqPerSec: seconds > 0 ? requests / seconds : 0,
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    requests,
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
    statusCodes: [...codes].map(([code, n]) => `${code}×${n}`).join(' '),
    rounds: runs.map((r) => (r.seconds > 0 ? r.requests / r.seconds : 0)),
  };
}

/**
 * Both servers: one request each first, a warm-up each, then rounds that alternate between them
 * (Tripdesk then bare, bare then Tripdesk, …) so that a change in the machine's load in the middle
 * of the run falls on both alike.
 */
export async function measurePair(app: Target, bare: Target, expect: string, plan: Plan): Promise<[Measurement, Measurement]> {
  await preflight(app, expect);
  await preflight(bare, expect);
  process.stdout.write(`  warm-up ${WARMUP_SECONDS} s each; `);
  await load(app, WARMUP_SECONDS);
  await load(bare, WARMUP_SECONDS);
  const appRuns: Run[] = [];
  const bareRuns: Run[] = [];
  const base = Math.floor(plan.durationSeconds / plan.rounds);
  process.stdout.write(`${plan.rounds} rounds: `);
  for (let i = 0; i < plan.rounds; i++) {
    // The remainder of the duration goes to the first rounds, a second each.
    const seconds = base + (i < plan.durationSeconds % plan.rounds ? 1 : 0);
    if (i % 2 === 0) {
      appRuns.push(await loadRun(app, seconds));
      bareRuns.push(await loadRun(bare, seconds));
    } else {
      bareRuns.push(await loadRun(bare, seconds));
      appRuns.push(await loadRun(app, seconds));
    }
    process.stdout.write(i + 1 < plan.rounds ? `${i + 1} ` : `${i + 1}\n`);
  }
  return [summarise(app.label, appRuns), summarise(bare.label, bareRuns)];
}
