import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, expect, inject, it } from 'vitest';
import '../support/provided-context.ts';
import { adminUrl, dropPostgresDatabase, repoRoot } from '../support/template.ts';
import { event, signed } from './ingest-support.ts';

/**
 * A kill -9 of the server right after a 2xx from ingestion loses no acknowledged event, and after a
 * restart every stored event is applied exactly once.
 */
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const fn of cleanups) await fn().catch(() => {});
});

function startServer(args: string[], until = /listening (\d+)/): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'test/ingest/crash-server.ts'), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const port = /listening (\d+)/.exec(output)?.[1];
      if (port && until.test(output)) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}): ${output}`)));
  });
}

/** Resolves once the child has exited, at once if it already has (its 'exit' may come before anyone listens). */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function postBatch(url: string, events: Record<string, unknown>[]): Promise<number> {
  const body = JSON.stringify({ events });
  const res = await fetch(`${url}/api/v1/ingest/events`, { method: 'POST', headers: signed(body), body });
  await res.arrayBuffer();
  return res.status;
}

it('kill -9 right after a 2xx: nothing acknowledged is lost, nothing applied twice', { timeout: 120_000 }, async () => {
  const kind = inject('dbKind');
  let args: string[];
  let where: string;
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tripdesk-crash-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    where = dir;
    args = ['pglite', dir, inject('pgliteTemplate')];
  } else {
    const base = inject('postgresUrl');
    const name = `tripdesk_crash_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    await admin.end();
    cleanups.push(() => dropPostgresDatabase(base, name));
    where = adminUrl(base, name);
    args = ['postgres', where];
  }

  const first = await startServer(args);
  const acknowledged: string[] = [];
  let ok = 0;
  let killed = false;
  // Three clients send batches; the server is killed the moment the fifth 2xx arrives.
  const client = async () => {
    while (!killed) {
      const events = Array.from({ length: 100 }, (_, i) => event({ orderRef: `CRASH${i % 7}` }));
      const status = await postBatch(first.url, events).catch(() => 0);
      if (status === 200) {
        acknowledged.push(...events.map((e) => String(e.eventId)));
        if (++ok === 5 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    }
  };
  await Promise.all([client(), client(), client()]);
  await exited(first.child);
  expect(acknowledged.length).toBeGreaterThanOrEqual(500);

  // Restart on the same data: the applier catches up by itself ("drained": nothing stored is left).
  const second = await startServer(args, /drained/);
  second.child.kill('SIGTERM');
  await exited(second.child);
  const ids = JSON.stringify(acknowledged);
  const statusSql = `select
      (select count(*)::int from supplier_events s where not (s.seq <= (select position from event_stream_consumers where name = 'ingest.applier') and not exists (select 1 from supplier_event_dead_letters d where d.seq = s.seq) and not exists (select 1 from supplier_event_retries r where r.seq = s.seq))) as stored,
      (select count(*)::int from ingest_crash_effects) as effects,
      (select count(distinct event_id)::int from ingest_crash_effects) as distinct,
      (select count(*)::int from jsonb_array_elements_text('${ids}'::jsonb) a(id)
        where not exists (select 1 from supplier_events s where s.event_id = a.id and s.seq <= (select position from event_stream_consumers where name = 'ingest.applier') and not exists (select 1 from supplier_event_dead_letters d where d.seq = s.seq) and not exists (select 1 from supplier_event_retries r where r.seq = s.seq))) as missing`;
  type Check = { stored: number; effects: number; distinct: number; missing: number };
  let check: Check | null;
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: where });
    await client.connect();
    check = ((await client.query(statusSql)).rows[0] as Check | undefined) ?? null;
    await client.end();
  } else {
    const db = await PGlite.create(path.join(where, 'pgdata'));
    check = ((await db.query(statusSql)).rows[0] as Check | undefined) ?? null;
    await db.close();
  }
  expect(check).not.toBeNull();
  expect(check?.missing).toBe(0);
  expect(check?.stored).toBe(0);
  expect(check?.effects).toBe(check?.distinct);
});
