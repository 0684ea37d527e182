import type { App, AppDeps } from '../../platform/http/types.ts';
import { decodeCsv } from '../org/index.ts';
import type { PastBookingSource } from './past-booking.ts';
import { importBatchRoutes, importRoutes, replayRoutes } from './routes/what-if-routes.ts';

export interface WhatIfRouteOptions {
  /** Past orders (the orders module's reader, given by the composition root); imported bookings are this module's own. */
  orderSources?: readonly PastBookingSource[];
}

/**
 * POST /api/v1/policies/:id/versions/:versionId/what-if and the past-booking imports under
 * /api/v1/what-if/imports. The import has a plugin context of its own whose only body is a CSV file;
 * the batches' other routes stay in the app's (a DELETE with a body reads it as JSON, like every other).
 */
export function whatIfRoutes(app: App, deps: AppDeps, opts: WhatIfRouteOptions = {}): void {
  replayRoutes(app, deps, opts.orderSources ?? []);
  importBatchRoutes(app, deps);
  void app.register(async (csv: App) => {
    csv.removeAllContentTypeParsers();
    csv.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'buffer' }, (req, body, done) => {
      const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
      try {
        done(null, decodeCsv(body, charset));
      } catch (err) {
        done(err instanceof Error ? err : new Error(String(err)), undefined);
      }
    });
    importRoutes(csv, deps);
  });
}
