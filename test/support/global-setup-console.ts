import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from './template.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The browser journeys drive the built console: build it when its sources changed. */
export default async function setup(): Promise<void> {
  const built = path.join(repoRoot, 'dist/console/index.html');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestMtime(path.join(repoRoot, 'console'))) return;
  await build({ configFile: path.join(repoRoot, 'console/vite.config.ts'), logLevel: 'warn' });
}
