import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { validationFailed, type FieldError } from '../../../platform/errors/app-error.ts';
import { dayNumberOfDate, isLocalDate, startOfChinaDay } from '../../../platform/time/china-time.ts';
import { loadWhatIfPolicies } from '../../policy/index.ts';
import type { PastBooking, PastBookingSource } from '../past-booking.ts';
import type { WhatIfReport } from './report-types.ts';
import { replayBookings, type ReplayPage } from './replay.ts';
import { loadOrgFacts } from './traveller-facts.ts';

/** A year and a day: a full year compared with the same dates of the next. */
export const MAX_RANGE_DAYS = 366;
/** Beyond this the replay is refused rather than holding the server (10,000 replay in well under a second). */
export const MAX_REPLAYED_BOOKINGS = 200_000;
export const MAX_PAGE = 200;

export interface RunWhatIfArgs {
  tenantId: string;
  policyId: string;
  draftPolicyVersionId: string;
  /** China-time dates 'YYYY-MM-DD', both inclusive. */
  from: string;
  to: string;
  sources: readonly PastBookingSource[];
  page?: Partial<ReplayPage>;
}

function checkRange(from: string, to: string, page: Partial<ReplayPage>): void {
  const errors: FieldError[] = [];
  const a = isLocalDate(from) ? dayNumberOfDate(from) : Number.NaN;
  const b = isLocalDate(to) ? dayNumberOfDate(to) : Number.NaN;
  if (Number.isNaN(a)) errors.push({ path: 'from', message: 'a date YYYY-MM-DD' });
  if (Number.isNaN(b)) errors.push({ path: 'to', message: 'a date YYYY-MM-DD' });
  if (!Number.isNaN(a) && !Number.isNaN(b) && b < a) errors.push({ path: 'to', message: 'on or after from' });
  if (!Number.isNaN(a) && !Number.isNaN(b) && b - a + 1 > MAX_RANGE_DAYS)
    errors.push({ path: 'to', message: `at most ${MAX_RANGE_DAYS} days after from` });
  if (page.limit !== undefined && (page.limit < 1 || page.limit > MAX_PAGE)) errors.push({ path: 'limit', message: `1 to ${MAX_PAGE}` });
  if (page.offset !== undefined && page.offset < 0) errors.push({ path: 'offset', message: 'at least 0' });
  if (errors.length > 0) throw validationFailed(errors);
}

async function collect(source: ReturnType<PastBookingSource>, into: PastBooking[]): Promise<void> {
  const push = (chunk: readonly PastBooking[]) => {
    if (into.length + chunk.length > MAX_REPLAYED_BOOKINGS)
      throw validationFailed([{ path: 'to', message: `more than ${MAX_REPLAYED_BOOKINGS} bookings in the range; choose a shorter one` }]);
    for (const b of chunk) into.push(b);
  };
  const read = await source;
  if (Array.isArray(read)) push(read);
  else for await (const chunk of read as AsyncIterable<PastBooking[]>) push(chunk);
}

/**
 * What publishing a draft would have changed: the tenant's past bookings in a date range (from
 * every source: orders, imported files) decided under the policy they were booked under and under
 * the draft. One read-only transaction; the organisation and policies are read once, then the
 * replay is pure (replay.ts).
 */
export async function runWhatIf(db: Db, args: RunWhatIfArgs): Promise<WhatIfReport> {
  const page = { offset: args.page?.offset ?? 0, limit: args.page?.limit ?? 50 };
  checkRange(args.from, args.to, page);
  const started = performance.now();
  // [start of the first day, start of the day after the last) in China time.
  const query = {
    tenantId: args.tenantId,
    from: startOfChinaDay(args.from),
    to: new Date(startOfChinaDay(args.to).getTime() + 86_400_000),
  };
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const policies = await loadWhatIfPolicies(tx, args.tenantId, { policyId: args.policyId, versionId: args.draftPolicyVersionId });
    const bookings: PastBooking[] = [];
    for (const source of args.sources) await collect(source(tx, query), bookings);
    const org = await loadOrgFacts(tx, args.tenantId, bookings);
    const replayStarted = performance.now();
    const figures = replayBookings(bookings, org, policies, page);
    const done = performance.now();
    return {
      policy: policies.policy,
      version: { versionId: policies.draft.id, version: policies.draft.version },
      from: args.from,
      to: args.to,
      ...figures,
      timing: { totalMs: Math.round(done - started), replayMs: Math.round(done - replayStarted) },
    };
  });
}
