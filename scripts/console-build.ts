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
  // Always the production build, as `vite build` makes it: Vite and the React plugin take the mode
  // from NODE_ENV when it is set, and Vitest sets it to "test", which gave the browser journeys a
  // development React (the main chunk 507 kB instead of 285 kB), and npm start reused that build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'console/vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
