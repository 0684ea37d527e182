/**
 * The replay itself, pure: past bookings, the organisation's facts and the policies in, the report's
 * figures out. Each booking is decided twice with compiled policies (one per version and rank ×
 * department), and only the page of changed bookings shown is explained in words.
 */
import {
  compilePolicy,
  type CompiledPolicy,
  type Decision,
  type PolicyVersion,
  type Traveller,
  type WhatIfPolicies,
} from '../../policy/index.ts';
import type { PastBooking } from '../past-booking.ts';
import type { BeforeBasis, ChangedBooking, FailedRule, Movement, OutcomeCounts, SideSummary, Stake, WhatIfReport } from './report-types.ts';
import type { OrgFacts } from './traveller-facts.ts';

const MAX_SKIPPED_LISTED = 100;

export interface ReplayPage {
  offset: number;
  limit: number;
}

type Figures = Omit<WhatIfReport, 'policy' | 'version' | 'from' | 'to' | 'timing'>;

interface Side {
  outcome: Decision['outcome'];
  compliant: boolean;
  personalPayFen: number;
}

const ALLOWED: Side = { outcome: 'allow', compliant: true, personalPayFen: 0 };

interface Replayed {
  booking: PastBooking;
  traveller: Traveller;
  departmentId: string;
  beforeVersion: PolicyVersion | null;
  basis: BeforeBasis;
  before: Side;
  after: Side;
}

const movement = (): Movement => ({ count: 0, amountFen: 0 });
const stake = (): Stake => ({
  bookings: 0,
  amountFen: 0,
  becameNonCompliant: movement(),
  becameBlocked: movement(),
  becameCompliant: movement(),
  compliantBefore: 0,
  compliantAfter: 0,
});
const counts = (): OutcomeCounts => ({ allow: 0, warn: 0, require_approval: 0, block: 0 });

function add(s: Stake, r: Replayed): void {
  const amount = r.booking.amountFen;
  s.bookings++;
  s.amountFen += amount;
  if (r.before.compliant) s.compliantBefore++;
  if (r.after.compliant) s.compliantAfter++;
  const move = (m: Movement) => {
    m.count++;
    m.amountFen += amount;
  };
  if (r.before.compliant && !r.after.compliant) move(s.becameNonCompliant);
  if (!r.before.compliant && r.after.compliant) move(s.becameCompliant);
  if (r.before.outcome !== 'block' && r.after.outcome === 'block') move(s.becameBlocked);
}

function summary(c: OutcomeCounts, compliant: number, replayed: number, personalPayFen: number): SideSummary {
  return { counts: c, compliant, complianceRate: replayed === 0 ? null : compliant / replayed, personalPayFen };
}

const isChange = (r: Replayed) => r.before.outcome !== r.after.outcome || r.before.compliant !== r.after.compliant;

