import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.TRIPDESK_TEST_DATABASE_URL;
const dbTests = ['test/**/*.test.ts'];
const notDbTests = ['test/browser/**', 'test/architecture/**', 'test/sla/**', 'node_modules/**'];
/**
 * HTTP-level contracts that do not depend on the database engine (the OpenAPI document, the
 * permission table, request-body limits, headers and health, the schema fuzz): run once, on PGlite;
 * the PostgreSQL twin runs every file whose outcome the engine can change.
 */
const engineIndependent = [
  'test/platform/api-fuzz.test.ts',
  'test/platform/route-roles.test.ts',
  'test/platform/openapi-document.test.ts',
  'test/platform/request-bodies.test.ts',
  'test/platform/http-conventions.test.ts',
];

/**
 * Tiers: `unit` (pure rules beside the code, and the architecture checks), `pglite` (services and HTTP over the embedded
 * database), `postgres` (the same files again on PostgreSQL, when TRIPDESK_TEST_DATABASE_URL is
 * set), `browser` (journeys in Chromium). Each database project prepares one migrated, seeded
 * template in its global setup and every test file works on its own clone.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'console/src/**/*.test.ts', 'test/architecture/**/*.test.ts', 'test/sla/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'pglite',
          include: dbTests,
          exclude: notDbTests,
          globalSetup: ['test/support/global-setup-pglite.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'postgres',
                include: dbTests,
                exclude: [...notDbTests, ...engineIndependent],
                globalSetup: ['test/support/global-setup-postgres.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup-pglite.ts', 'test/support/global-setup-console.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
