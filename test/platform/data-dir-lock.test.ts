import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, dataDir],
      { cwd: repoRoot, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err && typeof err.code === 'number' ? err.code : err ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/**
 * Another Node process that locks the folder and keeps it (holdMs, or until killed): resolves once
 * it says whether it got the lock.
 */
async function holderProcess(dataDir: string, holdMs = 600_000): Promise<{ child: ChildProcess; locked: boolean; output: string }> {
  const lockModule = pathToFileURL(path.join(repoRoot, 'src/platform/db/lock.ts')).href;
  const script = `
    import { lockDataDir } from ${JSON.stringify(lockModule)};
    try {
      const unlock = await lockDataDir(process.argv[1]);
      console.log('locked');
      setTimeout(async () => { await unlock(); process.exit(0); }, Number(process.argv[2]));
    } catch (err) {
      console.log('refused: ' + err.name);
      process.exit(3);
    }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, dataDir, String(holdMs)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const answer = await new Promise<string>((resolve) => {
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      if (/locked|refused/.test(output)) resolve(output);
    });
    child.on('exit', () => resolve(output));
  });
  return { child, locked: answer.includes('locked') && !answer.includes('refused'), output };
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

  it('after its holder is killed (kill -9) the folder can be locked again at once', async () => {
    const dir = tempFolder();
    const holder = await holderProcess(dir);
    expect(holder.locked, holder.output).toBe(true);
    holder.child.kill('SIGKILL');
    await once(holder.child, 'exit');
    const started = Date.now();
    const unlock = await lockDataDir(dir);
    release.push(unlock);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a live holder in another process is still respected, and a holder elsewhere is not presumed dead', async () => {
    const dir = tempFolder();
    const holder = await holderProcess(dir);
    expect(holder.locked, holder.output).toBe(true);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    holder.child.kill('SIGKILL');
    await once(holder.child, 'exit');
    // A lock whose holder record names another machine cannot be checked from here: it stands
    // until it goes stale (its holder stops refreshing it).
    const other = tempFolder();
    fs.mkdirSync(path.join(other, 'tripdesk.lock'), { recursive: true });
    const record = {
      pid: 1 << 22,
      hostname: `not-${os.hostname()}`,
      pidNamespace: null,
      bootId: null,
      token: 'elsewhere',
      startedAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(other, 'tripdesk.lock', 'holder.json'), JSON.stringify(record));
    await expect(lockDataDir(other)).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('when two processes start at once after a crash, exactly one gets the folder', async () => {
    const dir = tempFolder();
    const holder = await holderProcess(dir);
    expect(holder.locked, holder.output).toBe(true);
    holder.child.kill('SIGKILL');
    await once(holder.child, 'exit');
    const contenders = await Promise.all([holderProcess(dir, 3_000), holderProcess(dir, 3_000), holderProcess(dir, 3_000)]);
    expect(contenders.filter((c) => c.locked).length, contenders.map((c) => c.output).join(' | ')).toBe(1);
  });
});
