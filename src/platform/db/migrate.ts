import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

/** Applies pending migrations; on PostgreSQL under an advisory lock so that instances starting together take turns. */
export async function runMigrations(database: Database): Promise<void> {
  await database.exclusive(727001, () => database.migrate(migrationsFolder));
}
