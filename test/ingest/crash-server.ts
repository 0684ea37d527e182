/**
 * The server the kill -9 test runs as a child process: the application with ingestion wired and
 * the applier running, over a PGlite folder (argv[2] = 'pglite', argv[3] = folder, argv[4] = the
 * template dump for a first start) or PostgreSQL (argv[2] = 'postgres', argv[3] = URL). The
 * applier's effect is a row per application in ingest_crash_effects, written in the applier's
 * transaction like the orders module's changes. Prints "listening <port>" when ready, then
 * "drained" once nothing stored is left to apply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { authentication } from '../../src/modules/auth/index.ts';
import { ingestRoutes, startEventApplier, type EventApplier } from '../../src/modules/ingest/index.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import { createPiiCipher } from '../../src/platform/crypto/pii.ts';
import type { Tx } from '../../src/platform/db/database.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';
import { openDatabase } from '../../src/platform/db/open.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { fixedKeys } from './ingest-support.ts';
import { testSecretKey } from '../support/test-key.ts';

const [kind, where, dump] = process.argv.slice(2);
if (!where) throw new Error('usage: crash-server.ts pglite <folder> <dump> | postgres <url>');
if (kind === 'pglite' && !fs.existsSync(path.join(where, 'pgdata')) && dump) {
  const first = await PGlite.create(path.join(where, 'pgdata'), { loadDataDir: new Blob([fs.readFileSync(dump)]) });
  await first.close();
}
const database = await openDatabase({ databaseUrl: kind === 'postgres' ? where : null, dataDir: where });
await runMigrations(database);
await database.query('create table if not exists ingest_crash_effects (event_id text not null, seq bigint not null)');

const apply: EventApplier<Tx> = async (tx, event) => {
  await tx.execute(sql`insert into ingest_crash_effects (event_id, seq) values (${event.eventId}, ${event.seq})`);
  return { kind: 'applied', tenantId: '00000000-0000-0000-0000-000000000000', orderId: '00000000-0000-0000-0000-000000000001' };
};
const config = loadConfig({ TRIPDESK_DATA_DIR: path.join(os.tmpdir(), 'tripdesk-crash'), LOG_LEVEL: 'silent' });
const app = await buildApp(
  { config, database, cipher: createPiiCipher(testSecretKey()) },
  { logger: false, authentication, routes: [(a, deps) => ingestRoutes(a, deps, { keys: fixedKeys, apply })] },
);
const applier = await startEventApplier({ database, apply, batchSize: 200, pollMs: 100 });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${new URL(address).port}`);
// For the restart: once everything stored before is applied.
await applier.drain(60_000);
console.log('drained');
