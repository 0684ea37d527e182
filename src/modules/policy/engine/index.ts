/**
 * The travel policy engine (差旅标准): pure functions over policy data, a traveller and travel
 * options. See evaluate.ts for the entry points and compile-policy.ts for the fast path.
 */
export type {
  AppliesTo,
  FlightPriceCapParams,
  HotelCapBand,
  PeakSeason,
  PolicyVersion,
  ReasonCode,
  Rule,
  RuleKind,
  RuleOfKind,
  TimeWindow,
  CarPurpose,
} from './rule-types.ts';
export { CAR_PURPOSES, MISSING_DATA_MODES } from './rule-types.ts';
export type { MissingDataMode } from './rule-types.ts';
export type {
  CarOption,
  Category,
  FlightOption,
  HotelOption,
  OptionOf,
  TrainOption,
  TrainType,
  TravelOption,
  Traveller,
  TripContext,
} from './option-types.ts';
export { CATEGORIES, TRAIN_TYPES } from './option-types.ts';
export type {
  CheckUnit,
  CheckValue,
  Decision,
  Evaluation,
  Explanation,
  Outcome,
  RuleCheck,
  RuleCheckData,
  Verdict,
} from './evaluation-types.ts';
export type { Cabin, CarServiceLevel, RuleAction, Seat, SeatClass, Sleeper } from './scales.ts';
export {
  ACTION_SEVERITY,
  CABINS,
  CAR_SERVICE_LEVELS,
  RULE_ACTIONS,
  RULE_ACTION_CHOICES,
  SEATS,
  SLEEPERS,
  CABIN_NAMES,
  SEAT_CLASS_NAMES,
  CAR_LEVEL_NAMES,
} from './scales.ts';
export { CITY_TIER_NAMES, cityName } from './city-names.ts';
export { CHINA_UTC_OFFSET_MINUTES } from '../../../platform/time/china-time.ts';
export { RULE_KINDS } from './rule-kinds.ts';
export { evaluate, evaluateMany } from './evaluate.ts';
export type { CompiledPolicy } from './compile-policy.ts';
export { compilePolicy, personalPayOf } from './compile-policy.ts';
export { fareWindowMinutes, lowestFareInWindow, withLowestFaresInWindow } from './lowest-fare.ts';
export type { PolicyAssignment, Specificity } from './resolve-policy.ts';
export { RESOLUTION_ORDER, resolvePolicy, specificity } from './resolve-policy.ts';
export type { PolicyProblem } from './validate-policy.ts';
export { validatePolicy, validatePolicyVersion } from './validate-policy.ts';
export type { CoverageGap, CoverageGapReason, CoverageRank } from './coverage.ts';
export { coverageGaps } from './coverage.ts';
export type { RequestFacts, RequestLeg, RequestStay, RequestTrip } from './request-trip.ts';
export { requestChecks, requestTrip } from './request-trip.ts';
