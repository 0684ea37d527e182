/**
 * Policy rules, travel options and evaluations as the policy API sends and takes them: a mirror of
 * the engine's JSON (src/modules/policy/engine/rule-types.ts, option-types.ts,
 * evaluation-types.ts). Money is integer fen; dates 'YYYY-MM-DD'; times of day 'HH:MM'.
 */

export const CABINS = ['economy', 'premium_economy', 'business', 'first'] as const;
export type Cabin = (typeof CABINS)[number];
export const SEATS = ['hard_seat', 'second', 'first', 'business'] as const;
export type Seat = (typeof SEATS)[number];
export const SLEEPERS = ['hard_sleeper', 'soft_sleeper', 'deluxe_soft_sleeper'] as const;
export type Sleeper = (typeof SLEEPERS)[number];
export type SeatClass = Seat | Sleeper;
export const CAR_LEVELS = ['economy', 'comfort', 'business'] as const;
export type CarServiceLevel = (typeof CAR_LEVELS)[number];
export const RULE_ACTIONS = ['allow', 'warn', 'require_approval', 'block'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];
export const CATEGORIES = ['flight', 'hotel', 'train', 'car'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CITY_TIERS = ['tier1', 'new_tier1', 'tier2', 'other'] as const;
export type CityTier = (typeof CITY_TIERS)[number];
export const CAR_PURPOSES = ['overtime', 'airport_transfer', 'station_transfer', 'client_visit', 'business_trip', 'other'] as const;
export type CarPurpose = (typeof CAR_PURPOSES)[number];
export const TRAIN_TYPES = ['G', 'D', 'C', 'Z', 'T', 'K'] as const;
export type TrainType = (typeof TRAIN_TYPES)[number];

export interface AppliesTo {
  ranks?: string[];
  minRankLevel?: number;
  maxRankLevel?: number;
}

interface RuleOf<K extends string, P> {
  id: string;
  kind: K;
  params: P;
  action: RuleAction;
  appliesTo?: AppliesTo;
}

export type FlightPriceCapParams =
  | { mode: 'discount_of_full_economy'; maxDiscount: number }
  | { mode: 'percent_of_business'; maxPercent: number }
  | { mode: 'absolute'; maxFen: number };

export interface HotelCapBand {
  minRankLevel?: number;
  maxRankLevel?: number;
  tierCapsFen: Record<CityTier, number>;
  cityCapsFen?: Record<string, number>;
}

export interface PeakSeason {
  name: string;
  cityCodes?: string[];
  from: string;
  to: string;
  upliftPercent: number;
}

export interface TimeWindow {
  from: string;
  to: string;
}

export interface CarPurposeWindows {
  purpose: CarPurpose;
  windows?: TimeWindow[];
}

export interface TrainSeatException {
  overnight?: boolean;
  aboveMinutes?: number;
  maxSeat?: Seat;
  maxSleeper?: Sleeper;
}

interface TripScope {
  categories?: Category[];
}

export type Rule =
  | RuleOf<'flight_cabin', { maxCabin: Cabin; longFlight?: { aboveMinutes: number; maxCabin: Cabin } }>
  | RuleOf<'flight_price_cap', FlightPriceCapParams>
  | RuleOf<'flight_lowest_fare_window', { windowMinutes: number; toleranceFen: number }>
  | RuleOf<'flight_advance_booking', { minDays: number }>
  | RuleOf<'hotel_nightly_cap', { bands: HotelCapBand[]; peakSeasons?: PeakSeason[] }>
  | RuleOf<'hotel_star', { maxStars: number }>
  | RuleOf<'train_seat', { maxSeat: Seat; maxSleeper: Sleeper; exception?: TrainSeatException }>
  | RuleOf<'car_service_level', { maxLevel: CarServiceLevel }>
  | RuleOf<'car_ride_cap', { maxFen: number }>
  | RuleOf<'car_hours', { purposes: CarPurposeWindows[] }>
  | RuleOf<'trip_daily_budget', TripScope & { maxFenPerDay: number }>
  | RuleOf<'trip_requires_approved_request', TripScope>
  | RuleOf<'trip_destinations', TripScope & { mode: 'allow' | 'deny'; cities?: string[]; countries?: string[] }>;

export type RuleKind = Rule['kind'];
export type RuleOfKind<K extends RuleKind> = Extract<Rule, { kind: K }>;
export type ParamsOf<K extends RuleKind> = RuleOfKind<K>['params'];

export const RULE_KINDS: readonly RuleKind[] = [
  'flight_cabin',
  'flight_price_cap',
  'flight_lowest_fare_window',
  'flight_advance_booking',
  'hotel_nightly_cap',
  'hotel_star',
  'train_seat',
  'car_service_level',
  'car_ride_cap',
  'car_hours',
  'trip_daily_budget',
  'trip_requires_approved_request',
  'trip_destinations',
];

/** The editor's groups: the option category a kind checks, 'trip' for the trip-wide ones. */
export type RuleGroup = Category | 'trip';
export const RULE_GROUPS: readonly RuleGroup[] = ['flight', 'hotel', 'train', 'car', 'trip'];

export function groupOfKind(kind: RuleKind): RuleGroup {
  const prefix = kind.split('_')[0];
  return prefix === 'flight' || prefix === 'hotel' || prefix === 'train' || prefix === 'car' ? prefix : 'trip';
}

/* ---------- Travel options ---------- */

export interface TripContext {
  tripDailyCostFen?: number;
  matchedApprovedRequest?: boolean;
  destinationCity?: string;
  destinationCountry?: string;
}

export interface FlightOption extends TripContext {
  category: 'flight';
  id?: string;
  flightNo?: string;
  cabin: Cabin;
  fareFen: number;
  fullEconomyFareFen: number;
  businessFareFen: number | null;
  departureAt: string;
  arrivalAt: string;
  durationMinutes: number;
  bookingAt: string;
  lowestFareInWindowFen: number | null;
  origin: string;
  destination: string;
}

export interface HotelOption extends TripContext {
  category: 'hotel';
  id?: string;
  hotelName?: string;
  cityCode: string;
  nightlyRateFen: number;
  stars: number;
  checkIn: string;
  checkOut: string;
}

export interface TrainOption extends TripContext {
  category: 'train';
  id?: string;
  trainNo?: string;
  trainType: TrainType;
  seatClass: SeatClass;
  fareFen: number;
  departureAt: string;
  durationMinutes: number;
  overnight: boolean;
  origin: string;
  destination: string;
}

export interface CarOption extends TripContext {
  category: 'car';
  id?: string;
  serviceLevel: CarServiceLevel;
  estimatedFareFen: number;
  pickupAt: string;
  purpose: CarPurpose;
}

export type TravelOption = FlightOption | HotelOption | TrainOption | CarOption;

/* ---------- Evaluations ---------- */

export interface Explanation {
  'zh-CN': string;
  en: string;
}

export type CheckValue = number | string | boolean | null;

export interface RuleCheck {
  ruleId: string;
  kind: RuleKind;
  applicable: boolean;
  passed: boolean;
  limit: CheckValue;
  actual: CheckValue;
  difference: number | null;
  unit: string;
  action: RuleAction;
  explanation: Explanation;
}

export interface Evaluation {
  policyVersionId: string;
  compliant: boolean;
  outcome: RuleAction;
  requiresReasonCode: boolean;
  checks: RuleCheck[];
}

/* ---------- Policy API ---------- */

export interface PolicyAssignment {
  id: string;
  departmentId: string | null;
  departmentName: string | null;
  /** The contract's single rank; newer servers send rankCodes. */
  rankCode?: string | null;
  rankCodes?: string[];
  minRankLevel: number | null;
  maxRankLevel: number | null;
  priority: number;
}

export interface AssignmentWrite {
  departmentId?: string;
  rankCode?: string;
  rankCodes?: string[];
  minRankLevel?: number;
  maxRankLevel?: number;
  priority?: number;
}

export interface PolicySummary {
  id: string;
  name: string;
  description: string;
  status: 'active' | 'archived';
  published: { versionId: string; version: number; publishedAt: string } | null;
  draft: { versionId: string; version: number } | null;
  assignments: PolicyAssignment[];
}

export type VersionStatus = 'draft' | 'published' | 'superseded';

export interface PolicyVersionSummary {
  versionId: string;
  version: number;
  status: VersionStatus;
  note: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface PolicyDetail extends PolicySummary {
  versions: PolicyVersionSummary[];
}

export interface PolicyVersionDetail extends PolicyVersionSummary {
  rules: Rule[];
}

export type PreviewTraveller = { employeeId: string } | { rankCode: string; departmentId: string };

export interface PreviewRequest {
  policyId?: string;
  versionId?: string;
  rules?: Rule[];
  travellers: PreviewTraveller[];
  options: TravelOption[];
}

export interface PreviewResult {
  results: { travellerIndex: number; optionIndex: number; evaluation: Evaluation }[];
}

export interface ReasonCode {
  code: string;
  labelZh: string;
  labelEn: string;
  active: boolean;
  sort: number;
}
