import { ensureConsoleBuilt } from '../../scripts/console-build.ts';

/** The browser journeys drive the built console. */
export default async function setup(): Promise<void> {
  await ensureConsoleBuilt();
}
