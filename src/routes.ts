import { actualSpendOfRequest } from './actual-spend.ts';
import { approvalDepsOf } from './approval-subjects.ts';
import { auditLabellers } from './audit-labels.ts';
import { homeRoutes } from './home/home-routes.ts';
import { approvalRoutes } from './modules/approval/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes, invitationRoutes, operatorRoutes, ssoRoutes } from './modules/auth/index.ts';
import { budgetAdjustmentRoutes, budgetRoutes } from './modules/budget/index.ts';
import { geoRoutes } from './modules/geo/index.ts';
import { notifyRoutes } from './modules/notify/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { policyModuleRoutes } from './modules/policy/index.ts';
import { tenancyRoutes } from './modules/tenancy/index.ts';
import { travelRoutes } from './modules/travel/index.ts';
import { onboardingRoutes } from './onboarding/onboarding-routes.ts';
import type { RouteModule } from './platform/http/app.ts';
import { offboardingHookOf } from './offboarding/offboarding-hook.ts';
import { offboardingRoutes } from './offboarding/offboarding-routes.ts';
import { supplyRoutes, type SupplyOptions } from './supply/supply-routes.ts';
import { whatIfRoutes } from './modules/whatif/index.ts';
import { ordersAsPastBookings } from './modules/orders/index.ts';
import { webhookRoutes } from './modules/webhooks/index.ts';
import { supportRoutes } from './support/ticket-wiring.ts';

/** Every module's HTTP routes, in registration order; approval and travel get the registered approval subjects; org is told of deactivations (offboarding). */
export const tripdeskRoutes = (supply: SupplyOptions = {}): RouteModule[] => [
  authRoutes,
  ssoRoutes,
  tenancyRoutes,
  operatorRoutes,
  onboardingRoutes,
  invitationRoutes,
  (app, deps) => auditRoutes(app, deps, auditLabellers),
  (app, deps) => orgRoutes(app, deps, { onStatusChange: offboardingHookOf(deps) }),
  offboardingRoutes,
  notifyRoutes,
  geoRoutes,
  budgetRoutes,
  policyModuleRoutes,
  (app, deps) => approvalRoutes(app, deps, approvalDepsOf(deps)),
  (app, deps) => travelRoutes(app, deps, approvalDepsOf(deps), { actualSpend: actualSpendOfRequest }),
  (app, deps) => budgetAdjustmentRoutes(app, deps, approvalDepsOf(deps)),
  homeRoutes,
  supplyRoutes(supply),
  webhookRoutes,
  (app, deps) => whatIfRoutes(app, deps, { orderSources: [ordersAsPastBookings] }),
  supportRoutes,
];

/** Every module's routes with booking over the registry's suppliers (the simulator when on). */
export const allRoutes: RouteModule[] = tripdeskRoutes();
