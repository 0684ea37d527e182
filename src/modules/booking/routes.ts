import type { App, AppDeps } from '../../platform/http/types.ts';
import type { SupplierGateway } from '../suppliers/index.ts';
import { searchRoutes } from './routes/search-routes.ts';

/** Booking under /api/v1/booking: search (more to come: orders). The root passes the supplier gateway. */
export function bookingRoutes(app: App, deps: AppDeps, services: { gateway: SupplierGateway }): void {
  searchRoutes(app, deps, services.gateway);
}
