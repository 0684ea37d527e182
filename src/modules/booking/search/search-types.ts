/** What a search is asked and answers (POST /api/v1/booking/search). Money in fen; instants UTC. */
import type { CarPurpose, Explanation, Outcome, RuleAction, RuleKind, TravelOption } from '../../policy/index.ts';
import type { Offer, OfferOf, QueryOf, SupplierCategory, SupplierFailure } from '../../suppliers/index.ts';
import type { CoveringRequest, OptionCoverage } from '../../travel/index.ts';
import type { AlsoOffered } from './merge-offers.ts';
import type { FlightFares } from './flight-fares.ts';

/** Who searches: a traveller for themself (booking.self) or for another employee (代订, booking.others). */
export interface BookingCaller {
  employeeId: string | null;
  canBookSelf: boolean;
  canBookOthers: boolean;
}

export type SearchRequest = {
  [C in SupplierCategory]: {
    category: C;
    query: QueryOf[C];
    /** The traveller (代订); the caller's own employee by default. */
    travellerEmployeeId?: string;
    /** The approved travel request the search starts from (its 预订 button). */
    travelRequestId?: string;
    /** 'HH:MM' China time the traveller would like to leave at (ranking only). */
    preferredDepartureTime?: string;
    /** Car rides: what the ride is for (the car-hours rule); business_trip by default. */
    carPurpose?: CarPurpose;
    /** Also list the options the policy blocks, marked bookable: false (hidden by default). */
    showBlocked?: boolean;
  };
}[SupplierCategory];

/** A failed rule, or one that lacked its data, explained. */
export interface FailedCheck {
  ruleId: string;
  kind: RuleKind;
  action: RuleAction;
  dataMissing: boolean;
  personalPayFen: number | null;
  explanation: Explanation;
}

export interface PolicyMarks {
  outcome: Outcome;
  compliant: boolean;
  requiresReasonCode: boolean;
  personalPayFen: number;
  dataMissing: boolean;
  failedChecks: FailedCheck[];
}

export interface SearchOption<O extends Offer = Offer> {
  /** 1-based position in the answer. */
  rank: number;
  /** Ranking score 0–100 (rank-options.ts). */
  score: number;
  offer: O;
  /** The same product from other suppliers, dearer. */
  alsoOfferedBy: AlsoOffered[];
  /** Flights: the fares the policy was checked with, from the results. */
  fares: (FlightFares & { lowestFareInWindowFen: number | null }) | null;
  /** The traveller's policy on this option; null when no policy applies to them. */
  policy: PolicyMarks | null;
  /** False for an option the policy blocks (listed only when asked to show them). */
  bookable: boolean;
  coverage: OptionCoverage;
  /** The option as the policy read it (booking keeps it with the order; not in the HTTP answer). */
  option: TravelOption;
}

export interface SearchAnswer<C extends SupplierCategory = SupplierCategory> {
  category: C;
  traveller: { employeeId: string; bookedBy: 'self' | 'other' };
  request: CoveringRequest | null;
  policy: { id: string; name: string } | null;
  version: { versionId: string; version: number } | null;
  options: SearchOption<OfferOf[C]>[];
  /** Options the policy blocks, left out of `options` (0 when they are shown). */
  hiddenCount: number;
  /** The lowest-fare rule's window used (minutes), or null when the policy has none for the traveller. */
  fareWindowMinutes: number | null;
  failures: SupplierFailure[];
  suppliers: { supplierCode: string; rankingWeight: number; latencyMs: number }[];
}
