import { seedBudgets } from '../budget/seed-budgets.ts';
import { seedPolicies } from '../policy/seed-policies.ts';
import { seedTravelDemo } from '../travel/seed-travel-demo.ts';
import type { ModuleSeeder } from './seed-context.ts';

/**
 * Modules that add demo data on top of the organisation (policies, budgets, approval flows …),
 * run in this order inside the demo seed's transaction. Each lives in its own module's folder.
 */
export const moduleSeeders: ModuleSeeder[] = [seedPolicies, seedBudgets, seedTravelDemo];
