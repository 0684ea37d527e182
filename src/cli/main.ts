/**
 * `npm run tripdesk -- <command>`: operational commands.
 *   demo-logins [--json]   the demo log-ins
 *   audit-verify [--json]  verify every tenant's audit hash chain; exit 1 on the first broken link
 *   migrate                apply pending migrations and exit
 */
import { ConfigError, loadConfig } from '../platform/config/config.ts';
import { demoLoginTable, demoLogins } from '../demo/demo-logins.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { openDatabase } from '../platform/db/open.ts';
import { verifyAuditChain } from '../modules/audit/index.ts';

const usage = `Usage: npm run tripdesk -- <command> [--json]

Commands:
  demo-logins    list the demo log-ins (role, enterprise, email, password)
  audit-verify   verify the audit log hash chains; exits 1 and names the first broken link
  migrate        apply pending database migrations`;

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await runMigrations(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const json = rest.includes('--json');
  switch (command) {
    case 'demo-logins':
      console.log(json ? JSON.stringify(demoLogins(), null, 2) : demoLoginTable());
      return 0;
    case 'audit-verify': {
      const report = await withDatabase((d) => verifyAuditChain(d.db));
      if (json) console.log(JSON.stringify(report, null, 2));
      else if (report.ok) console.log(`Audit log intact: ${report.checked} entries checked.`);
      else {
        const b = report.firstBroken;
        console.log(`Audit log BROKEN after ${report.checked} entries: tenant ${b?.tenantId}, entry ${b?.seq} (${b?.reason}).`);
      }
      return report.ok ? 0 : 1;
    }
    case 'migrate':
      await withDatabase(async () => undefined);
      console.log('Migrations applied.');
      return 0;
    default:
      console.error(usage);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (err) {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
