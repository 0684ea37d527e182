/**
 * `npm start`: builds the console when its sources are newer than the build, then starts the server.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/console/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sourceTime = newestMtime(path.join(root, 'console'));
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sourceTime) {
  console.log('Building the console…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'console/vite.config.ts'), logLevel: 'warn' });
}

await import('../src/main.ts');
