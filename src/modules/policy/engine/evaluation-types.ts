/**
 * What evaluating a policy against an option answers. `Verdict` is the structured result (cheap,
 * for result lists); `Evaluation` adds a sentence in both languages to every check.
 */
import type { RuleKind } from './rule-types.ts';
import type { RuleAction } from './scales.ts';

export type CheckUnit = 'fen' | 'cabin' | 'seat_class' | 'service_level' | 'stars' | 'days' | 'minutes' | 'hour' | 'city' | 'boolean';

/** Numbers in the check's unit (fen, stars, days), class codes ('business', 'second'), times 'HH:MM', cities, booleans. */
export type CheckValue = number | string | boolean | null;

export interface Explanation {
  'zh-CN': string;
  en: string;
}

/**
 * One rule against one option. Every rule of the policy is reported, in the policy's order; a rule
 * for another category, one whose `appliesTo` leaves the traveller out, or one that lacks the data
 * it needs (no business fare, no lowest fare, no daily cost …) has `applicable: false` and
 * `passed: true`, so `checks.filter((c) => c.applicable)` keeps the ones that count.
 */
export interface RuleCheckData {
  ruleId: string;
  kind: RuleKind;
  applicable: boolean;
  passed: boolean;
  limit: CheckValue;
  actual: CheckValue;
  /**
   * actual − limit in the rule's unit (fen, stars, days; for ordered classes the number of steps
   * on the scale, positive above the limit); null where the values are not ordered.
   */
  difference: number | null;
  unit: CheckUnit;
  action: RuleAction;
}

export interface RuleCheck extends RuleCheckData {
  explanation: Explanation;
}

export type Outcome = RuleAction;

/** The overall answer without the per-rule detail: what a result list needs to sort and hide. */
export interface Decision {
  policyVersionId: string;
  /** No applicable rule failed. */
  compliant: boolean;
  /** The strictest action among the failed rules; 'allow' when none failed. */
  outcome: Outcome;
  /** A failed 'warn' rule asks for a reason code (超标原因), unless the option is blocked anyway. */
  requiresReasonCode: boolean;
}

export interface Verdict<C extends RuleCheckData = RuleCheckData> extends Decision {
  checks: C[];
}

export type Evaluation = Verdict<RuleCheck>;
