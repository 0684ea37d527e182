/** `npm start`: builds the console when its sources are newer than the build, then starts the server. */
import { ensureConsoleBuilt } from './console-build.ts';

await ensureConsoleBuilt((msg) => console.log(msg));
await import('../src/main.ts');
