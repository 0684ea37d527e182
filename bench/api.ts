/**
 * `npm run bench -- api`: requests/s and latency of an authenticated GET /api/v1/org/employees/:id
 * on the full Tripdesk app, side by side with a bare Fastify route running the same single
 * query through the same driver on the same database — once on PGlite, once on PostgreSQL.
 * See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/platform/config/config.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { seedDemoIfEmpty } from '../src/demo/seed-demo.ts';
import { createPiiCipher } from '../src/platform/crypto/pii.ts';
import type { Database } from '../src/platform/db/database.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { openPostgres, wrapPglite } from '../src/platform/db/open.ts';
import { buildTripdeskApp } from '../src/app.ts';

const EMPLOYEE_ROUTE = '/api/v1/org/employees/:id';
const ADMIN_EMAIL = 'admin@huachen.example.com';
const SESSION_COOKIE = 'td_session';
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const DEFAULT_DURATION_SECONDS = 10;

/** The baseline's one query: an employee row by primary key, every column. */
const EMPLOYEE_SQL =
  'select tenant_id, id, employee_no, name, email, phone_enc, phone_hash, id_card_enc, passport_enc, rank, ' +
  'department_id, manager_id, cost_centre_id, status, external_id, created_at, updated_at ' +
  'from employees where tenant_id = $1 and id = $2';

const APP_LABEL = `tripdesk GET ${EMPLOYEE_ROUTE}`;
const BARE_LABEL = 'bare fastify + same query';

type DbKind = 'pglite' | 'postgres';

interface Target {
  url: string;
  headers: Record<string, string>;
}

interface Measurement {
  label: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: string;
}

interface Plan {
  durationSeconds: number;
}

/** Cleanup steps of the database being benchmarked, run last-in first-out (also on Ctrl-C). */
const cleanups: (() => Promise<void>)[] = [];

async function runCleanups(): Promise<void> {
  for (let fn = cleanups.pop(); fn; fn = cleanups.pop()) {
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup failed: ${message(err)}`);
    }
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function durationFromEnv(): number {
  const raw = process.env.BENCH_DURATION;
  if (raw === undefined || raw === '') return DEFAULT_DURATION_SECONDS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`BENCH_DURATION must be a whole number of seconds ≥ 1, got "${raw}"`);
  return Number(raw);
}

/** The URL without its password, for printing. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function withDatabaseName(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

// ---------------------------------------------------------------------------------------------
// Databases

async function openPgliteDatabase(): Promise<Database> {
  const database = wrapPglite(await PGlite.create(), async () => {});
  cleanups.push(() => database.close());
  return database;
}

/** A fresh database on the local PostgreSQL server, dropped at the end; null when the server is not reachable. */
async function openPostgresDatabase(): Promise<Database | null> {
  const base = process.env.TRIPDESK_BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const name = `tripdesk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    await admin.end().catch(() => {});
    console.log(`\nPostgreSQL at ${redact(base)} is not reachable (${message(err)}): skipping the PostgreSQL run.`);
    console.log('Set TRIPDESK_BENCH_DATABASE_URL to point the benchmark at another server.');
    return null;
  }
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5000 });
    await dropper.connect();
    try {
      await dropper.query(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end();
    }
  });
  const database = openPostgres(withDatabaseName(base, name), 10);
  cleanups.push(() => database.close());
  console.log(`database: ${redact(withDatabaseName(base, name))} (pool of 10, dropped at the end)`);
  return database;
}

// ---------------------------------------------------------------------------------------------
// Load

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
async function preflight(label: string, target: Target, expect: string): Promise<void> {
  const res = await fetch(target.url, { headers: target.headers });
  const body = await res.text();
  if (res.status !== 200) {
    throw new Error(`${label}: GET ${new URL(target.url).pathname} answered ${res.status}, not 200: ${body.slice(0, 500)}`);
  }
  if (!body.includes(expect)) {
    throw new Error(`${label}: the response does not mention the employee ${expect}: ${body.slice(0, 500)}`);
  }
}

async function measure(label: string, target: Target, expect: string, plan: Plan): Promise<Measurement> {
  await preflight(label, target, expect);
  process.stdout.write(`  ${label}: warm-up ${WARMUP_SECONDS} s, `);
  await load(target, WARMUP_SECONDS);
  process.stdout.write(`measuring ${plan.durationSeconds} s… `);
  const r = await load(target, plan.durationSeconds);
  const codes = Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count ?? 0}`)
    .join(' ');
  console.log(`${r.requests.total} requests`);
  return {
    label,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: codes,
  };
}

// ---------------------------------------------------------------------------------------------
// Servers

async function signIn(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${ADMIN_EMAIL} failed: ${res.status} ${(await res.text()).slice(0, 500)}`);
  for (const c of res.headers.getSetCookie()) {
    const m = new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(c);
    if (m?.[1]) return `${SESSION_COOKIE}=${m[1]}`;
  }
  throw new Error(`sign-in as ${ADMIN_EMAIL} set no ${SESSION_COOKIE} cookie`);
}

async function measureTripdesk(database: Database, employee: EmployeeRef, plan: Plan): Promise<Measurement> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tripdesk-bench-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ TRIPDESK_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const cipher = createPiiCipher(employee.key);
  const app = await buildTripdeskApp({ config, database, cipher }, { logger: false });
  try {
    // Route modules may register plugins, whose routes exist only once the app is ready.
    await app.ready();
    if (!app.hasRoute({ method: 'GET', url: EMPLOYEE_ROUTE })) {
      throw new Error(
        `the Tripdesk app has no route GET ${EMPLOYEE_ROUTE} (the organisation module's employee route is not available yet), so there is nothing to measure`,
      );
    }
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signIn(origin);
    const url = `${origin}${EMPLOYEE_ROUTE.replace(':id', employee.id)}`;
    return await measure(APP_LABEL, { url, headers: { cookie } }, employee.id, plan);
  } finally {
    await app.close();
  }
}

