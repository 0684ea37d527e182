import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/platform/db/lock.ts';
import { repoRoot } from '../support/template.ts';

/** One process per embedded-database folder: a second one is refused with a helpful message. */

const folders: string[] = [];
const release: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const r of release.splice(0)) await r().catch(() => {});
  for (const f of folders.splice(0)) fs.rmSync(f, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tripdesk-lock-'));
  folders.push(dir);
  return path.join(dir, 'data');
}

/** Another Node process trying to lock the folder: its exit code and what it printed. */
function lockFromAnotherProcess(dataDir: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const lockModule = pathToFileURL(path.join(repoRoot, 'src/platform/db/lock.ts')).href;
  const script = `
    import { lockDataDir } from ${JSON.stringify(lockModule)};
    try {
      const unlock = await lockDataDir(process.argv[1]);
      console.log('locked');
      await unlock();
    } catch (err) {
      console.error(err.name + ': ' + err.message);
      process.exit(3);
    }`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', script, dataDir], { cwd: repoRoot, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : err ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the data folder lock', () => {
  it('a second lock in the same process is refused, naming the folder; after release it can be taken again', async () => {
    const dir = tempFolder();
    const unlock = await lockDataDir(dir);
    release.push(unlock);
    const second = lockDataDir(dir);
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(lockDataDir(dir)).rejects.toThrow(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(/TRIPDESK_DATA_DIR/);
    await unlock();
    release.pop();
    const again = await lockDataDir(dir);
    release.push(again);
    expect(fs.existsSync(path.join(dir, 'tripdesk.lock'))).toBe(true);
  });

  it('creates the folder if needed, and different folders do not interfere', async () => {
    const a = tempFolder();
    const b = tempFolder();
    expect(fs.existsSync(a)).toBe(false);
    release.push(await lockDataDir(a));
    release.push(await lockDataDir(b));
    expect(fs.existsSync(a)).toBe(true);
  });

  it('another process is refused while this one holds the folder, and gets it once released', async () => {
    const dir = tempFolder();
    const unlock = await lockDataDir(dir);
    release.push(unlock);
    const refused = await lockFromAnotherProcess(dir);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toContain('DataDirLockedError');
    expect(refused.stderr).toContain(dir);
    expect(refused.stdout).not.toContain('locked');
    await unlock();
    release.pop();
    const granted = await lockFromAnotherProcess(dir);
    expect(granted.code, granted.stderr).toBe(0);
    expect(granted.stdout).toContain('locked');
  });
});
