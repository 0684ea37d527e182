import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { can, principalOf, writeTenant } from '../../access/index.ts';
import type { SupplierGateway } from '../../suppliers/index.ts';
import { checkSearchRequest } from '../search/search-query.ts';
import type { SearchRequest } from '../search/search-types.ts';
import { searchOptions } from '../search/search-options.ts';
import { SearchAnswerSchema, SearchBody } from './search-schemas.ts';

/**
 * 预订搜索. Declared 'authenticated' because it takes either of two permissions, which a route's
 * single `access` cannot say: the search itself refuses (403 FORBIDDEN naming the permission) a
 * caller with neither, or one without booking.others searching for someone else.
 */
export function searchRoutes(app: App, deps: AppDeps, gateway: SupplierGateway): void {
  app.post(
    '/api/v1/booking/search',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'searchBookingOptions',
        tags: ['booking'],
        summary: 'Search flights, hotels, trains or cars under the traveller’s policy',
        description:
          'Any signed-in caller. Searching for yourself needs booking.self; for another employee (代订) booking.others — the policy applied is the traveller’s. Every enabled supplier is asked in parallel; offers are merged (the same flight, cabin and booking class, or the same room, from two suppliers: the cheapest kept, the others in alsoOfferedBy), marked with the traveller’s policy (full economy, business and lowest-in-window fares taken from the results) and with coverage by the travel request, and ranked: compliant first, then by score. Options the policy blocks are left out (hiddenCount) unless showBlocked. Suppliers that did not answer are listed in failures.',
        body: SearchBody,
        response: { 200: SearchAnswerSchema, ...errorResponses },
      },
    },
    async (req) => {
      const now = new Date();
      const principal = principalOf(req);
      // The body schema has checked the branch of the category; the type provider cannot infer if/then branches.
      const request = checkSearchRequest(req.body as SearchRequest, now);
      return searchOptions(deps.database.db, {
        ...request,
        gateway,
        tenantId: writeTenant(req),
        caller: { employeeId: principal.employeeId, canBookSelf: can(req, 'booking.self'), canBookOthers: can(req, 'booking.others') },
        now,
      });
    },
  );
}
