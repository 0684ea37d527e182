import pino from 'pino';
import type { Config } from './platform/config/config.ts';
import { createPiiCipher } from './platform/crypto/pii.ts';
import { resolveSecretKey } from './platform/crypto/secret-key.ts';
import type { Database } from './platform/db/database.ts';
import { runMigrations } from './platform/db/migrate.ts';
import { openDatabase } from './platform/db/open.ts';
import { buildTripdeskApp } from './app.ts';
import type { App } from './platform/http/types.ts';
import { seedDemoIfEmpty } from './demo/seed-demo.ts';
import { startJobs } from './jobs.ts';
import { seedDemoOrders } from './demo/demo-orders.ts';
import { startWebhookDelivery, webhookSettingsOf, type WebhookWorker } from './modules/webhooks/index.ts';
import type { JobRunner } from './platform/jobs/job-runner.ts';
import { startMailIntake } from './support/mail-listener.ts';
import { runnerScheduler } from './platform/jobs/scheduler.ts';
import { ensureDefaultSla } from './modules/sla/index.ts';
import { inSystemScope } from './platform/db/scope.ts';
import type { SmtpListener } from './modules/mail/index.ts';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  /** True when this start seeded the demo data (first start on an empty database). */
  seeded: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds demo data on first start, and serves HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const log = pino({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let jobs: JobRunner | undefined;
  let webhooks: WebhookWorker | undefined;
  let mail: SmtpListener | null = null;
  try {
    await runMigrations(database);
    const cipher = createPiiCipher(resolveSecretKey(config.secretKey, config.dataDir, (m) => log.warn(m)));
    const seeded = config.seedDemo ? await seedDemoIfEmpty(database.db, cipher) : false;
    await inSystemScope(database.db, (tx) => ensureDefaultSla(tx));
    jobs = await startJobs(database, { onError: (err) => log.error({ err }, 'job runner error') });
    webhooks = await startWebhookDelivery(
      database,
      { cipher, settings: webhookSettingsOf(config) },
      { onError: (err) => log.error({ err }, 'webhook delivery error') },
    );
    const app = await buildTripdeskApp({ config, database, cipher, jobs });
    await app.supply.start();
    if (seeded) {
      const booked = await seedDemoOrders(database, app.supply.booking, (m) => log.warn(m));
      log.info(`demo: ${booked} orders booked through the simulated suppliers`);
    }
    mail = await startMailIntake(config, database, cipher, runnerScheduler(jobs), log);
    await app.listen({ port: config.port, host: config.host });
    const bound = app.server.address();
    const port = bound && typeof bound === 'object' ? bound.port : config.port;
    const wildcard = config.host === '0.0.0.0' || config.host === '::';
    const url = `http://${wildcard ? 'localhost' : config.host}:${port}`;
    return {
      app,
      database,
      url,
      seeded,
      async close() {
        await mail?.close();
        await app.close();
        await webhooks?.stop();
        await jobs?.stop();
        await database.close();
      },
    };
  } catch (err) {
    await mail?.close();
    await webhooks?.stop();
    await jobs?.stop();
    await database.close();
    throw err;
  }
}
