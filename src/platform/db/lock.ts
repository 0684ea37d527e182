import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
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

/** Who holds a lock: enough to tell, on the same machine, whether that process still lives. */
interface HolderRecord {
  pid: number;
  hostname: string;
  /** Linux: the pid namespace (a container has its own); pids are only comparable within one. */
  pidNamespace: string | null;
  /** Linux: changes at every boot; a holder from before a reboot is gone. */
  bootId: string | null;
  /** Tells this lock apart from a later one in the same place. */
  token: string;
  startedAt: string;
}

const HOLDER_FILE = 'holder.json';

function readOrNull(read: () => string): string | null {
  try {
    return read().trim();
  } catch {
    return null;
  }
}

const thisMachine = () => ({
  hostname: os.hostname(),
  pidNamespace: readOrNull(() => fs.readlinkSync('/proc/self/ns/pid')),
  bootId: readOrNull(() => fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8')),
});

function readHolder(lockDir: string): HolderRecord | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(lockDir, HOLDER_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const r = parsed as Partial<HolderRecord>;
    return typeof r.pid === 'number' && typeof r.hostname === 'string' && typeof r.token === 'string' ? (r as HolderRecord) : null;
  } catch {
    return null;
  }
}

function processLives(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is just not ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the holder is certainly gone: it ran on this machine, in this pid namespace, and
 * either the machine has rebooted since or its pid is no longer alive. Anything unknown (another
 * machine sharing the folder, no record yet) counts as alive; such a lock is taken over only
 * once stale, when its holder has stopped refreshing it.
 */
function holderIsDead(holder: HolderRecord): boolean {
  const here = thisMachine();
  if (holder.hostname !== here.hostname || holder.pidNamespace !== here.pidNamespace) return false;
  if (holder.bootId !== null && here.bootId !== null && holder.bootId !== here.bootId) return true;
  return holder.pid !== process.pid && !processLives(holder.pid);
}

/**
 * Removes the lock of a dead holder, and only that lock: it is moved aside atomically and its
 * record checked. Had a live process taken the folder in the meantime, its lock goes back.
 */
function removeDeadLock(lockDir: string, dead: HolderRecord): void {
  const aside = `${lockDir}.dead-${randomUUID()}`;
  try {
    fs.renameSync(lockDir, aside);
  } catch {
    return; // already gone or replaced: the next attempt to lock will tell
  }
  if (readHolder(aside)?.token === dead.token) {
    fs.rmSync(aside, { recursive: true, force: true });
    return;
  }
  try {
    fs.renameSync(aside, lockDir);
  } catch {
    fs.rmSync(aside, { recursive: true, force: true });
  }
}

/**
 * The file system proper-lockfile works with, extended so that the holder record is part of the
 * lock: written into the lock directory as it is created (before proper-lockfile records the
 * directory's mtime, which it later checks to detect a lost lock), and removed with it.
 */
function lockFs(record: HolderRecord): typeof fs {
  const writeRecord = (dir: string) => fs.writeFileSync(path.join(dir, HOLDER_FILE), JSON.stringify(record));
  const removeRecord = (dir: string) => fs.rmSync(path.join(dir, HOLDER_FILE), { force: true });
  return {
    ...fs,
    mkdir: ((dir: string, callback: (err: NodeJS.ErrnoException | null) => void) => {
      fs.mkdir(dir, (err) => {
        if (err) return callback(err);
        try {
          writeRecord(dir);
          callback(null);
        } catch (writeErr) {
          fs.rm(dir, { recursive: true, force: true }, () => callback(writeErr as NodeJS.ErrnoException));
        }
      });
    }) as typeof fs.mkdir,
    rmdir: ((dir: string, callback: (err: NodeJS.ErrnoException | null) => void) => {
      removeRecord(dir);
      fs.rmdir(dir, callback);
    }) as typeof fs.rmdir,
    rmdirSync: ((dir: string) => {
      removeRecord(dir);
      fs.rmdirSync(dir);
    }) as typeof fs.rmdirSync,
  };
}

/**
 * PGlite takes no lock of its own and two processes on one folder corrupt it, so we hold one.
 * The lock records its holder (pid, host, pid namespace, boot): a holder that died on this
 * machine (kill -9, a crash) is recognised at once and its lock taken over. A holder that
 * cannot be checked (another machine on a shared folder) keeps the lock until it goes stale: its
 * mtime is refreshed every few seconds and a lock not refreshed for 15 s is abandoned.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockDir = path.join(dataDir, 'tripdesk.lock');
  const record: HolderRecord = { pid: process.pid, ...thisMachine(), token: randomUUID(), startedAt: new Date().toISOString() };
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath: lockDir,
      stale: 15_000,
      update: 5_000,
      fs: lockFs(record),
      onCompromised: (err) => {
        process.emitWarning(`Data folder lock compromised: ${err.message}`);
      },
    });
  for (let attempt = 0; ; attempt++) {
    try {
      return await take();
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? err.code : undefined;
      // ENOENT: another process moved the lock aside just as it was made (see removeDeadLock).
      if (code === 'ENOENT' && attempt < 2) continue;
      if (code !== 'ELOCKED') throw err;
      const holder = readHolder(lockDir);
      if (attempt >= 2 || holder === null || !holderIsDead(holder)) throw new DataDirLockedError(dataDir);
      removeDeadLock(lockDir, holder);
    }
  }
}
