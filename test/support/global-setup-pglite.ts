import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preparePgliteTemplate } from './template.ts';

import './provided-context.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const file = await preparePgliteTemplate();
  project.provide('dbKind', 'pglite');
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  project.provide('postgresUrl', '');
  return () => fs.rmSync(file, { force: true });
}
