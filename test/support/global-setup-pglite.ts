import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preparePgliteTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'pglite' | 'postgres';
    pgliteTemplate: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const file = await preparePgliteTemplate();
  project.provide('dbKind', 'pglite');
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  project.provide('postgresUrl', '');
  return () => fs.rmSync(file, { force: true });
}
