/**
 * Builders for the engine's tests: a traveller, options of each category with plausible values,
 * a policy version around a list of rules, and the one check of a rule.
 */
import { compilePolicy } from '../compile-policy.ts';
import type { RuleCheck } from '../evaluation-types.ts';
import { evaluate } from '../evaluate.ts';
import type { CarOption, FlightOption, HotelOption, TrainOption, TravelOption, Traveller } from '../option-types.ts';
import type { PolicyVersion, Rule } from '../rule-types.ts';

export function traveller(overrides: Partial<Traveller> = {}): Traveller {
  return {
    employeeId: 'e1',
    rankCode: 'P5',
    rankLevel: 5,
    departmentId: 'sales-east',
    departmentChain: ['sales-east', 'sales', 'hq'],
    ...overrides,
  };
}

export function flight(overrides: Partial<FlightOption> = {}): FlightOption {
  return {
    category: 'flight',
    flightNo: 'CA1301',
    cabin: 'economy',
    fareFen: 120_000,
    fullEconomyFareFen: 180_000,
    businessFareFen: 450_000,
    departureAt: '2025-04-16T00:30:00Z',
    arrivalAt: '2025-04-16T03:30:00Z',
    durationMinutes: 180,
    bookingAt: '2025-04-10T02:00:00Z',
    lowestFareInWindowFen: 110_000,
    origin: 'beijing',
    destination: 'guangzhou',
    ...overrides,
  };
}

export function hotel(overrides: Partial<HotelOption> = {}): HotelOption {
  return {
    category: 'hotel',
    cityCode: 'guangzhou',
    nightlyRateFen: 55_000,
    stars: 4,
    checkIn: '2025-04-10',
    checkOut: '2025-04-12',
    ...overrides,
  };
}

export function train(overrides: Partial<TrainOption> = {}): TrainOption {
  return {
    category: 'train',
    trainNo: 'G1',
    trainType: 'G',
    seatClass: 'second',
    fareFen: 66_200,
    departureAt: '2025-04-10T01:00:00Z',
    durationMinutes: 270,
    overnight: false,
    origin: 'beijing',
    destination: 'shanghai',
    ...overrides,
  };
}

export function car(overrides: Partial<CarOption> = {}): CarOption {
  return {
    category: 'car',
    serviceLevel: 'economy',
    estimatedFareFen: 6_000,
    pickupAt: '2025-04-10T14:30:00Z',
    purpose: 'overtime',
    ...overrides,
  };
}

export function policyOf(...rules: Rule[]): PolicyVersion {
  return {
    id: 'pv-1',
    policyId: 'p-1',
    version: 1,
    name: '标准差旅政策',
    rules,
    reasonCodes: [{ code: 'NO_CHEAPER', label: { 'zh-CN': '无更低价', en: 'No cheaper option' } }],
  };
}

/** The check of the policy's only (or first) rule for an option. */
export function checkOf(rule: Rule, option: TravelOption, who: Traveller = traveller()): RuleCheck {
  const [check] = evaluate(policyOf(rule), who, option).checks;
  if (check === undefined) throw new Error('no check');
  return check;
}

/** Both explanations, for asserting that both mention a value. */
export function bothTexts(check: RuleCheck): string[] {
  return [check.explanation['zh-CN'], check.explanation.en];
}

export function verdictOf(policy: PolicyVersion, option: TravelOption, who: Traveller = traveller()) {
  return compilePolicy(policy, who).verdict(option);
}
