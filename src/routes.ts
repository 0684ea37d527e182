import { approvalDepsOf } from './approval-subjects.ts';
import { approvalRoutes } from './modules/approval/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes, invitationRoutes, operatorRoutes } from './modules/auth/index.ts';
import { budgetRoutes } from './modules/budget/index.ts';
import { geoRoutes } from './modules/geo/index.ts';
import { notifyRoutes } from './modules/notify/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { policyModuleRoutes } from './modules/policy/index.ts';
import { tenancyRoutes } from './modules/tenancy/index.ts';
import { travelRoutes } from './modules/travel/index.ts';
import { onboardingRoutes } from './onboarding/onboarding-routes.ts';
import type { RouteModule } from './platform/http/app.ts';

/** Every module's HTTP routes, in registration order; approval and travel get the registered approval subjects. */
export const allRoutes: RouteModule[] = [
  authRoutes,
  tenancyRoutes,
  operatorRoutes,
  onboardingRoutes,
  invitationRoutes,
  auditRoutes,
  orgRoutes,
  notifyRoutes,
  geoRoutes,
  budgetRoutes,
  policyModuleRoutes,
  (app, deps) => approvalRoutes(app, deps, approvalDepsOf(deps)),
  (app, deps) => travelRoutes(app, deps, approvalDepsOf(deps)),
];
