import { buildApp } from './platform/http/app.ts';
import type { App, AppDeps } from './platform/http/types.ts';
import { allRoutes } from './routes.ts';
import { authentication } from './modules/auth/index.ts';

/** Tripdesk's HTTP application: the platform's app with authentication and every module's routes. */
export function buildTripdeskApp(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<App> {
  return buildApp(deps, { ...opts, authentication, routes: allRoutes });
}
