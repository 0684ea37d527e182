import { and, arrayContains, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import type { TravelOption } from '../../policy/index.ts';
import { travelRequests, type ItineraryLeg } from '../schema.ts';
import { firstDepartDate } from '../travel-input.ts';
import { tripEndDate } from '../completion/trip-end.ts';
import type { TravelRequestRow } from '../travel-request-view.ts';
import { intentOfOption } from './order-intent.ts';
import { type Coverage, coverageOf } from './request-coverage.ts';

/** The request a search was started from (its 预订 button): what the console pre-fills the search with. */
export interface CoveringRequest {
  id: string;
  code: string;
  purpose: string;
  status: TravelRequestRow['status'];
  itinerary: ItineraryLeg[];
  /** The trip's first and last days. */
  startDate: string | null;
  endDate: string | null;
}

export interface OptionCoverage {
  /** Inside an approved request's bounds: the order needs no second approval unless a rule says so. */
  covered: boolean;
  /** The covering request; with a named request, that one whether it covers or not. */
  requestId: string | null;
  /** Check by check against the named request; null when no request was named. */
  coverage: Coverage | null;
}

export interface OrderCoverage {
  request: CoveringRequest | null;
  /** Pure and cheap: a search calls it for each of its options. */
  cover(option: TravelOption): OptionCoverage;
}

const requestOf = (row: TravelRequestRow): CoveringRequest => ({
  id: row.id,
  code: row.code,
  purpose: row.purpose,
  status: row.status,
  itinerary: row.itinerary,
  startDate: firstDepartDate(row.itinerary),
  endDate: tripEndDate(row.itinerary),
});

/**
 * Coverage of many options by the traveller's travel requests, read once (a search's result list):
 * against the request named (which must concern the traveller: 404 otherwise), each option with
 * its checks explained; or, with none named, against each of the traveller's approved requests.
 * Spend already booked against a request is not counted yet (orders come with booking).
 */
export async function orderCoverageFor(
  tx: Tx,
  tenantId: string,
  args: { travellerId: string; requestId?: string },
): Promise<OrderCoverage> {
  const { travellerId, requestId } = args;
  if (requestId !== undefined) {
    const [row] = await tx
      .select()
      .from(travelRequests)
      .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, requestId)));
    if (!row || (row.requesterId !== travellerId && !row.travellerIds.includes(travellerId))) throw notFound('travel request');
    return {
      request: requestOf(row),
      cover(option) {
        const coverage = coverageOf(row, intentOfOption(option, travellerId), 0);
        return { covered: coverage.covered, requestId: row.id, coverage };
      },
    };
  }
  const rows = await tx
    .select()
    .from(travelRequests)
    .where(
      and(
        eq(travelRequests.tenantId, tenantId),
        eq(travelRequests.status, 'approved'),
        arrayContains(travelRequests.travellerIds, [travellerId]),
      ),
    );
  return {
    request: null,
    cover(option) {
      const intent = intentOfOption(option, travellerId);
      const row = rows.find((r) => coverageOf(r, intent, 0).covered);
      return { covered: row !== undefined, requestId: row?.id ?? null, coverage: null };
    },
  };
}
