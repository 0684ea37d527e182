/**
 * A search's offers made into options: merged, their policy facts computed from the results, each
 * evaluated against the traveller's policy (compiled once for the list), checked against the
 * travel request, ranked. Pure: the database reads happen before, in search-options.ts.
 */
import {
  compilePolicy,
  fareWindowMinutes,
  withLowestFaresInWindow,
  type CarPurpose,
  type PolicyVersion,
  type TravelOption,
  type Traveller,
} from '../../policy/index.ts';
import type { FlightOffer, Offer } from '../../suppliers/index.ts';
import type { OptionCoverage } from '../../travel/index.ts';
import { flightFares, flightKey } from './flight-fares.ts';
import { mergeOffers } from './merge-offers.ts';
import { rankOptions } from './rank-options.ts';
import type { FailedCheck, PolicyMarks, SearchOption } from './search-types.ts';
import { travelOptionOf } from './travel-option.ts';

export interface MarkInput<O extends Offer> {
  offers: readonly O[];
  /** Supplier code → ranking weight 0–100. */
  weights: ReadonlyMap<string, number>;
  /** The traveller's published policy; null when none applies. */
  policy: PolicyVersion | null;
  traveller: Traveller;
  cover: (option: TravelOption) => OptionCoverage;
  now: Date;
  carPurpose?: CarPurpose;
  preferredDepartureTime?: string;
  showBlocked?: boolean;
}

export interface Marked<O extends Offer> {
  options: SearchOption<O>[];
  hiddenCount: number;
  fareWindowMinutes: number | null;
}

const isFlight = (o: Offer): o is FlightOffer => o.category === 'flight';

export function markOptions<O extends Offer>(input: MarkInput<O>): Marked<O> {
  const { policy, traveller } = input;
  const weight = (code: string) => input.weights.get(code) ?? 50;
  const merged = mergeOffers(input.offers, weight);
  const all: readonly Offer[] = input.offers;
  const fares = flightFares(all.filter(isFlight));
  const facts = {
    bookingAt: input.now.toISOString(),
    fares,
    carPurpose: input.carPurpose ?? 'business_trip',
    matchedApprovedRequest: false,
  };

  const coverages: OptionCoverage[] = [];
  const unwindowed = merged.map(({ offer }) => {
    const option = travelOptionOf(offer, facts);
    const coverage = input.cover(option);
    coverages.push(coverage);
    return { ...option, matchedApprovedRequest: coverage.covered };
  });
  const window = policy === null ? null : fareWindowMinutes(policy, traveller);
  const options = window === null ? unwindowed : withLowestFaresInWindow(unwindowed, window);

  const compiled = policy === null ? null : compilePolicy(policy, traveller);
  const marks = options.map((option): PolicyMarks | null => {
    if (compiled === null) return null;
    const verdict = compiled.verdict(option);
    const { outcome, compliant, requiresReasonCode, personalPayFen, dataMissing } = verdict;
    let failedChecks: FailedCheck[] = [];
    // Sentences only for the options that have something to explain: most of a list is compliant.
    if (!compliant || dataMissing) {
      failedChecks = compiled
        .explain(option, verdict)
        .checks.filter((c) => c.applicable && (!c.passed || c.dataMissing))
        .map((c) => ({
          ruleId: c.ruleId,
          kind: c.kind,
          action: c.action,
          dataMissing: c.dataMissing,
          personalPayFen: c.personalPayFen,
          explanation: c.explanation,
        }));
    }
    return { outcome, compliant, requiresReasonCode, personalPayFen, dataMissing, failedChecks };
  });

  const { order, scores } = rankOptions(
    merged.map(({ offer }, i) => {
      const m = marks[i] ?? null;
      return {
        offer,
        outcome: m?.outcome ?? null,
        compliant: m?.compliant ?? true,
        noted: m !== null && (m.personalPayFen > 0 || m.dataMissing),
      };
    }),
    {
      weights: input.weights,
      ...(input.preferredDepartureTime === undefined ? {} : { preferredDepartureTime: input.preferredDepartureTime }),
    },
  );

  const out: SearchOption<O>[] = [];
  let hiddenCount = 0;
  for (const i of order) {
    const m = merged[i];
    const option = options[i];
    const coverage = coverages[i];
    if (m === undefined || option === undefined || coverage === undefined) continue;
    const mark = marks[i] ?? null;
    const blocked = mark?.outcome === 'block';
    if (blocked && input.showBlocked !== true) {
      hiddenCount++;
      continue;
    }
    const flightFare = m.offer.category === 'flight' ? fares.get(flightKey(m.offer)) : undefined;
    out.push({
      rank: out.length + 1,
      score: scores[i] ?? 0,
      offer: m.offer,
      alsoOfferedBy: m.alsoOfferedBy,
      fares: flightFare && option.category === 'flight' ? { ...flightFare, lowestFareInWindowFen: option.lowestFareInWindowFen } : null,
      policy: mark,
      bookable: !blocked,
      coverage,
      option,
    });
  }
  return { options: out, hiddenCount, fareWindowMinutes: window };
}
