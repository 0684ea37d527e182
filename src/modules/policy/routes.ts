import type { App, AppDeps } from '../../platform/http/types.ts';
import { evaluationRoutes } from './routes/evaluation-routes.ts';
import { policyRoutes } from './routes/policy-routes.ts';

/** The policy API under /api/v1/policies: policies and versions, resolution, preview, evaluation, reason codes. */
export function policyModuleRoutes(app: App, deps: AppDeps): void {
  policyRoutes(app, deps);
  evaluationRoutes(app, deps);
}
