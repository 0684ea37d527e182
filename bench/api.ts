/**
 * `npm run bench -- api`: requests/s and latency of an authenticated GET /api/v1/org/employees/:id
 * on the full Tripdesk app, side by side with a bare Fastify route running the same single
 * query through the same driver on the same database — once on PGlite, once on PostgreSQL. The two
 * are measured in alternating rounds, so that a change in the machine's load falls on both. The last
 * line is one line of JSON with the ratios. See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { loadConfig } from '../src/platform/config/config.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { seedDemoIfEmpty } from '../src/demo/seed-demo.ts';
import { createPiiCipher } from '../src/platform/crypto/pii.ts';
import type { Database } from '../src/platform/db/database.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { buildTripdeskApp } from '../src/app.ts';
import { cleanups, openPgliteDatabase, openPostgresDatabase, runCleanups } from './support/databases.ts';
import { fmt } from './support/figures.ts';
import { CONNECTIONS, measurePair, planFromEnv, WARMUP_SECONDS, type Measurement, type Plan } from './support/load.ts';

const EMPLOYEE_ROUTE = '/api/v1/org/employees/:id';
const ADMIN_EMAIL = 'admin@huachen.example.com';
const SESSION_COOKIE = 'td_session';

/** The baseline's one query: an employee row by primary key, every column. */
const EMPLOYEE_SQL =
  'select tenant_id, id, employee_no, name, email, phone_enc, phone_hash, id_card_enc, passport_enc, rank, ' +
  'department_id, manager_id, cost_centre_id, status, external_id, created_at, updated_at ' +
  'from employees where tenant_id = $1 and id = $2';

const APP_LABEL = `tripdesk GET ${EMPLOYEE_ROUTE}`;
const BARE_LABEL = 'bare fastify + same query';

type DbKind = 'pglite' | 'postgres';

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

