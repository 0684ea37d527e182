import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: process.env.TRIPDESK_MIGRATIONS_OUT ?? './drizzle',
  entities: { roles: { provider: '', exclude: [], include: [] } },
});
