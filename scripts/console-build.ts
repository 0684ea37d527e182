import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist/console/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the console into dist/console when it is missing or older than any file under console/. */
export async function ensureConsoleBuilt(log: (msg: string) => void = () => {}): Promise<void> {
  if (fs.existsSync(builtIndex) && fs.statSync(builtIndex).mtimeMs >= newestMtime(path.join(root, 'console'))) return;
  log('Building the console…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'console/vite.config.ts'), logLevel: 'warn' });
}
