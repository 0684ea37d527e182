import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { evaluateForTraveller, subjectTraveller } from '../../policy/index.ts';
import type { SearchOutcome, SupplierCategory, SupplierGateway } from '../../suppliers/index.ts';
import { orderCoverageFor } from '../../travel/index.ts';
import { bookingTraveller } from './booking-subject.ts';
import { markOptions } from './mark-options.ts';
import type { BookingCaller, SearchAnswer, SearchRequest } from './search-types.ts';

export type SearchArgs = SearchRequest & {
  gateway: SupplierGateway;
  tenantId: string;
  caller: BookingCaller;
  now: Date;
};

/** The gateway's answer; a gateway that throws (it should not) becomes a failure of the search, never a 500. */
async function askSuppliers(gateway: SupplierGateway, request: SearchRequest): Promise<SearchOutcome<SupplierCategory>> {
  try {
    switch (request.category) {
      case 'flight':
        return await gateway.search('flight', request.query);
      case 'hotel':
        return await gateway.search('hotel', request.query);
      case 'train':
        return await gateway.search('train', request.query);
      case 'car':
        return await gateway.search('car', request.query);
    }
  } catch (err) {
    return {
      offers: [],
      failures: [{ supplierCode: '*', reason: 'ERROR', message: err instanceof Error ? err.message : String(err) }],
      asked: [],
    };
  }
}

/**
 * Search per category (预订搜索): every enabled supplier in parallel through the gateway, merged,
 * deduplicated, marked with the traveller's policy and the travel request's coverage, ranked. The
 * policy is the traveller's, whoever books (代订). Suppliers that did not answer are listed in
 * `failures`; the others' options are returned. The suppliers are asked while the traveller's
 * policy and requests are read, not inside the transaction.
 */
export async function searchOptions(db: Db, args: SearchArgs): Promise<SearchAnswer> {
  const { gateway, tenantId, caller, now } = args;
  const who = bookingTraveller(caller, args.travellerEmployeeId);
  const [outcome, read] = await Promise.all([
    askSuppliers(gateway, args),
    inTenantScope(db, [tenantId], async (tx) => {
      const traveller = await subjectTraveller(tx, tenantId, who.employeeId);
      const evaluated = await evaluateForTraveller(tx, tenantId, traveller, []);
      const coverage = await orderCoverageFor(tx, tenantId, {
        travellerId: who.employeeId,
        ...(args.travelRequestId === undefined ? {} : { requestId: args.travelRequestId }),
      });
      return { traveller, evaluated, coverage };
    }),
  ]);
  const weights = new Map(outcome.asked.map((a) => [a.supplierCode, a.rankingWeight]));
  const marked = markOptions({
    offers: outcome.offers,
    weights,
    policy: read.evaluated.policyVersion,
    traveller: read.traveller,
    cover: (option) => read.coverage.cover(option),
    now,
    ...(args.category === 'car' && args.carPurpose !== undefined ? { carPurpose: args.carPurpose } : {}),
    ...(args.preferredDepartureTime === undefined ? {} : { preferredDepartureTime: args.preferredDepartureTime }),
    ...(args.showBlocked === undefined ? {} : { showBlocked: args.showBlocked }),
  });
  return {
    category: args.category,
    traveller: who,
    request: read.coverage.request,
    policy: read.evaluated.policy,
    version: read.evaluated.version,
    options: marked.options,
    hiddenCount: marked.hiddenCount,
    fareWindowMinutes: marked.fareWindowMinutes,
    failures: outcome.failures,
    suppliers: outcome.asked,
  };
}
