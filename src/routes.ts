import type { RouteModule } from './platform/http/app.ts';
import { approvalRoutes } from './modules/approval/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { budgetRoutes } from './modules/budget/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { policyModuleRoutes } from './modules/policy/routes.ts';
import { notifyRoutes } from './modules/notify/routes.ts';
import { tenancyRoutes } from './modules/tenancy/routes.ts';
import { travelRoutes } from './modules/travel/routes.ts';

/** Every module's HTTP routes, in registration order. */
export const allRoutes: RouteModule[] = [authRoutes, tenancyRoutes, auditRoutes, orgRoutes, notifyRoutes, budgetRoutes, policyModuleRoutes, approvalRoutes, travelRoutes];
