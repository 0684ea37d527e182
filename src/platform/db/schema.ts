/** The whole database schema: every module's tables, for Drizzle and drizzle-kit. */
export * from '../../modules/tenancy/schema.ts';
export * from '../../modules/auth/schema.ts';
export * from '../../modules/audit/schema.ts';
export * from '../../modules/org/schema.ts';
export * from '../../modules/policy/schema.ts';
export * from '../../modules/budget/schema.ts';
export * from '../../modules/approval/schema.ts';
export * from '../../modules/travel/schema.ts';
export * from '../../modules/timeline/schema.ts';
export * from '../../modules/notify/schema.ts';