async function measureBare(database: Database, employee: EmployeeRef, plan: Plan): Promise<Measurement> {
  const bare = Fastify({ logger: false });
  bare.get<{ Params: { id: string } }>('/employee/:id', async (req, reply) => {
    const [row] = await database.query(EMPLOYEE_SQL, [employee.tenantId, req.params.id]);
    if (!row) return reply.status(404).send({ error: 'not found' });
    return row;
  });
  try {
    const origin = await bare.listen({ port: 0, host: '127.0.0.1' });
    return await measure(BARE_LABEL, { url: `${origin}/employee/${employee.id}`, headers: {} }, employee.id, plan);
  } finally {
    await bare.close();
  }
}

interface EmployeeRef {
  tenantId: string;
  id: string;
  /** The PII key the database was seeded with. */
  key: Buffer;
}

/** Migrates and seeds the demo data, then picks the first employee (by number) of the admin's enterprise. */
async function prepare(database: Database): Promise<EmployeeRef> {
  const key = randomBytes(32);
  await runMigrations(database);
  await seedDemoIfEmpty(database.db, createPiiCipher(key));
  const [row] = await database.query<{ tenant_id: string; id: string }>(
    'select e.tenant_id, e.id from employees e join accounts a on a.tenant_id = e.tenant_id where a.email = $1 order by e.employee_no limit 1',
    [ADMIN_EMAIL],
  );
  if (!row) throw new Error(`the demo data has no employee in the enterprise of ${ADMIN_EMAIL}`);
  return { tenantId: row.tenant_id, id: row.id, key };
}

// ---------------------------------------------------------------------------------------------
// Report

function fmt(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function printTable(title: string, rows: Measurement[]): void {
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors'];
  const body = rows.map((m) => [m.label, fmt(m.reqPerSec, 0), fmt(m.p50, 0), fmt(m.p99, 0), fmt(m.requests, 0), String(m.non2xx), String(m.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
  const [app, bare] = rows;
  if (app && bare) {
    const rps = bare.reqPerSec > 0 ? `${fmt(app.reqPerSec / bare.reqPerSec, 2)}` : 'n/a';
    const p99 = bare.p99 > 0 ? `${fmt(app.p99 / bare.p99, 2)}` : 'n/a (bare p99 below the 1 ms resolution)';
    console.log(`ratio tripdesk ÷ bare: req/s ${rps}, p99 ${p99}`);
  }
}

function problems(rows: Measurement[]): string[] {
  return rows
    .filter((m) => m.non2xx > 0 || m.errors > 0)
    .map((m) => `${m.label}: ${m.non2xx} non-2xx responses (${m.statusCodes}), ${m.errors} connection errors (${m.timeouts} timeouts)`);
}

// ---------------------------------------------------------------------------------------------

const titles: Record<DbKind, string> = {
  pglite: 'PGlite (embedded, in-memory, in the server process, one connection)',
  postgres: 'PostgreSQL (node-postgres pool of 10)',
};

async function benchOn(kind: DbKind, plan: Plan): Promise<Measurement[] | null> {
  console.log(`\n== ${titles[kind]}`);
  try {
    const database = kind === 'pglite' ? await openPgliteDatabase() : await openPostgresDatabase();
    if (!database) return null;
    const [version] = await database.query<{ version: string }>('select version()');
    console.log(`server: ${version?.version.split(' on ')[0] ?? 'unknown'}`);
    process.stdout.write('migrating and seeding the demo data… ');
    const started = performance.now();
    const employee = await prepare(database);
    console.log(`${fmt((performance.now() - started) / 1000, 1)} s; employee ${employee.id}`);
    // Sequentially, on the same database: the app first, then the baseline.
    const rows = [await measureTripdesk(database, employee, plan), await measureBare(database, employee, plan)];
    printTable(`${titles[kind]}: ${CONNECTIONS} connections, ${plan.durationSeconds} s after ${WARMUP_SECONDS} s warm-up`, rows);
    return rows;
  } finally {
    await runCleanups();
  }
}

export async function run(): Promise<void> {
  const plan: Plan = { durationSeconds: durationFromEnv() };
  const cpus = os.cpus();
  const loadAvg = os.loadavg().map((l) => fmt(l, 2)).join(' ');
  console.log(`node ${process.version} on ${os.platform()}/${os.arch()}, ${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown'})`);
  console.log(`load average before the run: ${loadAvg} (other work on the machine skews the numbers)`);
  console.log(
    `load: autocannon in a worker thread, ${CONNECTIONS} connections to 127.0.0.1, ${WARMUP_SECONDS} s warm-up then ${plan.durationSeconds} s measured (BENCH_DURATION)`,
  );

  const onSignal = () => {
    console.error('\ninterrupted: cleaning up');
    void runCleanups().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const failures: string[] = [];
    for (const kind of ['pglite', 'postgres'] as const) {
      const rows = await benchOn(kind, plan);
      if (rows) failures.push(...problems(rows).map((p) => `${titles[kind]}: ${p}`));
    }
    if (failures.length > 0) throw new Error(`some requests failed:\n  ${failures.join('\n  ')}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
