import type { App, AppDeps } from '../../platform/http/types.ts';
import type { BookingDeps } from './book/booking-deps.ts';
import { orderActionRoutes } from './routes/order-action-routes.ts';
import { searchRoutes } from './routes/search-routes.ts';

/** Booking: search under policy, 下单, and after-sale actions on orders. The root passes the gateway, the approval services and the order-change hook. */
export function bookingRoutes(app: App, deps: AppDeps, booking: BookingDeps): void {
  searchRoutes(app, deps, booking.gateway);
  orderActionRoutes(app, deps, booking);
}
