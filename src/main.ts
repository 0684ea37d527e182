import { ConfigError, loadConfig } from './platform/config/config.ts';
import { DataDirLockedError } from './platform/db/lock.ts';
import { demoLoginTable } from './demo/demo-logins.ts';
import { startServer } from './server.ts';

/** `npm start`: run Tripdesk until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  let server;
  try {
    server = await startServer(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }
  const ms = Math.round(performance.now() - startedAt);
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
  console.log(`\nTripdesk is running on ${server.url} (${where}); ready in ${ms} ms, ${rssMb} MB resident.`);
  console.log(`Console: ${server.url}/   API: ${server.url}/api/v1   API docs: ${server.url}/docs\n`);
  if (config.seedDemo) console.log(demoLoginTable());

  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: shutting down…`);
    server
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