export function replayBookings(bookings: readonly PastBooking[], org: OrgFacts, policies: WhatIfPolicies, page: ReplayPage): Figures {
  const compiled = new Map<string, CompiledPolicy>();
  const compile = (policy: PolicyVersion, t: Traveller): CompiledPolicy => {
    const key = `${policy.id}\u0000${t.employeeId}`;
    let c = compiled.get(key);
    if (!c) {
      c = compilePolicy(policy, t);
      compiled.set(key, c);
    }
    return c;
  };
  const inScope = new Map<Traveller, boolean>();
  const decide = (policy: PolicyVersion | null, t: Traveller, b: PastBooking): Side => {
    if (policy === null) return ALLOWED;
    const d = compile(policy, t).decide(b.option);
    return { outcome: d.outcome, compliant: d.compliant, personalPayFen: d.personalPayFen };
  };

  const skipped: Figures['skipped'] = [];
  let skippedCount = 0;
  let outOfScope = 0;
  const bySource = { order: 0, imported: 0 };
  const beforeCounts = counts();
  const afterCounts = counts();
  let compliantBefore = 0;
  let compliantAfter = 0;
  let payBefore = 0;
  let payAfter = 0;
  const departments = new Map<string, Stake>();
  const categories = new Map<string, Stake>();
  const changed: Replayed[] = [];
  for (const booking of bookings) {
    bySource[booking.source]++;
    const traveller = org.travellerOf(booking);
    if (traveller === null) {
      skippedCount++;
      if (skipped.length < MAX_SKIPPED_LISTED)
        skipped.push({ id: booking.id, reference: booking.reference, source: booking.source, reason: 'unknown_traveller' });
      continue;
    }
    let applies = inScope.get(traveller);
    if (applies === undefined) {
      applies = policies.draftApplies(traveller);
      inScope.set(traveller, applies);
    }
    if (!applies) {
      outOfScope++;
      continue;
    }
    const { beforeVersion, basis } = beforeOf(booking, traveller, policies);
    const r: Replayed = {
      booking,
      traveller,
      departmentId: booking.departmentId ?? traveller.departmentId,
      beforeVersion,
      basis,
      before: decide(beforeVersion, traveller, booking),
      after: decide(policies.draft, traveller, booking),
    };
    beforeCounts[r.before.outcome]++;
    afterCounts[r.after.outcome]++;
    if (r.before.compliant) compliantBefore++;
    if (r.after.compliant) compliantAfter++;
    payBefore += r.before.personalPayFen;
    payAfter += r.after.personalPayFen;
    let d = departments.get(r.departmentId);
    if (!d) departments.set(r.departmentId, (d = stake()));
    add(d, r);
    let c = categories.get(booking.category);
    if (!c) categories.set(booking.category, (c = stake()));
    add(c, r);
    if (isChange(r)) changed.push(r);
  }
  const replayed = bookings.length - skippedCount - outOfScope;
  // The largest amounts first: what a policy owner looks at first is the money that moves.
  changed.sort(
    (a, b) =>
      b.booking.amountFen - a.booking.amountFen ||
      a.booking.bookedAt.getTime() - b.booking.bookedAt.getTime() ||
      (a.booking.id < b.booking.id ? -1 : 1),
  );
  return {
    bookings: { read: bookings.length, replayed, outOfScope, skipped: skippedCount, bySource },
    before: summary(beforeCounts, compliantBefore, replayed, payBefore),
    after: summary(afterCounts, compliantAfter, replayed, payAfter),
    changedCount: changed.length,
    departments: [...departments]
      .map(([departmentId, s]) => ({ departmentId, departmentName: org.departmentName(departmentId), ...s }))
      .sort((a, b) => atStake(b) - atStake(a) || a.departmentName.localeCompare(b.departmentName, 'zh-CN')),
    categories: [...categories].map(([category, s]) => ({ category: category as PastBooking['category'], ...s })),
    changed: {
      total: changed.length,
      offset: page.offset,
      limit: page.limit,
      items: changed.slice(page.offset, page.offset + page.limit).map((r) => explainChange(r, org, policies, compile)),
    },
    skipped,
  };
}

const atStake = (s: Stake) => s.becameNonCompliant.amountFen + s.becameCompliant.amountFen;

/** The policy a booking is compared from: the version its order was checked against, else what applies today. */
function beforeOf(b: PastBooking, t: Traveller, policies: WhatIfPolicies): { beforeVersion: PolicyVersion | null; basis: BeforeBasis } {
  if (b.recorded !== null) {
    if (b.recorded.policyVersionId === null) return { beforeVersion: null, basis: 'no_policy' };
    const booked = policies.version(b.recorded.policyVersionId);
    if (booked) return { beforeVersion: booked, basis: 'booked_version' };
  }
  const published = policies.publishedFor(t);
  return published ? { beforeVersion: published, basis: 'published' } : { beforeVersion: null, basis: 'no_policy' };
}

function failedRules(
  policy: PolicyVersion | null,
  t: Traveller,
  b: PastBooking,
  compile: (p: PolicyVersion, t: Traveller) => CompiledPolicy,
): FailedRule[] {
  if (policy === null) return [];
  return compile(policy, t)
    .evaluate(b.option)
    .checks.filter((c) => c.applicable && !c.passed)
    .map((c) => ({ ruleId: c.ruleId, kind: c.kind, action: c.action, explanation: c.explanation }));
}

function explainChange(
  r: Replayed,
  org: OrgFacts,
  policies: WhatIfPolicies,
  compile: (p: PolicyVersion, t: Traveller) => CompiledPolicy,
): ChangedBooking {
  const b = r.booking;
  return {
    id: b.id,
    reference: b.reference,
    source: b.source,
    category: b.category,
    bookedAt: b.bookedAt.toISOString(),
    amountFen: b.amountFen,
    departmentId: r.departmentId,
    departmentName: org.departmentName(r.departmentId),
    employeeId: b.traveller.employeeId,
    rankCode: r.traveller.rankCode,
    before: { outcome: r.before.outcome, compliant: r.before.compliant, policyVersionId: r.beforeVersion?.id ?? null, basis: r.basis },
    after: { outcome: r.after.outcome, compliant: r.after.compliant },
    recorded: b.recorded,
    failedBefore: failedRules(r.beforeVersion, r.traveller, b, compile),
    failedAfter: failedRules(policies.draft, r.traveller, b, compile),
  };
}
