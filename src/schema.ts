/**
 * The whole database schema for drizzle-kit (drizzle.config.ts) and the migration test: every
 * module's tables. The one place outside a module that imports a module's schema.ts; the
 * application itself never needs the aggregate (Drizzle's relational queries are not used).
 */
export * from './modules/tenancy/schema.ts';
export * from './modules/auth/schema.ts';
export * from './modules/audit/schema.ts';
export * from './modules/org/schema.ts';
export * from './modules/policy/schema.ts';
export * from './modules/budget/schema.ts';
export * from './modules/approval/schema.ts';
export * from './modules/travel/schema.ts';
export * from './modules/timeline/schema.ts';
export * from './modules/notify/schema.ts';
export * from './modules/suppliers/schema.ts';
export * from './modules/simulator/schema.ts';
export * from './modules/ingest/schema.ts';
export * from './modules/whatif/schema.ts';
export * from './modules/booking/schema.ts';
export * from './modules/orders/schema.ts';
export * from './modules/webhooks/schema.ts';
export * from './modules/tickets/schema.ts';
export * from './modules/sla/schema.ts';
