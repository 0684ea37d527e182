import type { TestProject } from 'vitest/node';
import { dropPostgresDatabase, preparePostgresTemplate } from './template.ts';
import './provided-context.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TRIPDESK_TEST_DATABASE_URL;
  if (!url) throw new Error('TRIPDESK_TEST_DATABASE_URL is not set');
  const template = await preparePostgresTemplate(url);
  project.provide('dbKind', 'postgres');
  project.provide('pgliteTemplate', '');
  project.provide('postgresTemplate', template);
  project.provide('postgresUrl', url);
  return () => dropPostgresDatabase(url, template);
}
