import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `Another Tripdesk process is already using the data folder ${dataDir}. ` +
        'Stop it first, or start this one with TRIPDESK_DATA_DIR pointing at another folder ' +
        '(or DATABASE_URL=postgres://… to use PostgreSQL).',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * PGlite takes no lock of its own and two processes on one folder corrupt it, so we hold one.
 * The lock file's mtime is refreshed every few seconds; a crashed holder's lock goes stale.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'tripdesk.lock'),
      stale: 15_000,
      update: 5_000,
      onCompromised: (err) => {
        process.emitWarning(`Data folder lock compromised: ${err.message}`);
      },
    });
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw err;
  }
}