/** The Tripdesk app and the bare baseline on the same database, listening side by side. */
async function measureBoth(database: Database, employee: EmployeeRef, plan: Plan): Promise<[Measurement, Measurement]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tripdesk-bench-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ TRIPDESK_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const cipher = createPiiCipher(employee.key);
  const app = await buildTripdeskApp({ config, database, cipher }, { logger: false });
  const bare = Fastify({ logger: false });
  bare.get<{ Params: { id: string } }>('/employee/:id', async (req, reply) => {
    const [row] = await database.query(EMPLOYEE_SQL, [employee.tenantId, req.params.id]);
    if (!row) return reply.status(404).send({ error: 'not found' });
    return row;
  });
  try {
    // Route modules may register plugins, whose routes exist only once the app is ready.
    await app.ready();
    if (!app.hasRoute({ method: 'GET', url: EMPLOYEE_ROUTE })) {
      throw new Error(
        `the Tripdesk app has no route GET ${EMPLOYEE_ROUTE} (the organisation module's employee route is not available yet), so there is nothing to measure`,
      );
    }
    const appOrigin = await app.listen({ port: 0, host: '127.0.0.1' });
    const bareOrigin = await bare.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signIn(appOrigin);
    return await measurePair(
      { label: APP_LABEL, url: `${appOrigin}${EMPLOYEE_ROUTE.replace(':id', employee.id)}`, headers: { cookie } },
      { label: BARE_LABEL, url: `${bareOrigin}/employee/${employee.id}`, headers: {} },
      employee.id,
      plan,
    );
  } finally {
    await app.close();
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

/** tripdesk ÷ bare, or null when the bare figure is 0 (a p99 below autocannon's 1 ms resolution). */
const ratio = (app: number, bare: number): number | null => (bare > 0 ? app / bare : null);

function printTable(title: string, app: Measurement, bare: Measurement): void {
  const rps = ratio(app.reqPerSec, bare.reqPerSec);
  const p50 = ratio(app.p50, bare.p50);
  const p99 = ratio(app.p99, bare.p99);
  const r = (x: number | null) => (x === null ? 'n/a' : fmt(x, 2));
  const rows = [
    ['', 'tripdesk', 'bare', 'tripdesk ÷ bare'],
    ['req/s', fmt(app.reqPerSec, 0), fmt(bare.reqPerSec, 0), r(rps)],
    ['p50 ms (median round)', fmt(app.p50, 1), fmt(bare.p50, 1), r(p50)],
    ['p99 ms (median round)', fmt(app.p99, 1), fmt(bare.p99, 1), r(p99)],
    ['requests', fmt(app.requests, 0), fmt(bare.requests, 0), ''],
    ['non-2xx / errors', `${app.non2xx} / ${app.errors}`, `${bare.non2xx} / ${bare.errors}`, ''],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(`tripdesk: ${APP_LABEL}; bare: ${BARE_LABEL}`);
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  const perRound = app.rounds.map((a, i) => r(ratio(a, bare.rounds[i] ?? 0))).join(' ');
  console.log(`req/s ratio by round: ${perRound}`);
  if (p99 === null) console.log('(p99 ratio n/a: the bare p99 is below the 1 ms resolution)');
}

function problems(rows: Measurement[]): string[] {
  return rows
    .filter((m) => m.non2xx > 0 || m.errors > 0)
    .map((m) => `${m.label}: ${m.non2xx} non-2xx responses (${m.statusCodes}), ${m.errors} connection errors (${m.timeouts} timeouts)`);
}

const round = (x: number | null, digits: number): number | null => (x === null ? null : Number(x.toFixed(digits)));

/** The machine-readable summary: one line of JSON, last. Figures of a database that was skipped are null. */
function summaryLine(results: Record<DbKind, [Measurement, Measurement] | null>, plan: Plan, loadBefore: number[]): string {
  const summary: Record<string, unknown> = { bench: 'api' };
  for (const kind of ['pglite', 'postgres'] as const) {
    const pair = results[kind];
    summary[`${kind}_ratio`] = pair ? round(ratio(pair[0].reqPerSec, pair[1].reqPerSec), 3) : null;
  }
  for (const kind of ['pglite', 'postgres'] as const) {
    const [app, bare] = results[kind] ?? [null, null];
    summary[`${kind}_rps`] = app ? Math.round(app.reqPerSec) : null;
    summary[`${kind}_bare_rps`] = bare ? Math.round(bare.reqPerSec) : null;
    summary[`${kind}_p50_ms`] = app?.p50 ?? null;
    summary[`${kind}_p99_ms`] = app?.p99 ?? null;
    summary[`${kind}_bare_p50_ms`] = bare?.p50 ?? null;
    summary[`${kind}_bare_p99_ms`] = bare?.p99 ?? null;
    summary[`${kind}_p99_ratio`] = app && bare ? round(ratio(app.p99, bare.p99), 3) : null;
  }
  summary.duration_s = plan.durationSeconds;
  summary.rounds = plan.rounds;
  summary.connections = CONNECTIONS;
  summary.load_before = loadBefore.map((l) => Number(l.toFixed(2)));
  summary.load_after = os.loadavg().map((l) => Number(l.toFixed(2)));
  return JSON.stringify(summary);
}

// ---------------------------------------------------------------------------------------------

const titles: Record<DbKind, string> = {
  pglite: 'PGlite (embedded, in-memory, in the server process, one connection)',
  postgres: 'PostgreSQL (node-postgres pool of 10)',
};

async function benchOn(kind: DbKind, plan: Plan): Promise<[Measurement, Measurement] | null> {
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
    const pair = await measureBoth(database, employee, plan);
    printTable(
      `${titles[kind]}: ${CONNECTIONS} connections, ${plan.durationSeconds} s each in ${plan.rounds} alternating rounds, after ${WARMUP_SECONDS} s warm-up`,
      ...pair,
    );
    return pair;
  } finally {
    await runCleanups();
  }
}

export async function run(): Promise<void> {
  const plan = planFromEnv();
  const cpus = os.cpus();
  const loadBefore = os.loadavg();
  console.log(
    `node ${process.version} on ${os.platform()}/${os.arch()}, ${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown'})`,
  );
  console.log(`load average before the run: ${loadBefore.map((l) => fmt(l, 2)).join(' ')} (other work on the machine skews the numbers)`);
  console.log(
    `load: autocannon in a worker thread, ${CONNECTIONS} connections to 127.0.0.1, ${WARMUP_SECONDS} s warm-up each, then ${plan.durationSeconds} s measured each (BENCH_DURATION) in ${plan.rounds} rounds alternating between the two (BENCH_ROUNDS)`,
  );

  const onSignal = () => {
    console.error('\ninterrupted: cleaning up');
    void runCleanups().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const failures: string[] = [];
    const results: Record<DbKind, [Measurement, Measurement] | null> = { pglite: null, postgres: null };
    for (const kind of ['pglite', 'postgres'] as const) {
      const pair = await benchOn(kind, plan);
      results[kind] = pair;
      if (pair) failures.push(...problems(pair).map((p) => `${titles[kind]}: ${p}`));
    }
    console.log(
      `\nload average after the run: ${os
        .loadavg()
        .map((l) => fmt(l, 2))
        .join(' ')}`,
    );
    console.log(summaryLine(results, plan, loadBefore));
    if (failures.length > 0) throw new Error(`some requests failed:\n  ${failures.join('\n  ')}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
