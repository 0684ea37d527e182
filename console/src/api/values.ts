/**
 * The lists of values the console needs at run time (pickers, editors, filters), in the order it
 * shows them. Their types come from the generated schema: `everyOf<U>()` accepts a list only when
 * it holds every member of U and nothing else, so a value added to or dropped from a server enum
 * breaks the console's type check until the list follows.
 */
import type {
  BudgetAdjustmentKind,
  ApiKeyScope,
  ApprovalCategory,
  ApproverRuleKind,
  Cabin,
  CarPurpose,
  CarServiceLevel,
  Category,
  CityTier,
  EstimateCategory,
  RequestStatus,
  RuleAction,
  RuleKind,
  Seat,
  Sleeper,
  TimeoutAction,
  TrainType,
} from './types';

/** Members of U that the list leaves out, named in the type error. */
type Exhaustive<U, L extends readonly unknown[]> = [U] extends [L[number]] ? unknown : { missing: Exclude<U, L[number]> };

/** A list of every member of the union U (only members of U; each at least once). */
export function everyOf<U extends string>() {
  return <const L extends readonly U[]>(list: L & Exhaustive<U, L>): L => list;
}

export const CABINS = everyOf<Cabin>()(['economy', 'premium_economy', 'business', 'first']);
export const SEATS = everyOf<Seat>()(['hard_seat', 'second', 'first', 'business']);
export const SLEEPERS = everyOf<Sleeper>()(['hard_sleeper', 'soft_sleeper', 'deluxe_soft_sleeper']);
export const CAR_LEVELS = everyOf<CarServiceLevel>()(['economy', 'comfort', 'business']);
export const RULE_ACTIONS = everyOf<RuleAction>()(['allow', 'warn', 'require_approval', 'block', 'personal_pay']);
/** The kinds 超标个人付 can price (fare and hotel caps), as the engine's validation allows. */
export const PERSONAL_PAY_KINDS: readonly string[] = ['flight_price_cap', 'flight_lowest_fare_window', 'hotel_nightly_cap'];
export const MISSING_DATA_MODES = ['fail', 'pass_flagged'] as const;
export const CATEGORIES = everyOf<Category>()(['flight', 'hotel', 'train', 'car']);
export const CITY_TIERS = everyOf<CityTier>()(['tier1', 'new_tier1', 'tier2', 'other']);
export const CAR_PURPOSES = everyOf<CarPurpose>()([
  'overtime',
  'airport_transfer',
  'station_transfer',
  'client_visit',
  'business_trip',
  'other',
]);
export const TRAIN_TYPES = everyOf<TrainType>()(['G', 'D', 'C', 'Z', 'T', 'K']);
export const RULE_KINDS = everyOf<RuleKind>()([
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
]);

export const APPROVAL_CATEGORIES = everyOf<ApprovalCategory>()([
  'travel_request',
  'flight',
  'hotel',
  'train',
  'car',
  'expense',
  'budget_adjustment',
]);
export const APPROVER_RULE_KINDS = everyOf<ApproverRuleKind>()([
  'direct_manager',
  'manager_chain',
  'department_head',
  'role',
  'user',
  'users',
  'project_owner',
  'cost_centre_owner',
  'traveller_managers',
  'requester_choice',
]);
export const TIMEOUT_ACTIONS = everyOf<TimeoutAction>()(['remind', 'escalate', 'auto_approve', 'auto_reject']);

export const REQUEST_STATUSES = everyOf<RequestStatus>()([
  'draft',
  'approving',
  'approved',
  'rejected',
  'returned',
  'withdrawn',
  'cancelled',
  'completed',
]);
export const ESTIMATE_CATEGORIES = everyOf<EstimateCategory>()(['flight', 'hotel', 'train', 'car', 'other']);

export const API_KEY_SCOPES = everyOf<ApiKeyScope>()(['org:read', 'org:write', 'audit:read', 'orders:read', 'tickets:write']);
export const BUDGET_ADJUSTMENT_KINDS = everyOf<BudgetAdjustmentKind>()(['increase', 'decrease', 'transfer']);
