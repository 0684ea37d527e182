/**
 * A travel policy version (差旅标准) as data: JSON-serialisable, stored as jsonb and replayed for
 * what-if simulation against past orders. Money is integer fen; dates are 'YYYY-MM-DD'; local
 * times of day are 'HH:MM' in China time (see china-time.ts).
 */
import type { CityTier } from '../../geo/index.ts';
import type { Category } from './option-types.ts';
import type { Cabin, CarServiceLevel, RuleAction, Seat, Sleeper } from './scales.ts';

/**
 * Narrows a rule to some travellers; every condition given must hold (absent ones always do; an
 * empty `ranks` list counts as absent). Rank levels order ranks, 1 being the most junior.
 */
export interface AppliesTo {
  ranks?: readonly string[];
  minRankLevel?: number;
  maxRankLevel?: number;
  /**
   * The default row (其他职级): the rule applies to a traveller whom no other rule of the same kind
   * applies to, so a rank added later is covered by it instead of by nothing. Given alone.
   */
  otherwise?: boolean;
}

interface RuleOf<K extends string, P> {
  /** Stable across versions of the policy: what-if comparisons match checks by it. */
  id: string;
  kind: K;
  params: P;
  action: RuleAction;
  appliesTo?: AppliesTo;
}

/** Highest cabin; above `longFlight.aboveMinutes` of flight time up to `longFlight.maxCabin`. */
export type FlightCabinRule = RuleOf<'flight_cabin', { maxCabin: Cabin; longFlight?: { aboveMinutes: number; maxCabin: Cabin } }>;

/**
 * Fare cap: a discount of the full economy fare (0.7 = 7折), a share of the business fare on the
 * same flight (0.8: 不高于公务舱8折), or a fixed amount. Caps are rounded to the nearest fen.
 */
export type FlightPriceCapParams =
  | { mode: 'discount_of_full_economy'; maxDiscount: number }
  | { mode: 'percent_of_business'; maxPercent: number }
  | { mode: 'absolute'; maxFen: number };
/** The cabins a fare rule checks (all when absent): a 7折 cap scoped to economy leaves business fares alone. */
interface CabinScope {
  cabins?: readonly Cabin[];
}
export type FlightPriceCapRule = RuleOf<'flight_price_cap', FlightPriceCapParams & CabinScope>;

/**
 * The fare must be at most `toleranceFen` above the lowest fare among flights of the same cabin
 * departing within ±`windowMinutes` of it. The option carries that lowest fare
 * (`lowestFareInWindowFen`, see lowest-fare.ts) so evaluation stays pure.
 */
export type FlightLowestFareWindowRule = RuleOf<'flight_lowest_fare_window', CabinScope & { windowMinutes: number; toleranceFen: number }>;

/** At least `minDays` China-time calendar days between booking and departure. */
export type FlightAdvanceBookingRule = RuleOf<'flight_advance_booking', { minDays: number }>;

/** Nightly caps for travellers whose rank level is in [minRankLevel, maxRankLevel]. */
export interface HotelCapBand {
  minRankLevel?: number;
  maxRankLevel?: number;
  tierCapsFen: Readonly<Record<CityTier, number>>;
  /** City code → cap, replacing the tier's cap for that city. */
  cityCapsFen?: Readonly<Record<string, number>>;
}

/** Caps rise by `upliftPercent` for nights from `from` to `to` (inclusive) in the cities listed (all when absent). */
export interface PeakSeason {
  name: string;
  cityCodes?: readonly string[];
  from: string;
  to: string;
  upliftPercent: number;
}

/**
 * Per-night cap by city tier and rank band (the first band that holds the traveller's level),
 * per-city overrides, peak-season uplift. A stay's limit is the average of its nights' caps
 * (rounded down to the fen), compared with the average nightly rate.
 */
export type HotelNightlyCapRule = RuleOf<'hotel_nightly_cap', { bands: readonly HotelCapBand[]; peakSeasons?: readonly PeakSeason[] }>;

export type HotelStarRule = RuleOf<'hotel_star', { maxStars: number }>;

/**
 * Highest seat and highest berth. The exception raises them for overnight trains (`overnight`)
 * or journeys longer than `aboveMinutes`; it never lowers them.
 */
export type TrainSeatRule = RuleOf<
  'train_seat',
  { maxSeat: Seat; maxSleeper: Sleeper; exception?: { overnight?: boolean; aboveMinutes?: number; maxSeat?: Seat; maxSleeper?: Sleeper } }
>;

export type CarServiceLevelRule = RuleOf<'car_service_level', { maxLevel: CarServiceLevel }>;
export type CarRideCapRule = RuleOf<'car_ride_cap', { maxFen: number }>;

export const CAR_PURPOSES = ['overtime', 'airport_transfer', 'station_transfer', 'client_visit', 'business_trip', 'other'] as const;
export type CarPurpose = (typeof CAR_PURPOSES)[number];

/** China-time window [from, to); from after to wraps past midnight ('21:00'–'06:00'); '24:00' ends the day. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** The purposes allowed, each at any time or only inside its windows. */
export type CarHoursRule = RuleOf<'car_hours', { purposes: readonly { purpose: CarPurpose; windows?: readonly TimeWindow[] }[] }>;

/** Trip-wide rules check every category unless `categories` narrows them. */
interface TripScope {
  categories?: readonly Category[];
}

/** The trip's total cost per day (the caller's figure, including the option) at most `maxFenPerDay`. */
export type TripDailyBudgetRule = RuleOf<'trip_daily_budget', TripScope & { maxFenPerDay: number }>;

/** The order must match an approved travel request (出差申请); a missing answer counts as no match. */
export type TripRequiresApprovedRequestRule = RuleOf<'trip_requires_approved_request', TripScope>;

/**
 * 'allow': the destination must be one of the cities or countries listed; 'deny': it must be none
 * of them. Countries are ISO 3166-1 alpha-2 codes; cities of the tier table are in 'CN'.
 */
export type TripDestinationsRule = RuleOf<
  'trip_destinations',
  TripScope & { mode: 'allow' | 'deny'; cities?: readonly string[]; countries?: readonly string[] }
>;

export type Rule =
  | FlightCabinRule
  | FlightPriceCapRule
  | FlightLowestFareWindowRule
  | FlightAdvanceBookingRule
  | HotelNightlyCapRule
  | HotelStarRule
  | TrainSeatRule
  | CarServiceLevelRule
  | CarRideCapRule
  | CarHoursRule
  | TripDailyBudgetRule
  | TripRequiresApprovedRequestRule
  | TripDestinationsRule;

export type RuleKind = Rule['kind'];
export type RuleOfKind<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** A reason a traveller gives for booking over the policy (超标原因). */
export interface ReasonCode {
  code: string;
  label: { 'zh-CN': string; en: string };
  /** The categories it is offered for; all when absent. */
  categories?: readonly Category[];
}

/**
 * What a rule does when the data it needs is missing: 'fail' (fail closed: the rule fails with its
 * action) or 'pass_flagged' (it passes, flagged 数据缺失，按设置放行 in its explanation).
 */
export const MISSING_DATA_MODES = ['fail', 'pass_flagged'] as const;
export type MissingDataMode = (typeof MISSING_DATA_MODES)[number];

export interface PolicyVersion {
  id: string;
  policyId: string;
  version: number;
  name: string;
  rules: readonly Rule[];
  reasonCodes: readonly ReasonCode[];
  /** 'fail' when absent. */
  missingData?: MissingDataMode;
}
