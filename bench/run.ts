/**
 * Benchmark runner: `npm run bench -- <name>` runs the exported run() of bench/<name>.ts.
 * Without a name, or with an unknown one, it lists the benchmarks there are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Benchmark {
  run(args: string[]): Promise<void>;
}

const benchDir = import.meta.dirname;

function availableBenchmarks(): string[] {
  return fs
    .readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
}

function isBenchmark(mod: unknown): mod is Benchmark {
  return typeof mod === 'object' && mod !== null && 'run' in mod && typeof mod.run === 'function';
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const available = availableBenchmarks();
  if (name === undefined || !available.includes(name)) {
    if (name !== undefined) console.error(`Unknown benchmark "${name}".`);
    console.error('Usage: npm run bench -- <name>');
    console.error(`Available benchmarks: ${available.length > 0 ? available.join(', ') : '(none)'}`);
    return name === undefined ? 2 : 1;
  }
  const mod: unknown = await import(pathToFileURL(path.join(benchDir, `${name}.ts`)).href);
  if (!isBenchmark(mod)) {
    console.error(`bench/${name}.ts does not export a run() function.`);
    return 1;
  }
  await mod.run(args);
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`\nBenchmark failed: ${err instanceof Error ? err.message : String(err)}`);
  if (err instanceof Error && err.stack && process.env.BENCH_DEBUG) console.error(err.stack);
  process.exitCode = 1;
}
